using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Options;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>A spec that has (or asks for) a baseline, read for comparison. Its text stays: findings are placed in it.</summary>
/// <param name="DeclaredBaseline">The <c>SharesGenBaseline</c> metadata as written, when the spec carries it.</param>
internal sealed record ComparedSpec(string Path, string Text, string? DeclaredBaseline, SurfaceResult Surface)
{
    public static ComparedSpec Read(SpecInput input, CancellationToken cancellationToken)
    {
        SurfaceResult surface;
        try
        {
            surface = SurfaceReader.Read(input.Text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The spec's own reading reports what is wrong with it; there is nothing to compare.
            surface = SurfaceResult.Unreadable(exception.Message);
        }

        return new ComparedSpec(input.Path, input.Text, input.Baseline, surface);
    }
}

/// <summary>The diagnostics of one spec's update: its baseline compared with it, each change placed at its line.</summary>
internal static class SpecUpdateReport
{
    public static EquatableArray<DiagnosticInfo> Create(ComparedSpec spec, ImmutableArray<BaselineSurface> baselines, CancellationToken cancellationToken)
    {
        var baseline = baselines
            .Where(b => BaselineInput.SamePath(b.SpecPath, spec.Path))
            .OrderBy(b => b.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (baseline is null)
        {
            return spec.DeclaredBaseline is { } declared
                ? new[] { BaselineSurface.NotFound(spec.Path, declared) }.ToEquatableArray()
                : EquatableArray<DiagnosticInfo>.Empty;
        }

        if (baseline.Problem is { } problem)
        {
            return new[] { problem }.ToEquatableArray();
        }

        // A spec that cannot be read has its own diagnostics from generation; there is nothing to compare it with.
        if (baseline.Surface is not { } old || spec.Surface.Surface is not { } current)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        try
        {
            return Located(spec, SpecComparer.Compare(old, current, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in the comparison must not take the build down with it.
            return new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, BaselineSurface.FileStart(spec.Path), System.IO.Path.GetFileName(spec.Path), "comparing it with its baseline: " + exception.GetType().Name + ": " + exception.Message),
            }.ToEquatableArray();
        }
    }

    private static EquatableArray<DiagnosticInfo> Located(ComparedSpec spec, FindingSink findings)
    {
        var locator = new SpecLocator(spec.Path, spec.Text);
        var keys = new KeyLocator(spec.Text);
        return findings.Messages()
            .Select(m => DiagnosticInfo.Create(m.Finding.Rule, Locate(locator, keys, spec.Text, m.Finding), m.MessageArgs))
            .OrderBy(d => d.Location!.LineSpan.Start)
            .ThenBy(d => d.Descriptor.Id, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\u0001", d.MessageArgs), StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>
    /// The key of the node the finding's pointer reaches (<c>sku:</c> rather than the first line of its schema); for a
    /// name in a list (<c>required</c>), that entry.
    /// </summary>
    private static LocationInfo Locate(SpecLocator locator, KeyLocator keys, string text, Finding finding)
    {
        var list = locator.At(finding.Pointer);
        if (finding.Item is not { } item)
        {
            var segment = PointerSegment.Unescape(finding.Pointer.Substring(finding.Pointer.LastIndexOf('/') + 1));
            return keys.KeyOf(list, segment);
        }

        for (var i = 0; i < 10_000; i++)
        {
            var entry = locator.At(finding.Pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (entry == list)
            {
                break;
            }

            var written = text.Substring(entry.Span.Start, entry.Span.Length).Trim().Trim('\'', '"');
            if (written == item)
            {
                return entry;
            }
        }

        return list;
    }
}
