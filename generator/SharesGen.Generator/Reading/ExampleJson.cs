using System.Globalization;
using System.Text;
using Microsoft.OpenApi.Any;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Writes an example (as Microsoft.OpenApi read it) as compact JSON. Date-times that the reader turned into
/// values are written back in the API's own form (<c>…Z</c> for UTC), so examples round-trip as written.
/// </summary>
internal static class ExampleJson
{
    public static string Write(IOpenApiAny value)
    {
        var builder = new StringBuilder();
        Write(builder, value, depth: 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, IOpenApiAny? value, int depth)
    {
        if (depth > 64)
        {
            // Deeper than any real example: stop rather than risk the stack.
            builder.Append("null");
            return;
        }

        switch (value)
        {
            case null:
            case OpenApiNull:
                builder.Append("null");
                break;
            case OpenApiObject obj:
                builder.Append('{');
                var first = true;
                foreach (var pair in obj)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    String(builder, pair.Key);
                    builder.Append(':');
                    Write(builder, pair.Value, depth + 1);
                }

                builder.Append('}');
                break;
            case OpenApiArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, array[i], depth + 1);
                }

                builder.Append(']');
                break;
            case OpenApiString text:
                String(builder, text.Value);
                break;
            case OpenApiBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case OpenApiInteger integer:
                builder.Append(integer.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case OpenApiLong number:
                builder.Append(number.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case OpenApiDouble number:
                builder.Append(Number(number.Value));
                break;
            case OpenApiFloat number:
                builder.Append(Number(number.Value));
                break;
            case OpenApiDateTime dateTime:
                String(builder, dateTime.Value.Offset == System.TimeSpan.Zero
                    ? dateTime.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
                    : dateTime.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case OpenApiDate date:
                String(builder, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case OpenApiPassword password:
                String(builder, password.Value);
                break;
            case OpenApiByte bytes:
                String(builder, System.Convert.ToBase64String(bytes.Value ?? System.Array.Empty<byte>()));
                break;
            case OpenApiBinary binary:
                String(builder, System.Convert.ToBase64String(binary.Value ?? System.Array.Empty<byte>()));
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static string Number(double value)
        => double.IsNaN(value) || double.IsInfinity(value) ? "null" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="value"/> as a JSON string (null as <c>null</c>).</summary>
    public static void String(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
