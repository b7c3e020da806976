using System;
using System.Runtime.CompilerServices;
using System.Net.Http.Headers;
using System.Text;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime;

/// <summary>The bodies that are not JSON: form data, text and bytes, each with the media type the spec declares.</summary>
public sealed partial class ApiRequest
{
    /// <summary>The JSON body's media type, the one most operations send.</summary>
    internal const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The body's <c>Content-Type</c>: JSON unless a Set…Body method of this file set another.</summary>
    public string BodyContentType { get; private set; } = JsonContentType;

    /// <summary>Writes a <c>multipart/form-data</c> body once, with a boundary of its own; retries resend these bytes.</summary>
    /// <param name="body">The parts; null throws <see cref="ArgumentNullException"/> (leave an optional body unset instead).</param>
    /// <param name="parameterName">The caller's parameter, for the exception; the compiler fills it in.</param>
    public void SetMultipartBody(MultipartFormBody body, [CallerArgumentExpression(nameof(body))] string? parameterName = null)
    {
        if (body is null)
        {
            throw new ArgumentNullException(parameterName ?? nameof(body));
        }

        var (bytes, boundary) = body.Write();
        Body = bytes;
        BodyContentType = "multipart/form-data; boundary=" + boundary;
    }

    /// <summary>Writes a generated form's parts as a <c>multipart/form-data</c> body, as <see cref="SetMultipartBody(MultipartFormBody, string?)"/>.</summary>
    /// <param name="form">The form; null throws <see cref="ArgumentNullException"/> (leave an optional body unset instead).</param>
    /// <param name="parameterName">The caller's parameter, for the exception; the compiler fills it in.</param>
    /// <exception cref="ArgumentException">A part the spec requires is not set.</exception>
    public void SetMultipartBody(IMultipartForm form, [CallerArgumentExpression(nameof(form))] string? parameterName = null)
    {
        if (form is null)
        {
            throw new ArgumentNullException(parameterName ?? nameof(form));
        }

        SetMultipartBody(form.ToMultipartFormBody(), parameterName);
    }

    /// <summary>Sends <paramref name="body"/> as UTF-8 text of <paramref name="mediaType"/> (<c>text/plain</c>, <c>application/javascript</c>).</summary>
    /// <param name="body">The text; null throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="mediaType">The spec's media type, without parameters.</param>
    /// <param name="parameterName">The caller's parameter, for the exception; the compiler fills it in.</param>
    public void SetTextBody(string body, string mediaType, [CallerArgumentExpression(nameof(body))] string? parameterName = null)
    {
        if (body is null)
        {
            throw new ArgumentNullException(parameterName ?? nameof(body));
        }

        ValidateMediaType(mediaType);
        Body = Encoding.UTF8.GetBytes(body);
        BodyContentType = mediaType + "; charset=utf-8";
    }

    /// <summary>Sends <paramref name="body"/> as it is, as <paramref name="mediaType"/> (<c>application/octet-stream</c>, <c>image/png</c>).</summary>
    /// <param name="body">The bytes, copied: a caller may reuse its buffer once the method returns.</param>
    /// <param name="mediaType">The spec's media type; a range such as <c>image/*</c> is sent as <c>application/octet-stream</c>.</param>
    public void SetBinaryBody(ReadOnlyMemory<byte> body, string mediaType)
    {
        ValidateMediaType(mediaType);
        Body = body.ToArray();
        BodyContentType = mediaType.IndexOf('*') >= 0 ? "application/octet-stream" : mediaType;
    }

    /// <summary>
    /// The media type goes into the <c>Content-Type</c> header: visible ASCII, and a <c>type/subtype</c> the header
    /// parses, refused here (when the call is made) rather than by the transport after the call has started.
    /// </summary>
    private static void ValidateMediaType(string mediaType)
    {
        HeaderValues.Validate(mediaType, nameof(mediaType), "The body's media type");
        if (!MediaTypeHeaderValue.TryParse(mediaType, out var parsed) || parsed.MediaType?.IndexOf('/') is not (> 0) || parsed.Parameters.Count > 0)
        {
            throw new ArgumentException("The body's media type is not a type/subtype without parameters.", nameof(mediaType));
        }
    }
}
