using System;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Readers;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;
using SharesGen.Generator.Options;

namespace SharesGen.Generator.Reading;

/// <summary>The outcome of reading one spec: a model when one could be made, and what went wrong.</summary>
/// <param name="SpecPath">The spec file, for diagnostics about the spec as a whole.</param>
internal sealed record SpecResult(string SpecPath, ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Reads a spec file with Microsoft.OpenApi.Readers and turns it into an <see cref="ApiModel"/>.</summary>
internal static class SpecReader
{
    /// <summary>SharpYaml's position prefix; removed from the message, since the diagnostic's location says the same, 1-based.</summary>
    private static readonly System.Text.RegularExpressions.Regex s_syntaxErrorPosition = new(
        @"\s*\(Lin: (?<line>\d+), Col: (?<column>\d+), Chr: \d+\)\s*-\s*\(Lin: \d+, Col: \d+, Chr: \d+\)\s*:?",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static SpecResult Read(SpecInput input, System.Threading.CancellationToken cancellationToken)
    {
        var context = new ReadContext(input.Path, input.Text);
        try
        {
            var model = ReadModel(input, context, cancellationToken);
            return new SpecResult(input.Path, model, context.Diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never let a spec crash the compiler (CS8785): report it against the file instead.
            context.Report(DiagnosticDescriptors.InternalError, string.Empty, FileName(input.Path), exception.GetType().Name + ": " + exception.Message);
            return new SpecResult(input.Path, null, context.Diagnostics.ToEquatableArray());
        }
    }

    private static ApiModel? ReadModel(SpecInput input, ReadContext context, System.Threading.CancellationToken cancellationToken)
    {
        var fileName = FileName(input.Path);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            context.Report(DiagnosticDescriptors.UnreadableSpec, string.Empty, fileName, "the file is empty");
            return null;
        }

        if (NestingGuard.FirstTooDeepLine(input.Text) is { } deepLine)
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.TooDeep, context.Locator.AtLine(deepLine), fileName, NestingGuard.MaxDepth.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        // SharesGenInclude/SharesGenExclude: the reader is handed only the selected part of the spec when it can be cut out.
        var selection = Selection.SpecSelection.Begin(input);
        Microsoft.OpenApi.Models.OpenApiDocument document;
        OpenApiDiagnostic diagnostic;
        try
        {
            document = new OpenApiStringReader(new OpenApiReaderSettings()).Read(selection.Text, out diagnostic);
        }
        catch (Microsoft.OpenApi.Readers.Exceptions.OpenApiUnsupportedSpecVersionException exception)
        {
            var declared = string.IsNullOrWhiteSpace(exception.SpecificationVersion)
                ? "it is not an OpenAPI document: no 'openapi' version"
                : "it declares version " + exception.SpecificationVersion;
            context.Report(DiagnosticDescriptors.UnsupportedSpecVersion, "#/openapi", fileName, declared);
            return null;
        }
        catch (Microsoft.OpenApi.Exceptions.OpenApiException exception)
        {
            // A document that is not a mapping at all (a list, a bare scalar).
            context.Report(DiagnosticDescriptors.UnsupportedSpecVersion, string.Empty, fileName, "it is not an OpenAPI document: " + exception.Message);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reader does not turn every bad value into an error of its own: `maxLength: .nan` throws a
            // FormatException from int.Parse, a huge `minimum` an OverflowException. Those are the spec's fault,
            // not an internal failure (SHARESGEN099), and the reader says no more about where they are.
            context.Report(DiagnosticDescriptors.InvalidSpec, string.Empty, $"The spec '{fileName}' is not valid OpenAPI: {exception.Message}");
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();

        var syntaxErrors = diagnostic.Errors.Where(e => e.Pointer?.StartsWith("#line=", StringComparison.Ordinal) == true).ToList();
        if (syntaxErrors.Count > 0)
        {
            foreach (var error in syntaxErrors)
            {
                context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableSpec, SyntaxErrorLocation(error, context.Locator), fileName, s_syntaxErrorPosition.Replace(error.Message, " ").Trim()));
            }

            return null;
        }

        if (diagnostic.SpecificationVersion != OpenApiSpecVersion.OpenApi3_0 && document?.Paths is null
            && diagnostic.Errors.Count > 0 && !context.Locator.HasRootKey("swagger"))
        {
            // The reader stopped before it read a version, so its version is only the default (2.0): say why it
            // stopped instead, e.g. "The YAML document expands aliases to more than the maximum supported number
            // of nodes (5000)" for an alias bomb.
            foreach (var error in diagnostic.Errors)
            {
                context.Report(DiagnosticDescriptors.UnreadableSpec, error.Pointer ?? string.Empty, fileName, error.Message);
            }

            return null;
        }

        if (diagnostic.SpecificationVersion != OpenApiSpecVersion.OpenApi3_0 || document?.Paths is null)
        {
            var found = diagnostic.SpecificationVersion == OpenApiSpecVersion.OpenApi2_0 ? "it is Swagger/OpenAPI 2.0"
                : document?.Paths is null ? "it has no 'paths'"
                : "it has no 'openapi: 3.x' version";
            context.Report(DiagnosticDescriptors.UnsupportedSpecVersion, "#/openapi", fileName, found);
            return null;
        }

        ComponentAliases.Resolve(document);
        selection.Apply(document, context);
        var broken = ReaderErrors.Report(diagnostic.Errors.Where(e => selection.Keeps(e.Pointer) && !ComponentAliases.IsInsideAlias(document, e.Pointer)), context, fileName, selection.Keeps);

        var typeNames = NameScope.ForTypes();
        var clientName = Identifier(input.ClientName, "SharesGenClientName", "class name", DefaultClientName(input.Path), context);
        typeNames.Claim(clientName, "SharesGenClientName", out _);
        foreach (var companion in GeneratedTypeNames.ClientCompanions(clientName))
        {
            typeNames.Claim(companion, "SharesGenClientName", out _);
        }

        var schemas = new SchemaReader(context, document, typeNames, broken, ReachedSchemas.Of(document), OperationNaming.ParseOverrideList(input.TypeNames));
        var operationReader = new OperationReader(context, schemas, OperationNaming.ParseOverrideList(input.OperationNames), broken, input.ClientValidation, typeNames, clientName);
        var operations = operationReader.ReadAll(document);
        cancellationToken.ThrowIfCancellationRequested();

        var @namespace = Namespace(input, context);
        var contract = input.EmitContract ? new ContractReader(schemas).Read(document, operationReader.Accepted, @namespace, clientName) : null;
        cancellationToken.ThrowIfCancellationRequested();

        return new ApiModel(
            Namespace: @namespace,
            ClientName: clientName,
            Title: document.Info?.Title,
            Description: document.Info?.Description,
            DefaultBaseAddress: document.Servers?.FirstOrDefault()?.Url,
            Objects: schemas.Objects.OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray(),
            Enums: schemas.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray(),
            Operations: operations.ToEquatableArray(),
            Contract: contract,
            Unions: schemas.Unions.OrderBy(u => u.Name, StringComparer.Ordinal).ToEquatableArray(),
            Hierarchies: schemas.Hierarchies.OrderBy(h => h.Name, StringComparer.Ordinal).ToEquatableArray(),
            Forms: schemas.Forms.OrderBy(f => f.Name, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>
    /// Where a YAML syntax error is: SharpYaml's message starts with the 0-based start and end positions,
    /// <c>(Lin: 7, Col: 19, Chr: 88) - (Lin: 9, Col: 0, Chr: 118):</c>; the reader's pointer has the line alone.
    /// </summary>
    private static LocationInfo SyntaxErrorLocation(Microsoft.OpenApi.Models.OpenApiError error, SpecLocator locator)
    {
        var position = s_syntaxErrorPosition.Match(error.Message);
        if (position.Success)
        {
            return locator.AtLine(Number(position.Groups["line"].Value) + 1, Number(position.Groups["column"].Value) + 1);
        }

        return locator.AtLine(Number(error.Pointer!.Substring("#line=".Length)) + 1);

        static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary><c>spec/shares.yaml</c> → <c>SharesClient</c>.</summary>
    private static string DefaultClientName(string path)
        => Naming.ToPascalCase(System.IO.Path.GetFileNameWithoutExtension(path), "Api") + "Client";

    private static string Namespace(SpecInput input, ReadContext context)
    {
        if (input.Namespace is null)
        {
            // The project's RootNamespace is the project name unless set (`one-default`): made valid the way `dotnet new`
            // makes a namespace of it (`one_default`), without a warning about an option the user never set.
            return input.DefaultNamespace is { } rootNamespace
                ? string.Join(".", rootNamespace.Split('.').Select(Naming.ToNamespaceSegment))
                : "SharesGen.Generated";
        }

        var parts = input.Namespace.Split('.');
        if (parts.All(p => IsIdentifier(p)))
        {
            return input.Namespace;
        }

        var repaired = string.Join(".", parts.Select(p => Naming.ToPascalCase(p, "Generated")));
        context.Report(DiagnosticDescriptors.InvalidOption, string.Empty, "SharesGenNamespace", input.Namespace, "namespace", repaired);
        return repaired;
    }

    private static string Identifier(string? wanted, string option, string kind, string fallback, ReadContext context)
    {
        if (wanted is null)
        {
            return fallback;
        }

        if (IsIdentifier(wanted))
        {
            return wanted;
        }

        var repaired = Naming.ToPascalCase(wanted, fallback);
        context.Report(DiagnosticDescriptors.InvalidOption, string.Empty, option, wanted, kind, repaired);
        return repaired;
    }

    private static bool IsIdentifier(string text)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(text)
           && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(text) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}
