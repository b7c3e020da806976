using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Turns schemas into <see cref="TypeRef"/>s, creating a DTO, enum, union or hierarchy model the first time a schema
/// that needs one is met. Only what operations reach is generated: envelopes are unwrapped, not emitted. The kinds of
/// schema live in partial files of their own: objects and maps, enums, and compositions (<c>oneOf</c>/<c>anyOf</c>).
/// </summary>
internal sealed partial class SchemaReader
{
    /// <summary>Members every C# type inherits; a spec member of that name would hide one.</summary>
    private static readonly string[] ObjectMemberNames = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

    /// <summary>
    /// The members each kind of generated type declares besides the spec's: no spec member may take them, and no type
    /// of that kind may be named like one (a member cannot have its type's name, CS0542).
    /// </summary>
    private static readonly Dictionary<TypeShape, string[]> s_ownMembers = new()
    {
        [TypeShape.Object] = new[] { "AdditionalProperties" },
        [TypeShape.Enum] = new[] { "Value", "IsKnown", "KnownValues" },
        [TypeShape.Union] = Model.UnionMembers.All,
        [TypeShape.Hierarchy] = System.Array.Empty<string>(),
    };

    /// <summary>What a named type is generated as, for the members it declares itself.</summary>
    private enum TypeShape
    {
        Object,
        Enum,
        Union,
        Hierarchy,
    }

    /// <summary>The names a member of a type of <paramref name="shape"/> named <paramref name="typeName"/> cannot have.</summary>
    private static string[] ReservedMembers(TypeShape shape, string typeName, params string[] more)
        => ObjectMemberNames.Concat(s_ownMembers[shape]).Concat(more).Append(typeName).ToArray();

    private readonly ReadContext _context;
    private readonly OpenApiDocument _document;
    private readonly string _componentPrefix;
    private readonly Dictionary<OpenApiSchema, TypeRef> _resolved = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenApiSchema, string> _pointers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OpenApiSchema, SchemaView> _views = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<OpenApiSchema> _reportedCycles = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<OpenApiSchema> _resolving = new(ReferenceEqualityComparer.Instance);
    private readonly TypeNamer _namer;
    private readonly BrokenParts _broken;
    private readonly List<ObjectModel> _objects = new();
    private readonly Dictionary<string, int> _objectIndex = new(StringComparer.Ordinal);
    private readonly List<EnumModel> _enums = new();
    private readonly Dictionary<string, EnumValueKind> _enumKinds = new(StringComparer.Ordinal);
    private readonly List<UnionModel> _unions = new();
    private readonly List<HierarchyModel> _hierarchies = new();

    /// <summary>The short names of components whose names have no bundler parts: those keep them (see <see cref="Name"/>).</summary>
    private readonly HashSet<string> _plainComponentNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names components want: an inline schema that wants one leaves it to the component (see <see cref="Name"/>).</summary>
    private readonly HashSet<string> _componentNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>SharesGenTypeNames</c>: a C# name for a component or an inline schema (by JSON pointer).</summary>
    private readonly IReadOnlyDictionary<string, string> _chosenNames;

    /// <summary>The operation being read, for naming types by where they are used.</summary>
    private UseSite? _site;

    /// <summary>
    /// The <c>#/paths/{path}/{method}</c> part of the pointer <see cref="_site"/> was found for: every schema of an
    /// operation is resolved with a pointer inside it, so the site is looked up once per operation, not per schema.
    /// </summary>
    private string? _sitePointer;

    private int _sitePrefixLength;

    /// <param name="reached">
    /// The components the operations reach. Only those take part in naming (the shared prefix, the names an inline
    /// schema yields to): a component no operation reaches generates no type, so adding or removing one must not
    /// rename a type that is generated, and the whole file names its types as the selection of all its operations does.
    /// </param>
    public SchemaReader(ReadContext context, OpenApiDocument document, NameScope typeNames, BrokenParts broken, ReachedSchemas reached, IReadOnlyDictionary<string, string>? chosenNames = null)
    {
        _context = context;
        _document = document;
        _chosenNames = chosenNames ?? new Dictionary<string, string>();
        _namer = new TypeNamer(typeNames, context);
        _broken = broken;
        var components = document.Components;
        var named = components?.Schemas.Where(p => reached.Contains(p.Key, p.Value)).ToList()
            ?? new List<KeyValuePair<string, OpenApiSchema>>();
        _componentPrefix = Naming.SharedPrefix(named.Select(p => p.Key).ToList());
        if (components is not null)
        {
            // A component that is not a map in the spec is a null schema here (the reader reported it).
            foreach (var pair in components.Schemas.Where(p => p.Value is not null))
            {
                // An alias (`page: {$ref: widget}`) is read as the very object it names: that one's place is its own.
                _pointers[pair.Value] = "#/components/schemas/" + PointerSegment.Escape(pair.Value.Reference?.Id ?? pair.Key);
            }

            foreach (var pair in named.Where(p => p.Value is not null))
            {
                var wanted = Naming.TypeNameFromComponent(pair.Key, _componentPrefix);
                _componentNames.Add(wanted);
                if (!Naming.HasBundlerParts(pair.Key))
                {
                    _plainComponentNames.Add(wanted);
                }
            }
        }
    }

