using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Validations;
using Microsoft.OpenApi.Validations.Rules;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Reading;

/// <summary>
/// What SharesGen makes of the errors Microsoft.OpenApi reports on a document it could read. Published specs bend
/// rules whose meaning is still clear (Cloudflare's lower-case <c>4xx</c> response keys): those are warnings
/// (SHARESGEN014) and the spec is read as it obviously means. Every other error is reported at its place and
/// breaks only the part that holds it (<see cref="BrokenParts"/>), never the whole document.
/// </summary>
internal static class ReaderErrors
{
    private static readonly Regex s_rangeKey = new("^[1-5][xX]{2}$", RegexOptions.CultureInvariant);

    private static readonly Regex s_unresolvedTarget = new("Invalid Reference identifier '([^']*)'", RegexOptions.CultureInvariant);

    /// <param name="isSelected">Whether a place is in the part of the spec being generated (SharesGenInclude); others are not reported.</param>
    public static BrokenParts Report(IEnumerable<OpenApiError> errors, ReadContext context, string fileName, System.Func<string, bool>? isSelected = null)
    {
        var broken = new BrokenParts();

        // The reader reports a missing target once per reference it resolved to it, and each report names every place
        // that refers to it: one report per target says it all.
        var unresolved = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var error in errors)
        {
            if (Tolerated(error) is { } tolerated)
            {
                context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.ToleratedDeviation, context.Locator.KeyAt(error.Pointer), tolerated.What, tolerated.ReadAs));
            }
            else if (UnresolvedTarget(error.Message) is { } target)
            {
                if (unresolved.Add(target))
                {
                    ReportUnresolved(target, error.Pointer, context, broken, isSelected);
                }
            }
            else
            {
                var consequence = broken.Break(error.Pointer) is { } part ? "; " + part : string.Empty;
                context.Report(DiagnosticDescriptors.InvalidSpec, error.Pointer ?? string.Empty, $"The spec '{fileName}' is not valid OpenAPI at '{error.Pointer}': {error.Message}{consequence}");
            }
        }

        return broken;
    }

    /// <summary>
    /// The rules published specs bend without leaving a doubt about what they mean: a range key in lower case
    /// (<c>4xx</c>; OpenAPI 3.0 spells it <c>4XX</c>, and Microsoft.OpenApi 2 accepts both), a path parameter without
    /// <c>required: true</c> (every path parameter is required), and a response without a description.
    /// </summary>
    private static (string What, string ReadAs)? Tolerated(OpenApiError error)
    {
        if (error is not OpenApiValidatorError { RuleName: var rule })
        {
            return null;
        }

        var last = LastSegment(error.Pointer);
        return rule switch
        {
            nameof(OpenApiResponsesRules.ResponsesMustBeIdentifiedByDefaultOrStatusCode) when last is not null && s_rangeKey.IsMatch(last)
                => ($"The response key '{last}'", $"'{last.ToUpperInvariant()}' (any status from {last[0]}00 to {last[0]}99)"),
            nameof(OpenApiParameterRules.RequiredMustBeTrueWhenInIsPath)
                => ("A path parameter without 'required: true'", "required, as every path parameter is"),
            nameof(OpenApiResponseRules.ResponseRequiredFields) when last == "description"
                => ("A response without a description", "a response with no description"),
            _ => null,
        };
    }

    /// <summary>
    /// The reader's pointer is empty for a reference it cannot resolve: report each <c>$ref</c> that names the missing
    /// target instead. One that stands for an operation's body, response or parameter breaks the operation; a schema
    /// reference leaves a value kept as raw JSON; anything else (an example, a header) is left out.
    /// </summary>
    private static void ReportUnresolved(string target, string? pointer, ReadContext context, BrokenParts broken, System.Func<string, bool>? isSelected)
    {
        const string LeftOut = "what refers to it is left out";
        var everywhere = context.Locator.RefsTo(target);
        var places = everywhere.Where(place => isSelected?.Invoke(place.Pointer) ?? true).ToList();
        if (everywhere.Count == 0)
        {
            context.Report(DiagnosticDescriptors.UnresolvedReference, pointer ?? string.Empty, target, LeftOut);
            return;
        }

        foreach (var (refPointer, location, reference) in places)
        {
            var consequence = broken.BreakOperationHolding(refPointer, target)
                ?? (reference.Contains("/schemas/") ? DiagnosticDescriptors.KeptAsJson : LeftOut);
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, location, target, consequence));
        }
    }

    /// <summary>The missing name in the reader's "Invalid Reference identifier 'x'." message, or null for other errors.</summary>
    private static string? UnresolvedTarget(string message)
        => s_unresolvedTarget.Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    private static string? LastSegment(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        var slash = pointer!.LastIndexOf('/');
        return PointerSegment.Unescape(pointer.Substring(slash + 1));
    }
}
