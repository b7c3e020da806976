using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Writers;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>Where a type was first needed: the operation being read, for naming by context.</summary>
/// <param name="Path">The operation's path template, e.g. <c>/accounts/{account_id}/alerting/v3/policies</c>.</param>
/// <param name="Tag">The operation's first tag, e.g. <c>Notification policies</c>.</param>
internal sealed record UseSite(string Path, string? Tag);

/// <summary>
/// Names generated types by meaning, not by counter.
/// <list type="bullet">
/// <item>Schemas that want the same name and are written the same (Cloudflare repeats an inline <c>match</c> in every
/// product that filters requests) are one type.</item>
/// <item>A schema that wants a name another, different schema holds is named by where it is used: the first literal
/// segment of its operation's path that differs from the holder's (<c>/alerting/…/policies</c> beside
/// <c>/access/…/policies</c> gives <c>AlertingCreatePolicyRequest</c>), longer runs of segments, then its tag. The name
/// depends on the two schemas alone, so adding, removing or reordering unrelated parts of the spec does not change it;
/// a counter would shift with every schema of that name before it.</item>
/// <item>Only when none of that tells them apart is a number added, with SHARESGEN007.</item>
/// </list>
/// </summary>
internal sealed class TypeNamer
{
    private readonly NameScope _scope;
    private readonly ReadContext _context;
    private readonly Dictionary<string, UseSite?> _holders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SameWanted> _byWanted = new();
    private int _unwritable;

    /// <summary>The buffer <see cref="Structure"/> writes into, reused from schema to schema.</summary>
    private readonly System.Text.StringBuilder _structure = new();

    /// <summary>The last structure <see cref="StructureOf"/> wrote: <see cref="Remember"/> follows <see cref="Existing"/> for the same schema.</summary>
    private (OpenApiSchema Schema, string Qualifier, string Structure)? _lastStructure;

    public TypeNamer(NameScope scope, ReadContext context)
    {
        _scope = scope;
        _context = context;
    }

    /// <summary>The type already made for a schema written like <paramref name="schema"/> that wanted the same name, if any.</summary>
    /// <param name="qualifier">Appended to the schema's structure: what else, beside the schema, makes the type (a union's alternatives).</param>
    public TypeRef? Existing(string wanted, OpenApiSchema schema, string qualifier = "")
        => _byWanted.TryGetValue(wanted, out var same) && same.Written(this).TryGetValue(StructureOf(schema, qualifier), out var type)
            ? type
            : null;

    /// <summary>Records the type made for <paramref name="schema"/>, so an identical schema of the same wanted name reuses it.</summary>
    public void Remember(string wanted, OpenApiSchema schema, TypeRef type, string qualifier = "")
    {
        if (_byWanted.TryGetValue(wanted, out var same))
        {
            same.Written(this)[StructureOf(schema, qualifier)] = type;
        }
        else
        {
            _byWanted[wanted] = new SameWanted(schema, qualifier, type);
        }
    }

    /// <summary>A unique C# name for a new type that wants <paramref name="wanted"/>.</summary>
    /// <param name="owner">The spec name asking (a component, or the pointer of an inline schema), for SHARESGEN007.</param>
    /// <param name="site">Where the schema is used; null when it is not under an operation.</param>
    /// <param name="spelling">A component's name as the spec spells it, tried first when <paramref name="wanted"/> is taken: the <c>schemas-</c> part bundling added (<c>schemas-role</c> beside <c>role</c>) tells them apart. Never its hash suffix, which changes with every bundling: hashes are told apart by use site.</param>
    /// <param name="yieldBareName">
    /// Leave <paramref name="wanted"/> itself to a schema with a better claim to it, whether or not it has come yet, and
    /// start at the use-site qualifiers: an inline schema yields to a component of that name, a component with a
    /// bundler hash to the one without. Which is met first then no longer decides who gets the plain name.
    /// </param>
    public string Claim(string wanted, string owner, UseSite? site, string pointer, string? spelling = null, bool yieldBareName = false)
    {
        if (!yieldBareName && _scope.TryClaim(wanted, owner))
        {
            _holders[wanted] = site;
            return wanted;
        }

        if (spelling is not null && spelling != wanted && _scope.TryClaim(spelling, owner))
        {
            _holders[spelling] = site;
            return spelling;
        }

        if (site is not null)
        {
            _holders.TryGetValue(wanted, out var holder);
            foreach (var qualifier in Qualifiers(site, holder))
            {
                var qualified = Naming.Limit(qualifier + wanted);
                if (_scope.TryClaim(qualified, owner))
                {
                    _holders[qualified] = site;
                    return qualified;
                }
            }
        }

        var name = _scope.Claim(wanted, owner, out var collided);
        _context.Report(DiagnosticDescriptors.NameCollision, pointer, collided ?? wanted, owner, wanted, name);
        return name;
    }

