using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>
/// Turns OpenAPI.NET schemas into <see cref="SchemaShape"/>s. <c>allOf</c> members merge in order, later ones
/// refining earlier ones, as <see cref="SchemaView"/> merges them for generation; unlike it, this keeps where each
/// keyword and property came from, so that a change is reported at the line that made it.
/// </summary>
internal sealed class ShapeReader
{
    private readonly IDictionary<string, OpenApiSchema> _components;
    private readonly Dictionary<string, SchemaShape> _componentShapes = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _flattening = new(System.StringComparer.Ordinal);

    public ShapeReader(OpenApiComponents? components)
        => _components = components?.Schemas ?? new Dictionary<string, OpenApiSchema>();

    public static string ComponentPointer(string name) => "#/components/schemas/" + PointerSegment.Escape(name);

    /// <summary>Every component schema, flattened, by ordinal name.</summary>
    public EquatableArray<NamedShape> Components()
        => _components
            .Where(pair => pair.Value is not null)
            .OrderBy(pair => pair.Key, System.StringComparer.Ordinal)
            .Select(pair => new NamedShape(pair.Key, Component(pair.Key)))
            .ToEquatableArray();

    /// <summary>The schema at a use site (a property, items, a parameter, a body): a component stays a reference.</summary>
    public SchemaShape Read(OpenApiSchema? schema, string pointer)
    {
        // A schema the reader could not build (a non-map in the spec, an unresolved $ref) allows anything.
        if (schema is null || schema.UnresolvedReference)
        {
            return new SchemaShape(pointer);
        }

        if (ComponentName(schema) is { } name)
        {
            return new SchemaShape(pointer, Ref: name);
        }

        return Alias(schema, pointer) ?? Flatten(schema, pointer).Build(pointer);
    }

    /// <summary><c>allOf: [$ref]</c> beside annotations: the component itself, with the wrapper's own nullable and deprecated.</summary>
    private SchemaShape? Alias(OpenApiSchema schema, string pointer)
    {
        if (SchemaReader.AliasTarget(schema) is not { } target || ComponentName(target) is not { } aliased)
        {
            return null;
        }

        var sources = new List<KeywordSource>();
        if (schema.Nullable)
        {
            sources.Add(new KeywordSource("nullable", pointer + "/nullable"));
        }

        if (schema.Deprecated)
        {
            sources.Add(new KeywordSource("deprecated", pointer + "/deprecated"));
        }

        return new SchemaShape(pointer, Ref: aliased, Nullable: schema.Nullable, Deprecated: schema.Deprecated, Sources: sources.ToEquatableArray());
    }

    private SchemaShape Component(string name)
    {
        if (_componentShapes.TryGetValue(name, out var known))
        {
            return known;
        }

        var pointer = ComponentPointer(name);
        if (!_flattening.Add(name))
        {
            // The component includes itself through allOf: the cycle adds nothing more.
            return new SchemaShape(pointer);
        }

        try
        {
            var schema = _components[name];
            var shape = Alias(schema, pointer) is { Ref: { } aliased } alias && aliased != name ? alias : Flatten(schema, pointer).Build(pointer);
            _componentShapes[name] = shape;
            return shape;
        }
        finally
        {
            _flattening.Remove(name);
        }
    }

    private string? ComponentName(OpenApiSchema schema)
        => schema.Reference?.Id is { } id && _components.TryGetValue(id, out var component) && component is not null ? id : null;

    private ShapeBuilder Flatten(OpenApiSchema schema, string pointer)
    {
        var builder = new ShapeBuilder();
        for (var i = 0; i < schema.AllOf.Count; i++)
        {
            var member = schema.AllOf[i];
            if (member is null || member.UnresolvedReference)
            {
                continue;
            }

            if (ComponentName(member) is { } name)
            {
                builder.Merge(Resolved(name), declaredIn: name);
            }
            else
            {
                var memberPointer = pointer + "/allOf/" + i.ToString(CultureInfo.InvariantCulture);
                builder.Merge(Flatten(member, memberPointer).Build(memberPointer), declaredIn: null);
            }
        }

        builder.MergeOwn(schema, pointer, this);
        return builder;
    }

    /// <summary>A component's shape with any alias chain followed, for merging as an allOf member.</summary>
    private SchemaShape Resolved(string name)
    {
        var shape = Component(name);
        for (var hops = 0; shape.Ref is { } next && hops < 32; hops++)
        {
            shape = Component(next);
        }

        return shape;
    }

    /// <summary>Accumulates one merged schema; <see cref="Build"/> freezes it.</summary>
    private sealed class ShapeBuilder
    {
        private readonly List<PropertyShape> _properties = new();
        private readonly List<KeywordSource> _required = new();
        private readonly Dictionary<string, string> _sources = new(System.StringComparer.Ordinal);
        private string? _type;
        private string? _format;
        private bool _composite;
        private bool _nullable;
        private bool _deprecated;
        private EquatableArray<string> _enum;
        private SchemaShape? _items;
        private Bounds _bounds = Bounds.None;