    public IReadOnlyList<ObjectModel> Objects => _objects;

    public IReadOnlyList<EnumModel> Enums => _enums;

    public IReadOnlyList<UnionModel> Unions => _unions;

    public IReadOnlyList<HierarchyModel> Hierarchies => _hierarchies;

    /// <summary>The generated type a schema already resolved to, if any (for examples).</summary>
    public TypeRef? Generated(OpenApiSchema schema)
    {
        foreach (var current in AliasChain(schema))
        {
            if (_resolved.TryGetValue(current, out var type))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The C# type name of a component, as <see cref="Resolve"/> would name it.</summary>
    public string ComponentTypeName(string componentId) => Naming.TypeNameFromComponent(componentId, _componentPrefix);

    /// <summary>The schema merged through its <c>allOf</c>, reporting (once) any cycle it contains.</summary>
    public SchemaView View(OpenApiSchema schema, string pointer)
    {
        // Operations, properties and the contract all ask for the same schemas' merged views; flatten each once.
        // A view depends on the schema alone (the pointer only places a cycle's diagnostic, reported once anyway).
        // (A null schema, where the spec has a non-map, gets an empty view and is not cached.)
        if (schema is null)
        {
            return Flatten(schema!, pointer);
        }

        if (!_views.TryGetValue(schema, out var view))
        {
            view = Flatten(schema, pointer);
            _views[schema] = view;
        }

        return view;
    }

    /// <summary>
    /// A method of its own so that the callback's closure over <paramref name="pointer"/> is made on a cache miss only:
    /// made in <see cref="View"/>, it was allocated on every call, cache hits included.
    /// </summary>
    private SchemaView Flatten(OpenApiSchema schema, string pointer) => SchemaView.Flatten(schema, cyclic => ReportCycle(cyclic, pointer));

    private void ReportCycle(OpenApiSchema cyclic, string pointer)
    {
        if (_reportedCycles.Add(cyclic))
        {
            _context.Report(DiagnosticDescriptors.CircularSchema, PointerOf(cyclic, pointer), cyclic.Reference?.Id ?? pointer);
        }
    }

    /// <summary>The C# type for <paramref name="schema"/>.</summary>
    /// <param name="nameHint">The name an inline object or enum gets, e.g. <c>RecipientResource</c>.</param>
    /// <param name="pointer">Where the schema is, for diagnostics; an operation's (<c>#/paths/…</c>) also sets the use site that names types by context.</param>
    public TypeRef Resolve(OpenApiSchema? schema, string nameHint, string pointer)
    {
        if (pointer.StartsWith("#/paths/", StringComparison.Ordinal))
        {
            _site = SiteOf(pointer);
        }

        if (schema is null)
        {
            return TypeRef.Json;
        }

        if (schema.UnresolvedReference)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, pointer, schema.Reference?.ReferenceV3 ?? schema.Reference?.Id ?? "?", DiagnosticDescriptors.KeptAsJson);
            return TypeRef.Json;
        }

        if (_resolved.TryGetValue(schema, out var known))
        {
            return known;
        }

        // Named types register themselves before they look inside, so a property of their own type is fine. A schema
        // met again before it has a type cannot have one: `a: {allOf: [$ref a]}`, two schemas that wrap each other,
        // `a: {type: array, items: $ref a}`. Following it would recurse until the stack overflowed, taking the
        // compiler down with it.
        if (!_resolving.Add(schema))
        {
            ReportCycle(schema, pointer);
            return TypeRef.Json;
        }

        try
        {
            return ResolveNew(schema, nameHint, pointer);
        }
        finally
        {
            _resolving.Remove(schema);
        }
    }

