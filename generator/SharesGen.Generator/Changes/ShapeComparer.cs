using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Reading;

namespace SharesGen.Generator.Changes;

/// <summary>Which way a value travels: the asymmetry every schema rule turns on.</summary>
internal enum Direction
{
    /// <summary>Sent by the client: narrowing what is valid breaks callers, widening cannot.</summary>
    Request,

    /// <summary>Sent by the server: widening what may come breaks readers, narrowing cannot.</summary>
    Response,
}

/// <summary>Where a value sits in its schema, for the rules that depend on it (may it be null, must it be there).</summary>
internal enum Position
{
    Root,
    RequiredProperty,
    OptionalProperty,
    Item,
}

/// <summary>
/// Compares a schema of the baseline with the schema at the same place in the new spec, in one direction. A component
/// pair is compared once per direction; every operation that reaches it shares the findings.
/// </summary>
internal sealed class ShapeComparer
{
    private const int MaxAliasHops = 32;

    private readonly Dictionary<string, SchemaShape> _old;
    private readonly Dictionary<string, SchemaShape> _new;
    private readonly string _oldPrefix;
    private readonly string _newPrefix;
    private readonly Dictionary<(string Old, string New, Direction Direction, bool NamesTypes, bool Envelope), List<Finding>> _compared = new();
    private readonly HashSet<(string Old, string New, Direction Direction, bool NamesTypes, bool Envelope)> _comparing = new();

    public ShapeComparer(SpecSurface old, SpecSurface @new)
    {
        _old = old.Components.ToDictionary(c => c.Name, c => c.Shape, System.StringComparer.Ordinal);
        _new = @new.Components.ToDictionary(c => c.Name, c => c.Shape, System.StringComparer.Ordinal);
        _oldPrefix = Naming.SharedPrefix(_old.Keys.ToList());
        _newPrefix = Naming.SharedPrefix(_new.Keys.ToList());
    }

    /// <summary>Compares the value at a use site: a property, array items, a parameter, a body.</summary>
    /// <param name="namesTypes">Whether generated types are named after this value's schemas: not inside the envelope's plumbing.</param>
    public void CompareValue(SchemaShape? old, SchemaShape? @new, Place place, Direction direction, Position position, List<Finding> into, bool namesTypes = true)
    {
        if (old is null || @new is null)
        {
            return;
        }

        var before = Resolve(old, _old);
        var after = Resolve(@new, _new);
        CompareNullability(before, after, @new.Pointer, place, direction, position, into);
        if (position is Position.RequiredProperty or Position.OptionalProperty && !before.Deprecated && after.Deprecated)
        {
            into.Add(Finding.Create(direction == Direction.Request ? DiagnosticDescriptors.RequestPropertyDeprecated : DiagnosticDescriptors.ResponsePropertyDeprecated, after.DeprecatedPointer!, place.ToString()));
        }

        // Generated clients unwrap a response envelope to its result, and the runtime reads the rest: what the envelope's
        // schemas are called names no generated type.
        var envelope = direction == Direction.Response && position == Position.Root && IsEnvelope(after.Shape);
        var namesAType = namesTypes && !envelope;
        if (before.Component is { } oldName && after.Component is { } newName)
        {
            if (oldName != newName && namesAType)
            {
                CheckRename(oldName, newName, after.Shape, into);
            }

            CompareComponents(oldName, newName, before.Shape, after.Shape, direction, namesTypes, envelope, into);
            return;
        }

        if (before.Component is null && after.Component is { } extracted && namesAType && GeneratesType(before.Shape) && GeneratesType(after.Shape))
        {
            into.Add(Finding.Create(DiagnosticDescriptors.SchemaExtracted, ShapeReader.ComponentPointer(extracted), place.Capitalized(), MessageText.Clean(extracted), Naming.TypeNameFromComponent(extracted, _newPrefix)));
        }

        CompareShape(before.Shape, after.Shape, after.Component is { } component ? Place.Component(component) : place, direction, namesTypes, envelope, into);
    }

