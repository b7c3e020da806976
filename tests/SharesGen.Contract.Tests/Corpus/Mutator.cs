using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>
/// Breaks a valid payload in exactly one place and says where: a required member removed, a value of the wrong type,
/// a fraction where an integer belongs, a string one to four code points over <c>maxLength</c> (the 32-character ids),
/// an impossible date-time, a null where the schema has a type and no <c>nullable</c>, a number past
/// <c>minimum</c>/<c>maximum</c>, an array past <c>maxItems</c>.
/// </summary>
internal sealed class Mutator(PayloadFactory factory, Random random)
{
    /// <summary>Date-times that are not RFC 3339's: wrong calendar, wrong clock, wrong shape. Both readings reject each.</summary>
    private static readonly string[] BadDateTimes =
    [
        "2023-13-01T00:00:00Z",
        "2023-02-30T10:00:00Z",
        "2023-04-31T10:00:00Z",
        "2023-09-21T25:00:00Z",
        "2023-09-21T18:61:00Z",
        "2023-09-21T18:56:32",
        "2023-09-21",
        "21/09/2023 18:56:32",
        "2023-09-21T18:56:32.Z",
        "2023-09-21T18:56:32+2:00",
        "2023-09-21T18:56:32+0200",
        "2023-9-21T18:56:32Z",
        "yesterday",
        "",
        "2023-09-21T18:56:32ZZ",
        "2023-09-21T18:56:32,5Z",
    ];

    public static IReadOnlyList<Mutation> All { get; } = Enum.GetValues<Mutation>().Where(m => m != Mutation.None).ToArray();

    /// <summary>Whether <paramref name="mutation"/> can be made at <paramref name="site"/>.</summary>
    public bool Applies(Mutation mutation, SchemaSite site)
    {
        var s = site.Resolved;
        return mutation switch
        {
            Mutation.MissingRequired => site.Value is JsonObject obj && s.Required.Any(obj.ContainsKey),
            Mutation.WrongType => site.Value is not null && (s.Type is not null || (s.AnyOf.Count > 0 && WrongKindsForAnyOf(s).Any())),
            Mutation.NotAnInteger => s.Type == "integer" && site.Value is not null,
            Mutation.TooLong => s.Type == "string" && s.MaxLength is not null && s.Enum.Count == 0 && site.Value is not null,
            Mutation.BadDateTime => s.Format == "date-time" && site.Value is not null,
            Mutation.NullNotNullable => site.Value is not null && !site.AllowsNull && (s.Type is not null || (s.AnyOf.Count > 0 && !AnyOfAllowsNull(s))),
            Mutation.BelowMinimum => s.Type is "integer" or "number" && s.Minimum is not null && site.Value is not null,
            Mutation.AboveMaximum => s.Type is "integer" or "number" && s.Maximum is not null && site.Value is not null,
            Mutation.TooManyItems => s.Type == "array" && s.MaxItems is not null && site.Value is not null,
            _ => false,
        };
    }