    private TypeRef ResolveNew(OpenApiSchema schema, string nameHint, string pointer)
    {
        if (AliasTarget(schema) is { } target)
        {
            return Resolve(target, nameHint, pointer + "/allOf/0");
        }

        pointer = PointerOf(schema, pointer);
        if (IsBroken(schema))
        {
            // Its error said so: the value stays reachable as raw JSON.
            return Remember(schema, TypeRef.Json);
        }

        var view = View(schema, pointer);
        if (view.CompositionKeyword is not null && ResolveComposition(schema, view, nameHint, pointer) is { } composed)
        {
            return Remember(schema, composed);
        }

        if (view.Enum.Count > 0 && ResolveEnum(schema, view, nameHint, pointer) is { } enumType)
        {
            return enumType;
        }

        var type = view.Type switch
        {
            "string" => view.Format is "date-time" ? TypeRef.DateTimeOffset : TypeRef.String,
            // Only int32 promises 32 bits: an integer without a format (Cloudflare's resource_version: 5000000000) or
            // of any other format is read as 64 bits, the range the payload validator checks too (JsonIntegers).
            "integer" => view.Format is "int32" ? TypeRef.Int32 : TypeRef.Int64,
            "number" => TypeRef.Double,
            "boolean" => TypeRef.Boolean,
            "array" => TypeRef.ArrayOf(Resolve(view.Items, Naming.Singularize(nameHint), pointer + "/items")),
            "object" => ResolveObject(schema, view, nameHint, pointer),
            null => ResolveTypeless(schema, view, nameHint, pointer),
            _ => Unsupported($"The type '{view.Type}'", pointer),
        };
        return Remember(schema, type);
    }

    private TypeRef Remember(OpenApiSchema schema, TypeRef type)
    {
        _resolved[schema] = type;
        return type;
    }

    /// <summary>
    /// The name of the type <paramref name="schema"/> becomes, or the type a schema written the same that wanted the
    /// same name already became (<see cref="TypeNamer"/>).
    /// </summary>
    /// <remarks>
    /// A component whose bundler parts are dropped (<c>schemas-role</c>) yields the short name to a component that never
    /// had any (<c>role</c>), whichever comes first, and keeps its whole spelling (<c>SchemasRole</c>), or without one,
    /// is named by its use site (<c>zone-OyK511CF</c> beside <c>zone</c>). An inline schema yields a name a component
    /// wants in the same way. A name chosen with <c>SharesGenTypeNames</c> wins over all of it.
    /// </remarks>
    private NewType Name(OpenApiSchema schema, string nameHint, string pointer, TypeShape shape)
    {
        var componentId = schema.Reference?.Id;
        var wanted = componentId is null ? Naming.ToPascalCase(nameHint, "Model") : Naming.TypeNameFromComponent(componentId, _componentPrefix);
        var yieldBareName = componentId is null && _componentNames.Contains(wanted);
        if (componentId is not null && Naming.HasBundlerParts(componentId) && _plainComponentNames.Contains(wanted))
        {
            wanted = Naming.TypeNameFromComponent(componentId, _componentPrefix, keepOrigin: true);
            yieldBareName = _plainComponentNames.Contains(wanted);
        }

        if (_chosenNames.TryGetValue(componentId ?? pointer, out var chosen))
        {
            wanted = ChosenName(chosen, wanted, pointer);
            yieldBareName = false;
        }

        wanted = NotAnOwnMember(wanted, shape);
        var spelling = componentId is null ? null : NotAnOwnMember(Naming.TypeNameFromComponent(componentId, _componentPrefix, keepOrigin: true), shape);
        return _namer.Existing(wanted, schema) is { } existing
            ? new NewType(wanted, existing.Name!, existing)
            : new NewType(wanted, _namer.Claim(wanted, componentId ?? pointer, _site, pointer, spelling, yieldBareName), null);
    }

    /// <summary>An enum called Value would declare a member Value of its own name (CS0542): it is ValueEnum.</summary>
    private static string NotAnOwnMember(string name, TypeShape shape)
        => s_ownMembers[shape].Contains(name) ? name + shape.ToString() : name;

    /// <summary>A name from <c>SharesGenTypeNames</c>, or the one it would have had when the choice is not a C# name.</summary>
    private string ChosenName(string chosen, string fallback, string pointer)
    {
        if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(chosen)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(chosen) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
        {
            return chosen;
        }

        _context.Report(DiagnosticDescriptors.InvalidOption, pointer, "SharesGenTypeNames", chosen, "type name", fallback);
        return fallback;
    }

    /// <summary>Registers the type made for <paramref name="schema"/>, before looking inside it (it may refer to itself).</summary>
    private TypeRef Register(OpenApiSchema schema, NewType name, TypeRef type)
    {
        _namer.Remember(name.Wanted, schema, type);
        return Remember(schema, type);
    }

    /// <summary>A name claimed for a new type, or the existing type to reuse instead.</summary>
    private readonly record struct NewType(string Wanted, string Name, TypeRef? Existing);

