using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>
/// Compares a baseline spec with the new one, operation by operation, and says what each change does to a caller
/// built from the baseline. Operations are matched by method and path (parameter names aside); an operationId found at
/// another address is a move, not a removal and an addition.
/// </summary>
internal sealed class SpecComparer
{
    private static readonly Regex PathParameter = new(@"\{[^}]*\}", RegexOptions.CultureInvariant);

    private readonly SpecSurface _old;
    private readonly SpecSurface _new;
    private readonly ShapeComparer _shapes;
    private readonly FindingSink _sink = new();

    private SpecComparer(SpecSurface old, SpecSurface @new)
    {
        _old = old;
        _new = @new;
        _shapes = new ShapeComparer(old, @new);
    }

    public static FindingSink Compare(SpecSurface old, SpecSurface @new, CancellationToken cancellationToken)
    {
        var comparer = new SpecComparer(old, @new);
        comparer.CompareServers();
        foreach (var (before, after, moved) in comparer.MatchOperations())
        {
            cancellationToken.ThrowIfCancellationRequested();
            comparer.CompareOperation(before, after, moved);
        }

        return comparer._sink;
    }

    private void CompareServers()
    {
        if (_old.Server is { } before && before != _new.Server)
        {
            Report(Finding.Create(DiagnosticDescriptors.ServerChanged, _new.Server is null ? "#/servers" : "#/servers/0/url", MessageText.Clean(before), MessageText.Clean(_new.Server ?? "none")));
        }
    }

    /// <summary>Pairs each baseline operation with its successor; reports those that have none and the new ones.</summary>
    private List<(OperationSurface Before, OperationSurface After, bool Moved)> MatchOperations()
    {
        var operations = _new.Operations;
        var taken = new bool[operations.Count];
        var byAddress = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var byId = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = operations.Count - 1; i >= 0; i--)
        {
            byAddress[Address(operations[i])] = i;
            if (operations[i].OperationId is { } id)
            {
                byId[id] = i;
            }
        }

        var pairs = new List<(OperationSurface, OperationSurface, bool)>();
        var gone = new List<OperationSurface>();
        foreach (var before in _old.Operations)
        {
            if (byAddress.TryGetValue(Address(before), out var index) && !taken[index])
            {
                taken[index] = true;
                pairs.Add((before, operations[index], false));
            }
            else
            {
                gone.Add(before);
            }
        }

        foreach (var before in gone)
        {
            if (before.OperationId is { } id && byId.TryGetValue(id, out var index) && !taken[index])
            {
                taken[index] = true;
                var after = operations[index];
                pairs.Add((before, after, true));
                Report(Finding.Create(DiagnosticDescriptors.OperationMoved, after.Pointer, MessageText.Clean(id), MessageText.Clean(Describe(before)), MessageText.Clean(Describe(after))));
                continue;
            }

            var pointer = operations.Any(o => o.Path == before.Path) ? "#/paths/" + PointerSegment.Escape(before.Path) : "#/paths";
            Report(Finding.Create(DiagnosticDescriptors.OperationRemoved, pointer, Display(before), before.Deprecated ? " (the baseline marked it deprecated)" : string.Empty));
        }

        for (var i = 0; i < operations.Count; i++)
        {
            if (!taken[i])
            {
                Report(Finding.Create(DiagnosticDescriptors.OperationAdded, operations[i].Pointer, Display(operations[i])));
            }
        }

