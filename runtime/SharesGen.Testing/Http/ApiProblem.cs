using System;
using System.Collections.Generic;
using System.Linq;

namespace SharesGen.Testing.Http;

/// <summary>One entry of a failure envelope's <c>errors</c>.</summary>
internal readonly record struct ApiErrorEntry(int Code, string Message, string? Pointer = null);

/// <summary>
/// A failure a route answers with instead of a result: thrown anywhere below the error middleware, which writes
/// it as a Cloudflare failure envelope.
/// </summary>
internal sealed class ApiProblem : Exception
{
    public ApiProblem(int statusCode, int code, string message, string? pointer = null)
        : base(message)
    {
        StatusCode = statusCode;
        Errors = [new ApiErrorEntry(code, message, pointer)];
    }

    /// <summary>Several errors at once (a request that breaks the contract in more than one place).</summary>
    public ApiProblem(int statusCode, IReadOnlyList<ApiErrorEntry> errors)
        : base(string.Join("; ", errors.Select(e => e.Message)))
    {
        StatusCode = statusCode;
        Errors = errors;
    }

    public int StatusCode { get; }

    public IReadOnlyList<ApiErrorEntry> Errors { get; }

    /// <summary>400: a body or query member breaks the spec; <paramref name="pointer"/> is a JSON pointer into the body.</summary>
    public static ApiProblem Invalid(string message, string? pointer = null)
        => new(400, LoopbackErrorCodes.ValidationFailed, message, pointer);

    /// <summary>404: the named object does not exist for this account.</summary>
    public static ApiProblem NotFound(string what)
        => new(404, LoopbackErrorCodes.NotFound, what + " not found");

    /// <summary>400: the body is not JSON of the expected shape.</summary>
    public static ApiProblem MalformedJson(string detail)
        => new(400, LoopbackErrorCodes.MalformedJson, "Malformed JSON in request body: " + detail);
}
