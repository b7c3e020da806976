using System;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime;

/// <summary>
/// A file part of a <c>multipart/form-data</c> body (a spec property of <c>format: binary</c>): its bytes, the file name
/// the server sees and its media type.
/// </summary>
/// <remarks>
/// Bytes rather than a <see cref="System.IO.Stream"/>: the request writes its body once and resends those bytes on a
/// retry, which a stream read once could not do, and the boundary is chosen so that no part contains it, which needs
/// every part's bytes before the first is sent. A file too large to hold in memory is not a case these APIs have
/// (Cloudflare caps its uploads at tens of megabytes).
/// </remarks>
public sealed class FormFile
{
    /// <summary>A file part.</summary>
    /// <param name="content">The file's bytes, sent as given.</param>
    /// <param name="fileName">The file name the server sees; any text (a quote, CR or LF is percent-encoded, as browsers do).</param>
    /// <param name="contentType">Its media type; <c>application/octet-stream</c> when not given. It becomes a header, so it is checked here.</param>
    public FormFile(ReadOnlyMemory<byte> content, string fileName, string contentType = "application/octet-stream")
    {
        Guard.NotNull(fileName, nameof(fileName));
        Guard.NotNull(contentType, nameof(contentType));
        HeaderValues.Validate(contentType, nameof(contentType), "The part's content type");
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The file name the server sees.</summary>
    public string FileName { get; }

    /// <summary>The part's media type.</summary>
    public string ContentType { get; }
}
