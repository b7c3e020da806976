using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests.Corpus;

/// <summary>
/// Generates payloads that satisfy a schema under OpenAPI 3.0's rules, from a seeded <see cref="Random"/>, leaning on
/// the edges: strings at exactly <c>maxLength</c> code points (astral characters included, which are two UTF-16 units
/// each), integers at their minimum and maximum and written as <c>5.0</c>, date-times with 0 to 9 fraction digits,
/// lower-case <c>t</c>/<c>z</c> and offsets, members the spec does not describe, and nulls where allowed.
/// </summary>
internal sealed class PayloadFactory(ApiContract contract, Random random)
{
    private const int MaxDepth = 12;

    private const string Plain = "0123456789abcdef ghijklmnopqrstuvwxyzé-_";

    private static readonly string[] Astral = ["😀", "𝄞", "🚀", "𠀋"];

    public JsonNode? Valid(SchemaNode schema) => Valid(schema, depth: 0);

    /// <summary>A value of the schema's own kind (never null, and for an enum a value it names).</summary>
    public JsonNode? Valid(SchemaNode schema, int depth)
    {
        var resolved = contract.Resolve(schema);
        if (resolved.Enum.Count == 0 && resolved.EnumAllowsNull)
        {
            return null; // enum: [null] lets nothing else through
        }

        if ((schema.Nullable || resolved.Nullable) && (resolved.Enum.Count == 0 || resolved.EnumAllowsNull) && random.NextDouble() < 0.12)
        {
            return null;
        }

        if (resolved.AnyOf.Count > 0)
        {
            return Valid(resolved.AnyOf[random.Next(resolved.AnyOf.Count)], depth + 1);
        }

        return resolved.Type switch
        {
            "string" => JsonValue.Create(String(resolved)),
            "integer" => Integer(resolved),
            "number" => Number(resolved),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "array" => Array(resolved, depth),
            "object" => Object(resolved, depth),
            _ when resolved.Properties.Count > 0 || resolved.Required.Count > 0 => Object(resolved, depth),
            _ when resolved.Items is not null => Array(resolved, depth),
            _ => Anything(depth),
        };
    }

    public string String(SchemaNode resolved)
    {
        if (resolved.Enum.Count > 0)
        {
            return resolved.Enum[random.Next(resolved.Enum.Count)];
        }

        if (resolved.Format == "date-time")
        {
            return DateTime();
        }

        var min = resolved.MinLength ?? 0;
        var max = resolved.MaxLength ?? Math.Max(min, 40);
        var length = random.NextDouble() switch
        {
            < 0.3 => max,
            < 0.4 => min,
            _ => random.Next(min, max + 1),
        };
        return Text(length, astral: random.NextDouble() < 0.25);
    }

    /// <summary><paramref name="length"/> code points: hex digits, some letters and spaces, and astral characters when asked.</summary>
    public string Text(int length, bool astral)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(astral && random.NextDouble() < 0.3
                ? Astral[random.Next(Astral.Length)]
                : Plain[random.Next(Plain.Length)].ToString());
        }

        return builder.ToString();
    }

    /// <summary>An RFC 3339 date-time both readings accept: a real calendar day, hours 00-23, an offset within ±23:59.</summary>
    public string DateTime()
    {
        var year = random.Next(1970, 2100);
        var month = random.Next(1, 13);
        var day = random.Next(1, System.DateTime.DaysInMonth(year, month) + 1);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            .Append(random.NextDouble() < 0.1 ? 't' : 'T')
            .Append(CultureInfo.InvariantCulture, $"{random.Next(24):D2}:{random.Next(60):D2}:{random.Next(60):D2}");
        var digits = random.Next(0, 10);
        if (digits > 0)
        {
            text.Append('.');
            for (var i = 0; i < digits; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }

        var zone = random.NextDouble();
        if (zone < 0.6)
        {
            text.Append(zone < 0.05 ? 'z' : 'Z');
        }
        else
        {
            text.Append(random.Next(2) == 0 ? '+' : '-')
                .Append(CultureInfo.InvariantCulture, $"{random.Next(0, 15):D2}:{random.Next(0, 4) * 15:D2}");
        }

        return text.ToString();
    }

    private JsonNode Integer(SchemaNode resolved)
    {
        var min = (long)Math.Ceiling(resolved.Minimum ?? -1000);
        var max = (long)Math.Floor(resolved.Maximum ?? Math.Max(min, 0) + 100_000);
        var value = random.NextDouble() switch
        {
            < 0.15 => min,
            < 0.3 => max,
            _ => random.NextInt64(min, max + 1),
        };
        // JSON Schema and our validator both count 5.0 as an integer: the value matters, not the spelling.
        return random.NextDouble() < 0.1
            ? JsonNode.Parse(value.ToString(CultureInfo.InvariantCulture) + ".0")!
            : JsonValue.Create(value);
    }

    private JsonNode Number(SchemaNode resolved)
    {
        var min = resolved.Minimum ?? -1e6;
        var max = resolved.Maximum ?? min + 2e6;
        var value = random.NextDouble() < 0.5 ? Math.Round(min + (random.NextDouble() * (max - min))) : Math.Round(min + (random.NextDouble() * (max - min)), 3);
        return JsonValue.Create(Math.Clamp(value, min, max));
    }

    private JsonArray Array(SchemaNode resolved, int depth)
    {
        var min = resolved.MinItems ?? 0;
        var max = resolved.MaxItems ?? min + 3;
        var count = depth >= MaxDepth ? min : random.NextDouble() < 0.2 ? max : random.Next(min, Math.Min(max, min + 3) + 1);
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(Valid(resolved.Items ?? SchemaNode.Any, depth + 1));
        }

        return array;
    }

    private JsonObject Object(SchemaNode resolved, int depth)
    {
        var obj = new JsonObject();
        foreach (var (name, property) in resolved.Properties)
        {
            if (resolved.Required.Contains(name) || (depth < MaxDepth && random.NextDouble() < 0.6))
            {
                obj[name] = Valid(property, depth + 1);
            }
        }

        foreach (var name in resolved.Required.Where(r => !obj.ContainsKey(r)))
        {
            obj[name] = Anything(depth + 1); // required but not described: anything goes
        }

        if (random.NextDouble() < 0.2)
        {
            obj["x_unknown_" + random.Next(100).ToString(CultureInfo.InvariantCulture)] = Anything(depth + 1);
        }

        return obj;
    }

    /// <summary>Any JSON value, small.</summary>
    public JsonNode? Anything(int depth)
    {
        var pick = depth >= MaxDepth ? random.Next(5) : random.Next(7);
        return pick switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonValue.Create(random.Next(-1000, 1000)),
            3 => JsonValue.Create(Math.Round(random.NextDouble() * 100, 2)),
            4 => JsonValue.Create(Text(random.Next(0, 12), astral: false)),
            5 => new JsonArray(Anything(depth + 1), Anything(depth + 1)),
            _ => new JsonObject { ["k" + random.Next(10).ToString(CultureInfo.InvariantCulture)] = Anything(depth + 1) },
        };
    }
}
