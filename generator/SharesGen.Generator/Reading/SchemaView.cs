using System.Collections.Generic;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace SharesGen.Generator.Reading;

/// <summary>
/// A schema with its <c>allOf</c> members merged in order, later members refining earlier ones: the way
/// Cloudflare's envelopes narrow <c>result</c>. Properties keep the order they first appear in.
/// </summary>
internal sealed class SchemaView
{
    private readonly List<KeyValuePair<string, OpenApiSchema>> _properties = new();

    public string? Type { get; private set; }

    public string? Format { get; private set; }

    public string? Description { get; private set; }

    public string? Title { get; private set; }

    public bool Nullable { get; private set; }

    public bool Deprecated { get; private set; }

    public OpenApiSchema? Items { get; private set; }

    // Most views have no enum, alternatives or conflicting members: those start as one shared empty instance, since a
    // view is made for every schema an operation or a property reaches.
    public IList<IOpenApiAny> Enum { get; private set; } = System.Array.Empty<IOpenApiAny>();

    public HashSet<string> Required { get; } = new(System.StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<string, OpenApiSchema>> Properties => _properties;

    /// <summary>The schema of members beyond <see cref="Properties"/> (<c>additionalProperties</c>), when the spec gives one.</summary>
    public OpenApiSchema? AdditionalProperties { get; private set; }

    /// <summary><c>anyOf</c> or <c>oneOf</c>, when one is left that no later member narrowed away.</summary>
    public string? CompositionKeyword { get; private set; }

    /// <summary>The alternatives of that <c>anyOf</c>/<c>oneOf</c>.</summary>
    public IList<OpenApiSchema> Alternatives { get; private set; } = System.Array.Empty<OpenApiSchema>();

    /// <summary>The schema that holds the <c>anyOf</c>/<c>oneOf</c>: the viewed schema or one of its <c>allOf</c> members.</summary>
    public OpenApiSchema? CompositionOwner { get; private set; }

    /// <summary>The discriminator given beside the <c>anyOf</c>/<c>oneOf</c>.</summary>
    public OpenApiDiscriminator? Discriminator { get; private set; }

    public Model.Constraints Constraints { get; private set; } = Model.Constraints.None;

    public OpenApiSchema? FindProperty(string name) => IndexOfProperty(name) is var index and >= 0 ? _properties[index].Value : null;

    private int IndexOfProperty(string name)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (_properties[i].Key == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// This view with the members of <paramref name="alternatives"/> added after its own, each optional, and no
    /// composition left: an object that states properties beside a <c>oneOf</c> of objects holds its own members and
    /// one alternative's, so every member of every alternative may be there. A member two of them type differently
    /// is listed in <see cref="OtherDefinitions"/>.
    /// </summary>
    public SchemaView WithMembersOf(IEnumerable<SchemaView> alternatives)
    {
        var flattened = new SchemaView
        {
            Type = Type,
            Format = Format,
            Description = Description,
            Title = Title,
            Nullable = Nullable,
            Deprecated = Deprecated,
            Items = Items,
            AdditionalProperties = AdditionalProperties,
            Enum = Enum,
            Constraints = Constraints,
        };
        flattened._properties.AddRange(_properties);
        flattened.Required.UnionWith(Required);
        foreach (var alternative in alternatives)
        {
            foreach (var property in alternative.Properties)
            {
                if (flattened.FindProperty(property.Key) is { } existing)
                {
                    if (!ReferenceEquals(existing, property.Value))
                    {
                        flattened._otherDefinitions ??= new(System.StringComparer.Ordinal);
                        if (!flattened._otherDefinitions.TryGetValue(property.Key, out var others))
                        {
                            flattened._otherDefinitions[property.Key] = others = new List<OpenApiSchema>();
                        }

                        others.Add(property.Value);
                    }

                    continue;
                }

                flattened._properties.Add(property);
            }
        }

        return flattened;
    }

    /// <summary>The schemas that <see cref="WithMembersOf"/> found for a member besides the one in <see cref="Properties"/>.</summary>
    public IReadOnlyDictionary<string, List<OpenApiSchema>> OtherDefinitions => _otherDefinitions ?? s_noOtherDefinitions;

    private static readonly Dictionary<string, List<OpenApiSchema>> s_noOtherDefinitions = new();

    private Dictionary<string, List<OpenApiSchema>>? _otherDefinitions;

    /// <summary>Merges <paramref name="schema"/> and, first, its <c>allOf</c> members into one view.</summary>
    public static SchemaView Flatten(OpenApiSchema schema, System.Action<OpenApiSchema>? onCycle = null)
    {
        var view = new SchemaView();
        // Only an allOf can lead back to a schema being merged: a schema without one needs no set to find a cycle.
        var visiting = schema is { AllOf.Count: > 0 } ? new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance) : null;
        view.Merge(schema, visiting, onCycle);
        return view;
    }

    private void Merge(OpenApiSchema? schema, HashSet<OpenApiSchema>? visiting, System.Action<OpenApiSchema>? onCycle)
    {
        // Where the spec has something other than a map (a property `resource_id: []`, an allOf member `- 3`), the
        // reader leaves a null schema behind, after reporting it; it adds nothing to the view.
        if (schema is null)
        {
            return;
        }

        if (visiting is not null)
        {
            if (!visiting.Add(schema))
            {
                onCycle?.Invoke(schema);
                return;
            }

            foreach (var member in schema.AllOf)
            {
                Merge(member, visiting, onCycle);
            }

            visiting.Remove(schema);
        }

        Type = schema.Type ?? Type;
        Format = schema.Format ?? Format;
        Description = schema.Description ?? Description;
        Title = schema.Title ?? Title;
        Nullable |= schema.Nullable;
        Deprecated |= schema.Deprecated;
        Items = schema.Items ?? Items;
        AdditionalProperties = schema.AdditionalProperties ?? AdditionalProperties;
        if (schema.Enum.Count > 0)
        {
            Enum = schema.Enum;
        }

        foreach (var name in schema.Required)
        {
            Required.Add(name);
        }

        foreach (var property in schema.Properties)
        {
            var index = IndexOfProperty(property.Key);
            if (index >= 0)
            {
                _properties[index] = property;
            }
            else
            {
                _properties.Add(property);
            }
        }

        if (schema.AnyOf.Count > 0 || schema.OneOf.Count > 0)
        {
            CompositionKeyword = schema.AnyOf.Count > 0 ? "anyOf" : "oneOf";
            Alternatives = schema.AnyOf.Count > 0 ? schema.AnyOf : schema.OneOf;
            CompositionOwner = schema;
            Discriminator = schema.Discriminator;
        }
        else if (schema.Type is not null || schema.Properties.Count > 0)
        {
            // A member that states a type or properties narrows away an earlier anyOf: Cloudflare's envelopes declare
            // `result` as anything and narrow it in the allOf member that follows.
            CompositionKeyword = null;
            Alternatives = System.Array.Empty<OpenApiSchema>();
            CompositionOwner = null;
            Discriminator = null;
        }

        if (schema.MinLength is null && schema.MaxLength is null && schema.Minimum is null && schema.Maximum is null
            && schema.MinItems is null && schema.MaxItems is null && schema.Format is null)
        {
            // Nothing to narrow: keep the record there is rather than make an equal one.
            return;
        }

        Constraints = new Model.Constraints(
            MinLength: schema.MinLength ?? Constraints.MinLength,
            MaxLength: schema.MaxLength ?? Constraints.MaxLength,
            Minimum: schema.Minimum is { } min ? (double)min : Constraints.Minimum,
            Maximum: schema.Maximum is { } max ? (double)max : Constraints.Maximum,
            MinItems: schema.MinItems ?? Constraints.MinItems,
            MaxItems: schema.MaxItems ?? Constraints.MaxItems,
            Format: schema.Format ?? Constraints.Format);
    }
}

/// <summary>Reference identity, for schema graphs that may contain cycles.</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object>, IEqualityComparer<OpenApiSchema>
{
    public static readonly ReferenceEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);

    public bool Equals(OpenApiSchema? x, OpenApiSchema? y) => ReferenceEquals(x, y);

    public int GetHashCode(OpenApiSchema obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