    private void CompareComponents(string oldName, string newName, SchemaShape old, SchemaShape @new, Direction direction, bool namesTypes, bool envelope, List<Finding> into)
    {
        var key = (oldName, newName, direction, namesTypes, envelope);
        if (_compared.TryGetValue(key, out var known))
        {
            into.AddRange(known);
            return;
        }

        if (!_comparing.Add(key))
        {
            // A component that contains itself: the pair is being compared further up.
            return;
        }

        var findings = new List<Finding>();
        CompareShape(old, @new, Place.Component(newName), direction, namesTypes, envelope, findings);
        _comparing.Remove(key);
        _compared[key] = findings;
        into.AddRange(findings);
    }

    private void CompareShape(SchemaShape old, SchemaShape @new, Place place, Direction direction, bool namesTypes, bool envelope, List<Finding> into)
    {
        var before = ValueKind.Of(old);
        var after = ValueKind.Of(@new);
        if (before != after)
        {
            CompareKinds(before, after, @new.PointerOf(before.Type == after.Type ? "format" : "type"), place, direction, into);
            if (!before.IsStructurallyLike(after))
            {
                return;
            }
        }

        CompareEnums(old, @new, place, direction, into);
        BoundsComparer.Compare(old.Bounds ?? Bounds.None, @new.Bounds ?? Bounds.None, @new, place, direction, into);
        if (!old.Properties.IsEmpty || !@new.Properties.IsEmpty)
        {
            CompareProperties(old, @new, place, direction, namesTypes, envelope, into);
        }

        if (old.Items is not null && @new.Items is not null)
        {
            CompareValue(old.Items, @new.Items, place.Items(), direction, Position.Item, into, namesTypes);
        }
    }

    private static void CompareKinds(ValueKind before, ValueKind after, string pointer, Place place, Direction direction, List<Finding> into)
    {
        string[] Args(string consequence) => new[] { place.ToString(), before.ToString(), after.ToString(), consequence };

        if (direction == Direction.Response)
        {
            into.Add(before.CanRead(after)
                ? Finding.Create(DiagnosticDescriptors.TypeChangedCompatibly, pointer, Args("clients built from the baseline still read it"))
                : Finding.Create(DiagnosticDescriptors.TypeChanged, pointer, Args("clients built from the baseline cannot read the new values")));
            return;
        }

        switch (before.InRequestsBecomes(after))
        {
            case TypeEffect.Incompatible:
                into.Add(Finding.Create(DiagnosticDescriptors.TypeChanged, pointer, Args("values sent today are not valid any more")));
                break;
            case TypeEffect.Narrowed:
                into.Add(Finding.Create(DiagnosticDescriptors.RequestTypeNarrowed, pointer, place.ToString(), before.ToString(), after.ToString()));
                break;
            case TypeEffect.Widened:
                into.Add(Finding.Create(DiagnosticDescriptors.TypeChangedCompatibly, pointer, Args("every value valid today stays valid")));
                break;
        }
    }

    private static void CompareNullability(Resolved before, Resolved after, string usePointer, Place place, Direction direction, Position position, List<Finding> into)
    {
        if (before.Nullable == after.Nullable)
        {
            return;
        }

        var subject = place.Capitalized();
        if (direction == Direction.Request)
        {
            into.Add(after.Nullable
                ? Finding.Create(DiagnosticDescriptors.RequestBecameNullable, after.NullablePointer!, subject)
                : Finding.Create(DiagnosticDescriptors.RequestBecameNotNullable, usePointer, subject));
            return;
        }

        // A generated client reads an optional member as nullable already; a required one, an item or a whole
        // body, it does not: there a null from the server fails the read.
        into.Add(!after.Nullable
            ? Finding.Create(DiagnosticDescriptors.ResponseBecameNotNullable, usePointer, subject)
            : position == Position.OptionalProperty
                ? Finding.Create(DiagnosticDescriptors.OptionalResponseBecameNullable, after.NullablePointer!, subject)
                : Finding.Create(DiagnosticDescriptors.ResponseBecameNullable, after.NullablePointer!, subject));
    }