    /// <summary>The operation a pointer is in (<c>#/paths/~1accounts~1{id}~1shares/get/…</c>) and its first tag.</summary>
    private UseSite? SiteOf(string pointer)
    {
        var start = "#/paths/".Length;
        var pathEnd = pointer.IndexOf('/', start);
        var methodEnd = pathEnd < 0 ? -1 : pointer.IndexOf('/', pathEnd + 1);
        var prefixLength = pathEnd < 0 ? pointer.Length : methodEnd < 0 ? pointer.Length : methodEnd;
        if (_sitePointer is { } cached && prefixLength == _sitePrefixLength
            && string.CompareOrdinal(pointer, 0, cached, 0, prefixLength) == 0)
        {
            return _site;
        }

        _sitePointer = pointer;
        _sitePrefixLength = prefixLength;
        var path = PointerSegment.Unescape(pathEnd < 0 ? pointer.Substring(start) : pointer.Substring(start, pathEnd - start));
        string? tag = null;
        if (pathEnd >= 0 && Enum.TryParse<OperationType>(pointer.Substring(pathEnd + 1, prefixLength - pathEnd - 1), ignoreCase: true, out var method)
            && _document.Paths is { } paths && paths.TryGetValue(path, out var item) && item?.Operations.TryGetValue(method, out var operation) == true)
        {
            tag = operation?.Tags?.FirstOrDefault()?.Name;
        }

        return new UseSite(path, string.IsNullOrWhiteSpace(tag) ? null : tag);
    }

    /// <summary>
    /// A wrapped reference, <c>allOf: [ {$ref} ]</c> beside only annotations (description, deprecated, …),
    /// means the referenced type itself.
    /// </summary>
    public static OpenApiSchema? AliasTarget(OpenApiSchema schema)
        => schema.AllOf.Count == 1
           && schema.Properties.Count == 0
           && schema.Type is null
           && schema.Items is null
           && schema.Enum.Count == 0
           && schema.AnyOf.Count == 0
           && schema.OneOf.Count == 0
            ? schema.AllOf[0]
            : null;

    /// <summary>The description of a property: its own, or that of the schema it wraps or refers to.</summary>
    public static string? DescriptionOf(OpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(schema.Description) || AliasTarget(schema) is null)
        {
            // The schema's own, without walking a chain: asked for every member of every object.
            return string.IsNullOrWhiteSpace(schema.Description) ? null : schema.Description;
        }

        foreach (var current in AliasChain(schema))
        {
            if (!string.IsNullOrWhiteSpace(current.Description))
            {
                return current.Description;
            }
        }

        return null;
    }

    /// <summary><paramref name="schema"/> and the schemas it wraps, in order, stopping before one repeats.</summary>
    private static IEnumerable<OpenApiSchema> AliasChain(OpenApiSchema? schema)
    {
        if (schema is null)
        {
            // An unresolved reference's target, say: no chain.
            yield break;
        }

        yield return schema;

        // Most schemas are no alias: the set that stops a cycle of aliases is made only for one that is.
        HashSet<OpenApiSchema>? seen = null;
        for (var current = AliasTarget(schema); current is not null; current = AliasTarget(current))
        {
            seen ??= new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance) { schema };
            if (!seen.Add(current))
            {
                yield break;
            }

            yield return current;
        }
    }

    /// <summary>
    /// A schema that says nothing of its value (<c>{ example: 699d… }</c>, as Cloudflare writes most of its identifiers):
    /// any value, and in a path, a query, a header or a form's part every value is text, so it is a string and nothing is lost.
    /// </summary>
    public static bool IsTypeless(OpenApiSchema? schema)
        => schema is not null && string.IsNullOrEmpty(schema.Type) && schema.Enum.Count == 0 && schema.AllOf.Count == 0 && schema.OneOf.Count == 0
           && schema.AnyOf.Count == 0 && schema.Not is null && schema.Properties.Count == 0 && schema.Items is null && schema.AdditionalProperties is null;

    private TypeRef Unsupported(string what, string pointer)
    {
        _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, what, DiagnosticDescriptors.KeptAsJson);
        return TypeRef.Json;
    }

    /// <summary>Whether <paramref name="schema"/> is a component an error of the reader broke.</summary>
    public bool IsBroken(OpenApiSchema schema) => _pointers.TryGetValue(schema, out var pointer) && _broken.IsSchemaBroken(pointer);

    private string PointerOf(OpenApiSchema schema, string fallback)
        => _pointers.TryGetValue(schema, out var pointer) ? pointer : fallback;

}
