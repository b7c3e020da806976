using System;
using System.Collections.Generic;

namespace SharesGen.Runtime;

/// <summary>Query parameters whose value is an object, written per <c>style</c>/<c>explode</c> (see <see cref="QueryObjectStyle"/>).</summary>
public sealed partial class ApiRequest
{
    /// <summary>
    /// Adds an object query parameter: in <see cref="QueryObjectStyle.DeepObject"/>, <c>name[member]=value</c> per member;
    /// exploded <see cref="QueryObjectStyle.Form"/>, each member its own key; otherwise one key whose value is the
    /// members and their values in turn, joined by the style's delimiter (<c>name=k,v,k,v</c>), each percent-encoded on
    /// its own, as a list's. A null object, or one with no member set, is left out.
    /// </summary>
    /// <param name="name">The parameter's wire name.</param>
    /// <param name="value">The members; null is left out.</param>
    /// <param name="explode">The spec's <c>explode</c>.</param>
    /// <param name="style">The spec's <c>style</c>.</param>
    public void AddQuery(string name, QueryObject? value, bool explode, QueryObjectStyle style = QueryObjectStyle.Form)
    {
        Guard.NotNull(name, nameof(name));
        if (value is null || value.Members.Count == 0)
        {
            return;
        }

        if (style == QueryObjectStyle.DeepObject)
        {
            foreach (var member in value.Members)
            {
                RejectUnpairedSurrogates(member.Key, name, "query parameter");
                AddQuery(name + "[" + member.Key + "]", member.Value);
            }

            return;
        }

        if (explode)
        {
            foreach (var member in value.Members)
            {
                RejectUnpairedSurrogates(member.Key, name, "query parameter");
                AddQuery(member.Key, member.Value);
            }

            return;
        }

        var flattened = new List<string>(value.Members.Count * 2);
        foreach (var member in value.Members)
        {
            flattened.Add(member.Key);
            flattened.Add(member.Value);
        }

        AddQuery(name, flattened, explode: false, style switch
        {
            QueryObjectStyle.Form => QueryArrayStyle.Form,
            QueryObjectStyle.SpaceDelimited => QueryArrayStyle.SpaceDelimited,
            QueryObjectStyle.PipeDelimited => QueryArrayStyle.PipeDelimited,
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a query object style."),
        });
    }
}
