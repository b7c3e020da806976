using System;
using System.Collections.Generic;
using System.Text.Json;
using SharesGen.Runtime.Serialization;

namespace SharesGen.Runtime;

/// <summary>
/// The members of an object a query parameter carries, by wire name, as text: what a generated method reads from the
/// parameter's generated type, member by member (no reflection), for <see cref="ApiRequest.AddQuery(string, QueryObject?, bool, QueryObjectStyle)"/>.
/// A member added as null is left out.
/// </summary>
public sealed class QueryObject
{
    private readonly List<KeyValuePair<string, string>> _members = new();

    /// <summary>The members set, in the order added.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Members => _members;

    /// <summary>Adds a text member; null is left out.</summary>
    /// <param name="name">The member's wire name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This object.</returns>
    public QueryObject Add(string name, string? value)
    {
        Guard.NotNull(name, nameof(name));
        if (value is not null)
        {
            _members.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds an integer member in invariant form; null is left out.</summary>
    /// <inheritdoc cref="Add(string, string?)"/>
    public QueryObject Add(string name, long? value) => Add(name, value is null ? null : ApiRequest.FormatValue(value.Value));

    /// <summary>Adds a number member in invariant round-trip form; null is left out.</summary>
    /// <inheritdoc cref="Add(string, string?)"/>
    public QueryObject Add(string name, double? value) => Add(name, value is null ? null : ApiRequest.FormatValue(value.Value));

    /// <summary>Adds a boolean member as <c>true</c>/<c>false</c>; null is left out.</summary>
    /// <inheritdoc cref="Add(string, string?)"/>
    public QueryObject Add(string name, bool? value) => Add(name, value is null ? null : ApiRequest.FormatValue(value.Value));

    /// <summary>Adds a date-time member in RFC 3339; null is left out.</summary>
    /// <inheritdoc cref="Add(string, string?)"/>
    public QueryObject Add(string name, DateTimeOffset? value) => Add(name, value is null ? null : ApiRequest.FormatValue(value.Value));

    /// <summary>Adds an extensible-enum member by its wire value; null is left out.</summary>
    /// <inheritdoc cref="Add(string, string?)"/>
    public QueryObject Add<TEnum>(string name, TEnum? value)
        where TEnum : struct, IExtensibleEnum
        => Add(name, value?.Value);

    /// <summary>
    /// Adds the members the spec does not describe (a generated type's <c>AdditionalProperties</c>), after the others:
    /// a JSON string as its text, any other value as its JSON; null values and a null dictionary are left out.
    /// </summary>
    /// <param name="members">The members, by wire name.</param>
    /// <returns>This object.</returns>
    public QueryObject AddAdditional(IDictionary<string, JsonElement>? members)
    {
        if (members is not null)
        {
            foreach (var member in members)
            {
                var value = member.Value;
                Add(member.Key, value.ValueKind switch
                {
                    JsonValueKind.Undefined or JsonValueKind.Null => null,
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                });
            }
        }

        return this;
    }
}
