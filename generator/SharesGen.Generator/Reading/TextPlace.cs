using System.Collections.Generic;

namespace SharesGen.Generator.Reading;

/// <summary>Where a YAML node is, as SharpYaml marks it: 0-based lines and columns, as Roslyn's are, and character offsets.</summary>
internal readonly record struct TextPlace(int StartIndex, int StartLine, int StartColumn, int EndIndex, int EndLine, int EndColumn);

/// <summary>What <see cref="SpecLocator"/> asks of the positions in a spec's text.</summary>
internal interface ISpecPlaces
{
    /// <summary>The deepest node the (unescaped) segments reach, and the key that led to it (null at the root or after an index); both null when the text has no document.</summary>
    (TextPlace? Key, TextPlace? Value) Resolve(IEnumerable<string> segments);

    /// <summary>Every <c>$ref</c> whose value names the target, in text order.</summary>
    List<(string Pointer, TextPlace Place, string Reference)> RefsTo(string target);

    bool HasRootKey(string key);
}
