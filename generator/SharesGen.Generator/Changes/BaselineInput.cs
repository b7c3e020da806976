using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>
/// A baseline spec: an AdditionalFile marked <c>SharesGenBaselineOf="{the spec's full path}"</c>. The package's
/// build/SharesGen.props adds one for every spec with <c>SharesGenBaseline="…"</c>; a generator may not read the file
/// itself (RS1035), so the compiler must hand it over like the spec.
/// </summary>
internal sealed record BaselineInput(string Path, string SpecPath, string? Text)
{
    /// <summary>The metadata on the baseline's AdditionalFile that names the spec it is the baseline of.</summary>
    public const string BaselineOfMetadata = "SharesGenBaselineOf";

    public static BaselineInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var specPath = SpecInput.NonEmpty(optionsProvider.GetOptions(file), BaselineOfMetadata);
        return specPath is null ? null : new BaselineInput(file.Path, specPath, file.GetText(cancellationToken)?.ToString());
    }

    /// <summary>MSBuild and the compiler may spell one path with different separators (and, on Windows, case).</summary>
    public static bool SamePath(string left, string right)
        => string.Equals(left.Replace('\\', '/'), right.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A baseline read for comparison, or the one diagnostic that says why it cannot be.</summary>
internal sealed record BaselineSurface(string Path, string SpecPath, SpecSurface? Surface, DiagnosticInfo? Problem)
{
    public static BaselineSurface Read(BaselineInput input, CancellationToken cancellationToken)
    {
        if (input.Text is null)
        {
            return Unreadable(input, "the compiler could not read the file", location: null);
        }

        SurfaceResult result;
        try
        {
            result = SurfaceReader.Read(input.Text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever the file holds, it is the baseline's problem, not an internal failure of SharesGen.
            result = SurfaceResult.Unreadable("it cannot be read (" + exception.GetType().Name + ": " + exception.Message + ")");
        }

        if (result.Surface is { } surface)
        {
            return new BaselineSurface(input.Path, input.SpecPath, surface, null);
        }

        var line = result.ProblemLine is { } oneBased ? new SpecLocator(input.Path, input.Text).AtLine(oneBased) : null;
        return Unreadable(input, result.Problem ?? "it is not an OpenAPI 3.0 document", line);
    }

    /// <summary>A spec declared <c>SharesGenBaseline</c>, but no AdditionalFile is its baseline.</summary>
    public static DiagnosticInfo NotFound(string specPath, string declared)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.BaselineUnreadable,
            FileStart(specPath),
            MessageText.Clean(declared),
            System.IO.Path.GetFileName(specPath),
            "no AdditionalFile is its baseline: the file does not exist, or the project does not import SharesGen's build/SharesGen.props (a ProjectReference to the generator must import it)");

    private static BaselineSurface Unreadable(BaselineInput input, string problem, LocationInfo? location)
        => new(input.Path, input.SpecPath, null, DiagnosticInfo.Create(
            DiagnosticDescriptors.BaselineUnreadable,
            location ?? FileStart(input.Path),
            System.IO.Path.GetFileName(input.Path),
            System.IO.Path.GetFileName(input.SpecPath),
            MessageText.Clean(problem)));

    /// <summary>The start of a file, for what has no line of its own.</summary>
    public static LocationInfo FileStart(string path) => new(path, new TextSpan(0, 0), new LinePositionSpan(default, default));
}
