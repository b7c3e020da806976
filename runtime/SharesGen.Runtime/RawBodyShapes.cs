using System;
using System.Text;

namespace SharesGen.Runtime;

/// <summary>A body that is not JSON (an image, a capture, a zone file), kept as its bytes: nothing to parse, nothing lost.</summary>
internal sealed class BytesBodyShape : ValueShape<byte[]>
{
    public BytesBodyShape() => Value = Array.Empty<byte>();

    // An empty body is an empty file, not a missing result.
    public override bool ExpectsResult => false;

    public override bool HasEnvelope => false;

    public override bool HasValue => true;

    public override Envelope Read(ReadOnlySpan<byte> body)
    {
        Value = body.ToArray();
        return new Envelope();
    }
}

/// <summary>A <c>text/*</c> body, decoded as UTF-8 (invalid bytes become U+FFFD; the bytes are on the raw response).</summary>
internal sealed class TextBodyShape : ValueShape<string>
{
    public TextBodyShape() => Value = string.Empty;

    public override bool ExpectsResult => false;

    public override bool HasEnvelope => false;

    public override bool HasValue => true;

    public override Envelope Read(ReadOnlySpan<byte> body)
    {
        Value = Encoding.UTF8.GetString(body.ToArray());
        return new Envelope();
    }
}
