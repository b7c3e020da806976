using System;
using System.Collections;
using System.Collections.Generic;
using SharesGen.Runtime.Http;

namespace SharesGen.Runtime.Pipeline;

/// <summary>
/// The headers of one send. Names are compared ignoring case; <see cref="Set"/> replaces. Every name and value
/// is checked when set (an HTTP token; visible ASCII), so nothing can split or smuggle a header.
/// </summary>
public sealed class ApiRequestHeaders : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _headers = new();

    /// <summary>Sets <paramref name="name"/> to <paramref name="value"/>, replacing any value it had.</summary>
    /// <exception cref="ArgumentException">The name is not a token, or the value holds a character a header cannot carry (never echoed).</exception>
    public void Set(string name, string value)
    {
        HeaderValues.ValidateName(name, nameof(name));
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        HeaderValues.Validate(value, nameof(value), "The value of the header '" + name + "'");
        var index = IndexOf(name);
        if (index >= 0)
        {
            _headers[index] = new(name, value);
        }
        else
        {
            _headers.Add(new(name, value));
        }
    }

    /// <summary>Removes <paramref name="name"/>; true when it was there.</summary>
    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _headers.RemoveAt(index);
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The header names only: values may be credentials.</summary>
    public override string ToString()
    {
        var names = new string[_headers.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _headers[i].Key;
        }

        return string.Join(", ", names);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _headers.Count; i++)
        {
            if (string.Equals(_headers[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
