using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharesGen.Runtime.Http;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// A <c>multipart/form-data</c> request body (RFC 7578), part by part: text fields, files and JSON values. A generated
/// form (<see cref="IMultipartForm"/>) writes its typed parts into one; a caller fills one directly for the parts a spec
/// does not describe (a form's <c>AdditionalParts</c>) or for a form whose schema names none. The request writes it
/// once, so a retry resends the same bytes.
/// </summary>
/// <remarks>
/// Part names and file names are written as HTML forms write them: <c>"</c>, CR and LF become <c>%22</c>, <c>%0D</c> and
/// <c>%0A</c>, so no name can end its header or add one. The boundary is random per body and never occurs in a part.
/// </remarks>
/// <example>
/// <code>
/// await client.Zones.DnsRecords.Import.CreateAsync(zoneId, new CreateImportForm
/// {
///     File = File.ReadAllText("zone.txt"),
///     AdditionalParts = new MultipartFormBody().Add("comment", "undocumented part"),
/// });
/// </code>
/// </example>
public sealed class MultipartFormBody
{
    private readonly List<Part> _parts = new();

    /// <summary>How many parts it has.</summary>
    public int Count => _parts.Count;

    /// <summary>Adds a text field, as UTF-8.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="value">The text.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody Add(string name, string value)
    {
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(value, nameof(value));
        _parts.Add(new Part(name, null, null, Encoding.UTF8.GetBytes(value)));
        return this;
    }

    /// <summary>Adds a file.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file name the server sees.</param>
    /// <param name="contentType">Its media type; <c>application/octet-stream</c> when not given.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody AddFile(string name, ReadOnlyMemory<byte> content, string fileName, string contentType = "application/octet-stream")
    {
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(fileName, nameof(fileName));
        Guard.NotNull(contentType, nameof(contentType));
        HeaderValues.Validate(contentType, nameof(contentType), "The part's content type");
        _parts.Add(new Part(name, fileName, contentType, content.ToArray()));
        return this;
    }

    /// <summary>Adds a file: its bytes, file name and media type as <paramref name="file"/> holds them.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="file">The file.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody AddFile(string name, FormFile file)
    {
        Guard.NotNull(file, nameof(file));
        return AddFile(name, file.Content, file.FileName, file.ContentType);
    }

    /// <summary>Adds a value as JSON (<c>application/json</c>), written by its generated converter.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">Its generated converter (<c>CloudflareJsonContext.Default.Metadata</c>'s converter).</param>
    /// <returns>This body.</returns>
    public MultipartFormBody AddJson<T>(string name, T value, JsonConverter<T> converter) => AddJson(name, value, converter, "application/json");

    /// <summary>Adds a value as JSON, written by its generated converter, with the media type the spec's <c>encoding</c> gives it.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">Its generated converter.</param>
    /// <param name="contentType">The part's media type (<c>application/json</c>, <c>application/merge-patch+json</c>); it becomes a header, so it is checked.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody AddJson<T>(string name, T value, JsonConverter<T> converter, string contentType)
    {
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(value, nameof(value));
        Guard.NotNull(converter, nameof(converter));
        Guard.NotNull(contentType, nameof(contentType));
        HeaderValues.Validate(contentType, nameof(contentType), "The part's content type");
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, SharesGenJson.Options);
        }

        _parts.Add(new Part(name, null, contentType, buffer.WrittenSpan.ToArray()));
        return this;
    }

    /// <summary>Adds a text field with the media type the spec's <c>encoding</c> gives it (<c>text/csv</c>), as UTF-8.</summary>
    /// <param name="name">The part's name, as the spec's property names it.</param>
    /// <param name="value">The text.</param>
    /// <param name="contentType">The part's media type; it becomes a header, so it is checked.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody Add(string name, string value, string contentType)
    {
        Guard.NotNull(name, nameof(name));
        Guard.NotNull(value, nameof(value));
        Guard.NotNull(contentType, nameof(contentType));
        HeaderValues.Validate(contentType, nameof(contentType), "The part's content type");
        _parts.Add(new Part(name, null, contentType, Encoding.UTF8.GetBytes(value)));
        return this;
    }

    /// <summary>
    /// Adds every part of <paramref name="parts"/>, after this body's own, in their order: the parts a spec does not
    /// describe, beside a generated form's. <paramref name="parts"/> is not changed.
    /// </summary>
    /// <param name="parts">The parts to add.</param>
    /// <returns>This body.</returns>
    public MultipartFormBody AddParts(MultipartFormBody parts)
    {
        Guard.NotNull(parts, nameof(parts));
        _parts.AddRange(parts._parts.ToArray());
        return this;
    }

    /// <summary>The body's bytes and its boundary, for the <c>Content-Type</c>.</summary>
    internal (byte[] Bytes, string Boundary) Write()
    {
        var boundary = NewBoundary();
        var output = new ArrayBufferWriter<byte>(256);
        foreach (var part in _parts)
        {
            var head = new StringBuilder("--").Append(boundary).Append("\r\nContent-Disposition: form-data; name=\"").Append(Quoted(part.Name)).Append('"');
            if (part.FileName is not null)
            {
                head.Append("; filename=\"").Append(Quoted(part.FileName)).Append('"');
            }

            head.Append("\r\n");
            if (part.ContentType is not null)
            {
                head.Append("Content-Type: ").Append(part.ContentType).Append("\r\n");
            }

            Append(output, head.Append("\r\n").ToString());
            output.Write(part.Content);
            Append(output, "\r\n");
        }

        Append(output, "--" + boundary + "--\r\n");
        return (output.WrittenSpan.ToArray(), boundary);

        string NewBoundary()
        {
            // 128 random bits: a part that contains them by chance is not a case to plan for, but one that was made to
            // would end the body early, so the boundary is drawn again.
            while (true)
            {
                var random = new byte[16];
                using (var generator = RandomNumberGenerator.Create())
                {
                    generator.GetBytes(random);
                }

                var candidate = "sharesgen-" + BitConverter.ToString(random).Replace("-", string.Empty).ToLowerInvariant();
                var marker = Encoding.ASCII.GetBytes(candidate);
                if (!_parts.Exists(p => p.Content.AsSpan().IndexOf(marker.AsSpan()) >= 0))
                {
                    return candidate;
                }
            }
        }
    }

    /// <summary>WHATWG's multipart/form-data encoding of a name: the three characters that would end it, percent-encoded.</summary>
    private static string Quoted(string name) => name.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");

    private static void Append(ArrayBufferWriter<byte> output, string text) => output.Write(Encoding.UTF8.GetBytes(text));

    private sealed record Part(string Name, string? FileName, string? ContentType, byte[] Content);
}