    /// <summary>Makes <paramref name="mutation"/> at <paramref name="site"/> in <paramref name="root"/>; returns the new root and the pointer our validator must flag.</summary>
    public (JsonNode? Root, string Pointer) Apply(JsonNode? root, SchemaSite site, Mutation mutation)
    {
        var s = site.Resolved;
        switch (mutation)
        {
            case Mutation.MissingRequired:
                var obj = (JsonObject)site.Value!;
                var present = s.Required.Where(obj.ContainsKey).ToArray();
                var name = present[random.Next(present.Length)];
                obj.Remove(name);
                return (root, site.Pointer + "/" + SchemaSites.Escape(name));
            case Mutation.WrongType:
                var wrong = s.AnyOf.Count > 0 && s.Type is null ? WrongKindsForAnyOf(s).ToArray() : WrongKinds(s.Type!).ToArray();
                return Replace(root, site, Make(wrong[random.Next(wrong.Length)]));
            case Mutation.NotAnInteger:
                var low = s.Minimum ?? 0;
                return Replace(root, site, JsonValue.Create(Math.Clamp(low + 0.5, low, s.Maximum ?? double.MaxValue)));
            case Mutation.TooLong:
                return Replace(root, site, JsonValue.Create(factory.Text(s.MaxLength!.Value + random.Next(1, 5), astral: random.NextDouble() < 0.3)));
            case Mutation.BadDateTime:
                return Replace(root, site, JsonValue.Create(BadDateTimes[random.Next(BadDateTimes.Length)]));
            case Mutation.NullNotNullable:
                return Replace(root, site, null);
            case Mutation.BelowMinimum:
                var below = s.Minimum!.Value - (s.Type == "integer" ? random.Next(1, 1000) : 0.25 + random.Next(0, 1000));
                return Replace(root, site, JsonValue.Create(below));
            case Mutation.AboveMaximum:
                var above = s.Maximum!.Value + (s.Type == "integer" ? random.Next(1, 1000) : 0.25 + random.Next(0, 1000));
                return Replace(root, site, JsonValue.Create(above));
            case Mutation.TooManyItems:
                var array = (JsonArray)site.Value!;
                var target = s.MaxItems!.Value + random.Next(1, 4);
                while (array.Count < target)
                {
                    array.Add(factory.Valid(s.Items ?? SchemaNode.Any));
                }

                return (root, site.Pointer);
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }
    }

    private static (JsonNode? Root, string Pointer) Replace(JsonNode? root, SchemaSite site, JsonNode? replacement)
    {
        if (site.Pointer.Length == 0)
        {
            return (replacement, string.Empty);
        }

        var parent = site.Value?.Parent ?? throw new InvalidOperationException("A site below the root has a parent.");
        var key = site.Pointer[(site.Pointer.LastIndexOf('/') + 1)..].Replace("~1", "/").Replace("~0", "~");
        switch (parent)
        {
            case JsonObject obj:
                obj[key] = replacement;
                break;
            case JsonArray array:
                array[int.Parse(key, CultureInfo.InvariantCulture)] = replacement;
                break;
        }

        return (root, site.Pointer);
    }

    private static IEnumerable<string> WrongKinds(string type)
        => new[] { "string", "integer", "fraction", "boolean", "object", "array" }.Where(kind => !Accepts(type, kind));

    private static IEnumerable<string> WrongKindsForAnyOf(SchemaNode anyOf)
        => new[] { "string", "integer", "fraction", "boolean", "object", "array" }
            .Where(kind => anyOf.AnyOf.All(alternative => alternative.Type is { } type && !Accepts(type, kind)));

    private static bool AnyOfAllowsNull(SchemaNode anyOf)
        => anyOf.AnyOf.Any(a => a.Nullable || a.EnumAllowsNull || (a.Type is null && a.Ref is null));

    private static bool Accepts(string type, string kind) => (type, kind) switch
    {
        ("number", "integer" or "fraction") => true,
        _ => type == kind,
    };

    private JsonNode Make(string kind) => kind switch
    {
        "string" => JsonValue.Create("wrong-" + random.Next(1000).ToString(CultureInfo.InvariantCulture)),
        "integer" => JsonValue.Create(random.Next(1000, 5000)),
        "fraction" => JsonValue.Create(1000.5 + random.Next(100)),
        "boolean" => JsonValue.Create(random.Next(2) == 0),
        "object" => new JsonObject { ["unexpected"] = true },
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create("two")),
    };

    /// <summary>Parses a case's JSON again so mutations never share nodes with the valid payload.</summary>
    public static JsonNode? Copy(JsonNode? node) => node is null ? null : JsonNode.Parse(node.ToJsonString(JsonOptions.Plain));
}

/// <summary>One place for the serializer options the corpus writes with.</summary>
internal static class JsonOptions
{
    /// <summary>Astral characters and accents kept as they are, so a failure message shows the payload as generated.</summary>
    public static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