        public void Merge(SchemaShape member, string? declaredIn)
        {
            foreach (var source in member.Sources)
            {
                _sources[source.Keyword] = source.Pointer;
            }

            _type = member.Type ?? _type;
            _format = member.Format ?? _format;
            _nullable |= member.Nullable;
            _deprecated |= member.Deprecated;
            _enum = member.Enum.IsEmpty ? _enum : member.Enum;
            _items = member.Items ?? _items;
            _bounds = Combine(_bounds, member.Bounds ?? Bounds.None);
            if (member.IsComposite)
            {
                _composite = true;
            }
            else if (member.Type is not null || !member.Properties.IsEmpty)
            {
                _composite = false;
            }

            foreach (var property in member.Properties)
            {
                Put(property.DeclaredIn is null ? property with { DeclaredIn = declaredIn } : property);
            }

            foreach (var entry in member.Required)
            {
                Require(entry.Keyword, entry.Pointer);
            }
        }

        public void MergeOwn(OpenApiSchema schema, string pointer, ShapeReader reader)
        {
            Set("type", schema.Type, pointer, ref _type);
            Set("format", schema.Format, pointer, ref _format);
            if (schema.Nullable)
            {
                _nullable = true;
                _sources["nullable"] = pointer + "/nullable";
            }

            if (schema.Deprecated)
            {
                _deprecated = true;
                _sources["deprecated"] = pointer + "/deprecated";
            }

            if (schema.Enum.Count > 0)
            {
                _enum = schema.Enum.Select(EnumText).ToEquatableArray();
                _sources["enum"] = pointer + "/enum";
            }

            if (schema.Items is not null)
            {
                _items = reader.Read(schema.Items, pointer + "/items");
            }

            _bounds = Combine(_bounds, OwnBounds(schema, pointer));
            foreach (var pair in schema.Properties)
            {
                var propertyPointer = pointer + "/properties/" + PointerSegment.Escape(pair.Key);
                Put(new PropertyShape(pair.Key, propertyPointer, DeclaredIn: null, reader.Read(pair.Value, propertyPointer)));
            }

            foreach (var name in schema.Required.Where(n => n is not null))
            {
                Require(name, pointer + "/required");
            }

            if (schema.AnyOf.Count > 0 || schema.OneOf.Count > 0)
            {
                _composite = true;
            }
            else if (schema.Type is not null || schema.Properties.Count > 0)
            {
                _composite = false;
            }
        }

        public SchemaShape Build(string pointer) => new(
            pointer,
            Type: _type,
            Format: _format,
            IsComposite: _composite,
            Nullable: _nullable,
            Deprecated: _deprecated,
            Enum: _enum,
            Bounds: _bounds == Bounds.None ? null : _bounds,
            Properties: _properties.ToEquatableArray(),
            Required: _required.ToEquatableArray(),
            Items: _items,
            Sources: _sources.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => new KeywordSource(p.Key, p.Value)).ToEquatableArray());

        private void Set(string keyword, string? value, string pointer, ref string? field)
        {
            if (value is not null)
            {
                field = value;
                _sources[keyword] = pointer + "/" + keyword;
            }
        }

        private void Put(PropertyShape property)
        {
            var index = _properties.FindIndex(p => p.Name == property.Name);
            if (index >= 0)
            {
                _properties[index] = property;
            }
            else
            {
                _properties.Add(property);
            }
        }

        private void Require(string name, string listPointer)
        {
            if (!_required.Any(r => r.Keyword == name))
            {
                _required.Add(new KeywordSource(name, listPointer));
            }
        }

        private Bounds OwnBounds(OpenApiSchema schema, string pointer)
        {
            void Source(bool set, string keyword)
            {
                if (set)
                {
                    _sources[keyword] = pointer + "/" + keyword;
                }
            }

            Source(schema.MinLength is not null, "minLength");
            Source(schema.MaxLength is not null, "maxLength");
            Source(schema.Minimum is not null, "minimum");
            Source(schema.Maximum is not null, "maximum");
            Source(schema.ExclusiveMinimum == true, "exclusiveMinimum");
            Source(schema.ExclusiveMaximum == true, "exclusiveMaximum");
            Source(schema.MinItems is not null, "minItems");
            Source(schema.MaxItems is not null, "maxItems");
            Source(schema.UniqueItems == true, "uniqueItems");
            Source(schema.Pattern is not null, "pattern");
            Source(schema.MultipleOf is not null, "multipleOf");
            return new Bounds(
                schema.MinLength,
                schema.MaxLength,
                schema.Minimum,
                schema.Maximum,
                schema.ExclusiveMinimum == true,
                schema.ExclusiveMaximum == true,
                schema.MinItems,
                schema.MaxItems,
                schema.UniqueItems == true,
                schema.Pattern,
                schema.MultipleOf);
        }

        /// <summary>Later keywords win, keyword by keyword.</summary>
        private static Bounds Combine(Bounds earlier, Bounds later) => new(
            later.MinLength ?? earlier.MinLength,
            later.MaxLength ?? earlier.MaxLength,
            later.Minimum ?? earlier.Minimum,
            later.Maximum ?? earlier.Maximum,
            later.ExclusiveMinimum || earlier.ExclusiveMinimum,
            later.ExclusiveMaximum || earlier.ExclusiveMaximum,
            later.MinItems ?? earlier.MinItems,
            later.MaxItems ?? earlier.MaxItems,
            later.UniqueItems || earlier.UniqueItems,
            later.Pattern ?? earlier.Pattern,
            later.MultipleOf ?? earlier.MultipleOf);

        /// <summary>An enum value as a diagnostic shows it: strings as written, anything else as JSON.</summary>
        private static string EnumText(IOpenApiAny value) => value is OpenApiString text ? text.Value : ExampleJson.Write(value);
    }
}