    /// <summary>
    /// The prefixes that tell <paramref name="site"/> from <paramref name="holder"/>: runs of literal path segments
    /// starting at the first one that differs (at the product when the holder has no use site), then the tag.
    /// </summary>
    private static IEnumerable<string> Qualifiers(UseSite site, UseSite? holder)
    {
        var mine = LiteralSegments(site.Path);
        int start;
        if (holder is null)
        {
            start = ProductIndex(site.Path);
        }
        else
        {
            var theirs = LiteralSegments(holder.Path);
            start = 0;
            while (start < mine.Count && start < theirs.Count && mine[start] == theirs[start])
            {
                start++;
            }
        }

        for (var end = start; end < mine.Count; end++)
        {
            yield return string.Concat(mine.Skip(start).Take(end - start + 1).Select(segment => Naming.ToPascalCase(segment)));
        }

        if (site.Tag is { } tag && tag != holder?.Tag)
        {
            yield return Naming.ToPascalCase(tag);
        }
    }

    private static List<string> LiteralSegments(string path)
        => path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Where(s => !(s.StartsWith("{", StringComparison.Ordinal) && s.EndsWith("}", StringComparison.Ordinal))).ToList();

    /// <summary>The index, among literal segments, of the product: after a leading <c>scope/{id}</c> pair (<c>/accounts/{id}/</c>).</summary>
    private static int ProductIndex(string path)
    {
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[1].StartsWith("{", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>
    /// The schema as the spec writes it (references as <c>$ref</c>s), the identity of "written the same": descriptions
    /// and examples count too, so two schemas that share a type generate the same code whichever is met first.
    /// </summary>
    public string Structure(OpenApiSchema schema)
    {
        try
        {
            _structure.Clear();
            using var text = new StringWriter(_structure, System.Globalization.CultureInfo.InvariantCulture);
            schema.SerializeAsV3WithoutReference(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }));
            return _structure.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Something the writer cannot write: never the same as another schema.
            return "#" + (++_unwritable).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private string StructureOf(OpenApiSchema schema, string qualifier)
    {
        if (_lastStructure is { } last && ReferenceEquals(last.Schema, schema) && last.Qualifier == qualifier)
        {
            return last.Structure;
        }

        var structure = Structure(schema) + qualifier;
        _lastStructure = (schema, qualifier, structure);
        return structure;
    }

    /// <summary>
    /// The types made for schemas that wanted one name, by structure. Most names are wanted once: the first schema's
    /// structure is written only when a second schema wants its name, so a spec whose names are all different writes none.
    /// </summary>
    private sealed class SameWanted
    {
        private OpenApiSchema? _first;
        private readonly string _firstQualifier;
        private readonly TypeRef _firstType;
        private Dictionary<string, TypeRef>? _byStructure;

        public SameWanted(OpenApiSchema first, string qualifier, TypeRef type)
        {
            _first = first;
            _firstQualifier = qualifier;
            _firstType = type;
        }

        public Dictionary<string, TypeRef> Written(TypeNamer namer)
        {
            if (_byStructure is null)
            {
                _byStructure = new Dictionary<string, TypeRef> { [namer.StructureOf(_first!, _firstQualifier)] = _firstType };
                _first = null;
            }

            return _byStructure;
        }
    }
}
