using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Diagnostics;

/// <summary>
/// A place in a spec file, kept as plain values: a <see cref="Location"/> would tie the pipeline to a
/// syntax tree and defeat caching.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}

/// <summary>A diagnostic waiting to be reported, with equatable parts only.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
        => new(descriptor, location, messageArgs.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, System.Linq.Enumerable.ToArray<object>(MessageArgs));
}