        return pairs;
    }

    private void CompareOperation(OperationSurface before, OperationSurface after, bool moved)
    {
        if (before.OperationId is { } oldId && after.OperationId is { } newId && oldId != newId)
        {
            Report(Finding.Create(DiagnosticDescriptors.OperationIdChanged, after.Pointer + "/operationId", MessageText.Clean(Describe(after)), MessageText.Clean(oldId), MessageText.Clean(newId)));
        }

        if (!before.Deprecated && after.Deprecated)
        {
            Report(Finding.Create(DiagnosticDescriptors.OperationDeprecated, after.Pointer + "/deprecated", Display(after)));
        }

        foreach (var removed in before.Security.Where(s => !after.Security.Contains(s)))
        {
            Report(Finding.Create(DiagnosticDescriptors.SecurityAlternativeRemoved, after.SecurityPointer, Display(after), MessageText.Clean(removed)));
        }

        foreach (var added in after.Security.Where(s => !before.Security.Contains(s)))
        {
            Report(Finding.Create(DiagnosticDescriptors.SecurityAlternativeAdded, after.SecurityPointer, Display(after), MessageText.Clean(added)));
        }

        var findings = new List<Finding>();
        CompareParameters(before, after, moved, findings);
        CompareRequestBody(before, after, findings);
        CompareResponse(before.Response, after.Response, findings);
        _sink.AddAll(findings, after.Usage);
    }

    private void CompareParameters(OperationSurface before, OperationSurface after, bool moved, List<Finding> into)
    {
        // At the same address, the n-th path parameter is the same one whatever its name.
        var renamed = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (!moved)
        {
            var oldNames = PathParameterNames(before.Path);
            var newNames = PathParameterNames(after.Path);
            for (var i = 0; i < oldNames.Count && i < newNames.Count; i++)
            {
                if (oldNames[i] != newNames[i])
                {
                    renamed[oldNames[i]] = newNames[i];
                    var pointer = after.Parameters.FirstOrDefault(p => p.In == "path" && p.Name == newNames[i])?.ListPointer ?? after.Pointer;
                    into.Add(Finding.Create(DiagnosticDescriptors.PathParameterRenamed, pointer, MessageText.Clean(oldNames[i]), MessageText.Clean(newNames[i])));
                }
            }
        }

        var previous = new Dictionary<string, ParameterSurface>(System.StringComparer.Ordinal);
        foreach (var parameter in before.Parameters)
        {
            var name = parameter.In == "path" && renamed.TryGetValue(parameter.Name, out var newName) ? newName : parameter.Name;
            previous[Key(parameter.In, name)] = parameter;
        }

        foreach (var parameter in after.Parameters)
        {
            var location = MessageText.Clean(parameter.In);
            var name = MessageText.Clean(parameter.Name);
            if (!previous.TryGetValue(Key(parameter.In, parameter.Name), out var old))
            {
                into.Add(Finding.Create(parameter.Required ? DiagnosticDescriptors.RequiredParameterAdded : DiagnosticDescriptors.OptionalParameterAdded, parameter.ListPointer, location, name));
                continue;
            }

            previous.Remove(Key(parameter.In, parameter.Name));
            if (old.Required != parameter.Required)
            {
                into.Add(parameter.Required
                    ? Finding.Create(DiagnosticDescriptors.ParameterBecameRequired, parameter.DefinitionPointer + "/required", location, name)
                    : Finding.Create(DiagnosticDescriptors.ParameterBecameOptional, parameter.DefinitionPointer, location, name));
            }

            if (!old.Deprecated && parameter.Deprecated)
            {
                into.Add(Finding.Create(DiagnosticDescriptors.ParameterDeprecated, parameter.DefinitionPointer + "/deprecated", location, name));
            }

            _shapes.CompareValue(old.Schema, parameter.Schema, Place.Parameter(location, parameter.Name), Direction.Request, Position.Root, into);
        }

        foreach (var removed in previous.Values)
        {
            into.Add(Finding.Create(DiagnosticDescriptors.ParameterRemoved, after.Pointer + "/parameters", MessageText.Clean(removed.In), MessageText.Clean(removed.Name)));
        }
    }

    private void CompareRequestBody(OperationSurface before, OperationSurface after, List<Finding> into)
    {
        switch (before.RequestBody, after.RequestBody)
        {
            case (null, null):
                return;
            case (null, { } added):
                into.Add(added.Required
                    ? Finding.Create(DiagnosticDescriptors.RequestBodyBecameRequired, added.Pointer, "there was none")
                    : Finding.Create(DiagnosticDescriptors.RequestBodyBecameOptional, added.Pointer, "there was none"));
                return;
            case ({ }, null):
                into.Add(Finding.Create(DiagnosticDescriptors.RequestBodyRemoved, after.Pointer));
                return;
            case ({ } old, { } body):
                if (!old.Required && body.Required)
                {
                    into.Add(Finding.Create(DiagnosticDescriptors.RequestBodyBecameRequired, body.Pointer + "/required", "it was optional"));
                }
                else if (old.Required && !body.Required)
                {
                    into.Add(Finding.Create(DiagnosticDescriptors.RequestBodyBecameOptional, body.Pointer, "it was required"));
                }

                _shapes.CompareValue(old.Schema, body.Schema, Place.RequestBody, Direction.Request, Position.Root, into);
                return;
        }
    }

    private void CompareResponse(ResponseSurface before, ResponseSurface after, List<Finding> into)
    {
        var status = MessageText.Clean(after.Status ?? before.Status ?? "success");
        switch (before.Schema, after.Schema)
        {
            case ({ }, null):
                into.Add(Finding.Create(DiagnosticDescriptors.ResponseBodyRemoved, after.Pointer, status));
                break;
            case (null, { }):
                into.Add(Finding.Create(DiagnosticDescriptors.ResponseBodyAdded, after.Pointer, status));
                break;
            case ({ } old, { } schema):
                _shapes.CompareValue(old, schema, Place.Response, Direction.Response, Position.Root, into);
                break;
        }
    }

    private void Report(Finding finding) => _sink.Add(finding, null);

    /// <summary>Method and path with parameter names dropped: <c>/a/{id}</c> and <c>/a/{share_id}</c> are one address.</summary>
    private static string Address(OperationSurface operation) => operation.Method + " " + PathParameter.Replace(operation.Path, "{}");

    private static List<string> PathParameterNames(string path)
        => PathParameter.Matches(path).Cast<Match>().Select(m => m.Value.Substring(1, m.Value.Length - 2)).ToList();

    /// <summary>Header names are case-insensitive on the wire; other parameter names are not.</summary>
    private static string Key(string location, string name) => location + ":" + (location == "header" ? name.ToLowerInvariant() : name);

    private static string Describe(OperationSurface operation) => operation.Method + " " + operation.Path;

    private static string Display(OperationSurface operation) => MessageText.Clean(operation.Display);
}