    private static void CompareEnums(SchemaShape old, SchemaShape @new, Place place, Direction direction, List<Finding> into)
    {
        var pointer = @new.PointerOf("enum");
        if (old.Enum.IsEmpty && @new.Enum.IsEmpty)
        {
            return;
        }

        if (old.Enum.IsEmpty)
        {
            var count = @new.Enum.Count.ToString(CultureInfo.InvariantCulture);
            into.Add(direction == Direction.Request
                ? Finding.Create(DiagnosticDescriptors.RequestBecameEnum, pointer, place.Capitalized(), count)
                : Finding.Create(DiagnosticDescriptors.EnumRestrictionChanged, pointer, place.Capitalized(), "is now an enum of " + count + " values in responses"));
            return;
        }

        if (@new.Enum.IsEmpty)
        {
            into.Add(Finding.Create(DiagnosticDescriptors.EnumRestrictionChanged, @new.Pointer, place.Capitalized(), "is no longer limited to an enum in " + (direction == Direction.Request ? "requests" : "responses")));
            return;
        }

        var now = new HashSet<string>(@new.Enum, System.StringComparer.Ordinal);
        foreach (var removed in old.Enum.Where(v => !now.Contains(v)).Distinct(System.StringComparer.Ordinal))
        {
            into.Add(Finding.Create(
                direction == Direction.Request ? DiagnosticDescriptors.RequestEnumValueRemoved : DiagnosticDescriptors.ResponseEnumValueRemoved,
                pointer,
                place.ToString(),
                MessageText.Clean(removed)));
        }

        var before = new HashSet<string>(old.Enum, System.StringComparer.Ordinal);
        for (var i = 0; i < @new.Enum.Count; i++)
        {
            if (before.Add(@new.Enum[i]))
            {
                into.Add(Finding.Create(DiagnosticDescriptors.EnumValueAdded, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), place.ToString(), MessageText.Clean(@new.Enum[i])));
            }
        }
    }

    private void CompareProperties(SchemaShape old, SchemaShape @new, Place place, Direction direction, bool namesTypes, bool envelope, List<Finding> into)
    {
        var before = old.Properties.ToDictionary(p => p.Name, System.StringComparer.Ordinal);
        var now = new HashSet<string>(@new.Properties.Select(p => p.Name), System.StringComparer.Ordinal);
        foreach (var property in @new.Properties)
        {
            var propertyPlace = (property.DeclaredIn is { } owner ? Place.Component(owner) : place).Property(property.Name);
            var isRequired = @new.Requires(property.Name);
            if (!before.TryGetValue(property.Name, out var previous))
            {
                into.Add(Finding.Create(
                    direction == Direction.Response ? DiagnosticDescriptors.ResponsePropertyAdded
                        : isRequired ? DiagnosticDescriptors.RequiredRequestPropertyAdded
                        : DiagnosticDescriptors.OptionalRequestPropertyAdded,
                    property.Pointer,
                    propertyPlace.ToString()));
                continue;
            }

            var wasRequired = old.Requires(property.Name);
            if (wasRequired != isRequired)
            {
                into.Add((direction, isRequired) switch
                {
                    (Direction.Request, true) => Finding.AtItem(DiagnosticDescriptors.RequestPropertyBecameRequired, @new.RequiredListOf(property.Name)!, property.Name, propertyPlace.ToString()),
                    (Direction.Request, false) => Finding.Create(DiagnosticDescriptors.RequestPropertyBecameOptional, property.Pointer, propertyPlace.ToString()),
                    (_, true) => Finding.AtItem(DiagnosticDescriptors.ResponsePropertyBecameRequired, @new.RequiredListOf(property.Name)!, property.Name, propertyPlace.ToString()),
                    _ => Finding.Create(DiagnosticDescriptors.ResponsePropertyBecameOptional, property.Pointer, propertyPlace.ToString()),
                });
            }

            // What a response may leave out is what the baseline's client was generated to expect; what a request
            // must carry is what the new spec demands.
            var required = direction == Direction.Response ? wasRequired : isRequired;
            var generated = namesTypes && (!envelope || property.Name == "result");
            CompareValue(previous.Schema, property.Schema, propertyPlace, direction, required ? Position.RequiredProperty : Position.OptionalProperty, into, generated);
        }

        foreach (var removed in old.Properties.Where(p => !now.Contains(p.Name)))
        {
            // A property an allOf member brought from a component that still exists is reported there.
            var (pointer, owner) = removed.DeclaredIn is { } component && _new.ContainsKey(component)
                ? (ShapeReader.ComponentPointer(component) + "/properties", Place.Component(component))
                : (@new.Pointer + "/properties", place);
            var subject = owner.Property(removed.Name).ToString();
            into.Add(Finding.Create(
                direction == Direction.Request ? DiagnosticDescriptors.RequestPropertyRemoved
                    : old.Requires(removed.Name) ? DiagnosticDescriptors.RequiredResponsePropertyRemoved
                    : DiagnosticDescriptors.OptionalResponsePropertyRemoved,
                pointer,
                subject));
        }
    }

    /// <summary>
    /// The same place refers to another component, the old one is gone and the new one is new: a rename, which renames
    /// the generated type too. (A component that still exists on both sides was merely swapped for another.)
    /// </summary>
    private void CheckRename(string oldName, string newName, SchemaShape shape, List<Finding> into)
    {
        if (_new.ContainsKey(oldName) || _old.ContainsKey(newName))
        {
            return;
        }

        var oldType = Naming.TypeNameFromComponent(oldName, _oldPrefix);
        var newType = Naming.TypeNameFromComponent(newName, _newPrefix);
        var note = GeneratesType(shape) && oldType != newType ? "; the generated type " + oldType + " is now " + newType : string.Empty;
        into.Add(Finding.Create(DiagnosticDescriptors.SchemaRenamed, ShapeReader.ComponentPointer(newName), MessageText.Clean(oldName), MessageText.Clean(newName), note));
    }

    /// <summary>An object with properties becomes a DTO, a string enum an extensible enum: both are named after their schema.</summary>
    private static bool GeneratesType(SchemaShape shape)
        => !shape.Properties.IsEmpty || (!shape.Enum.IsEmpty && shape.Type is null or "string");

    /// <summary>
    /// Cloudflare's envelope, <c>{ success, errors, messages, result, result_info? }</c>, which generated clients unwrap
    /// to its <c>result</c>; the same rule as the operation reader's.
    /// </summary>
    private static bool IsEnvelope(SchemaShape shape)
        => shape.Properties.Any(p => p.Name == "result") && shape.Properties.Any(p => p.Name is "success" or "errors");

    /// <summary>Follows references to the schema a value really has, gathering what the referring sites add.</summary>
    private static Resolved Resolve(SchemaShape shape, Dictionary<string, SchemaShape> components)
    {
        var resolved = new Resolved(shape, null, false, null, false, null);
        var current = shape;
        for (var hops = 0; ; hops++)
        {
            if (current.Nullable && !resolved.Nullable)
            {
                resolved = resolved with { Nullable = true, NullablePointer = current.PointerOf("nullable") };
            }

            if (current.Deprecated && !resolved.Deprecated)
            {
                resolved = resolved with { Deprecated = true, DeprecatedPointer = current.PointerOf("deprecated") };
            }

            if (current.Ref is not { } name)
            {
                return resolved with { Shape = current };
            }

            if (hops == MaxAliasHops || !components.TryGetValue(name, out var target))
            {
                // A chain of aliases that never ends, or a reference to nothing: the value is anything.
                return resolved with { Shape = new SchemaShape(current.Pointer) };
            }

            resolved = resolved with { Component = name };
            current = target;
        }
    }

    /// <summary>A value's schema after its references, with the nullability and deprecation gathered on the way.</summary>
    private sealed record Resolved(SchemaShape Shape, string? Component, bool Nullable, string? NullablePointer, bool Deprecated, string? DeprecatedPointer);
}
