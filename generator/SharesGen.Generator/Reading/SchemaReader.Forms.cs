using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi.Models;
using SharesGen.Generator.Diagnostics;
using SharesGen.Generator.Helpers;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Reading;

/// <summary>
/// Forms: a <c>multipart/form-data</c> body's schema as a class with one property per part, typed by how the part is
/// written (OpenAPI 3.0.3, "Special Considerations for multipart Content"): a scalar as text, <c>format: binary</c> as a
/// file, an object or an array as JSON.
/// </summary>
internal sealed partial class SchemaReader
{
    /// <summary>The members every form declares besides its parts.</summary>
    internal static readonly string[] FormOwnMembers = { "AdditionalParts", "ToMultipartFormBody" };

    private readonly List<FormModel> _forms = new();
    private readonly Dictionary<OpenApiSchema, TypeRef?> _formTypes = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<FormModel> Forms => _forms;

    /// <summary>
    /// The form a <c>multipart/form-data</c> schema becomes; null when it names no parts (the caller then fills a
    /// <c>MultipartFormBody</c> itself). A schema used by two operations is one form.
    /// </summary>
    /// <param name="schema">The media type's schema.</param>
    /// <param name="nameHint">The name an inline schema's form wants, before <c>Form</c>: <c>CreateImport</c> gives <c>CreateImportForm</c>.</param>
    /// <param name="encoding">The media type's <c>encoding</c>, by part name.</param>
    /// <param name="pointer">Where the schema is.</param>
    public TypeRef? ResolveForm(OpenApiSchema schema, string nameHint, IDictionary<string, OpenApiEncoding> encoding, string pointer)
    {
        _site = SiteOf(pointer);
        if (_formTypes.TryGetValue(schema, out var known))
        {
            return known;
        }

        pointer = PointerOf(schema, pointer);
        var view = View(schema, pointer);
        if (view.CompositionKeyword is not null)
        {
            // Cloudflare's image upload: its own metadata, and either a file or a url. Every alternative's parts may be sent.
            view = view.WithMembersOf(view.Alternatives.Where(a => a is not null).Select(a => View(a, pointer)).Where(a => a.Properties.Count > 0));
        }

        if (view.Properties.Count == 0)
        {
            _formTypes[schema] = null;
            return null;
        }

        // The types of its JSON and enum parts are named as the schema's own would be (ImageBasicUploadMetadata), not after the form.
        var baseName = schema.Reference?.Id is { } componentId ? Naming.TypeNameFromComponent(componentId, _componentPrefix) : Naming.ToPascalCase(nameHint, "Form");
        var name = _namer.Claim(FormName(baseName), schema.Reference?.Id ?? pointer, _site, pointer);
        var type = TypeRef.Object(name);
        _formTypes[schema] = type;

        var memberNames = new NameScope(ObjectMemberNames.Concat(FormOwnMembers).Append(name).ToArray());
        var parts = new List<FormPartModel>();
        foreach (var pair in view.Properties)
        {
            var partPointer = pointer + "/properties/" + PointerSegment.Escape(pair.Key);
            var wantedMember = Naming.MemberName(pair.Key);
            var member = memberNames.ClaimMember(wantedMember, pair.Key, out var collided);
            if (collided is not null)
            {
                _context.Report(DiagnosticDescriptors.NameCollision, partPointer, collided, pair.Key, wantedMember, member);
            }

            var partView = View(pair.Value, partPointer);
            var description = DescriptionOf(pair.Value);
            var contentType = encoding.TryGetValue(pair.Key, out var partEncoding) && !string.IsNullOrWhiteSpace(partEncoding?.ContentType)
                ? FirstMediaType(partEncoding!.ContentType)
                : null;
            var (kind, partType, isList) = PartOf(pair.Value, partView, baseName + Naming.ToPascalCase(pair.Key), partPointer);
            parts.Add(new FormPartModel(
                WireName: pair.Key,
                PropertyName: member,
                Kind: kind,
                Type: partType,
                IsList: isList,
                IsRequired: view.Required.Contains(pair.Key),
                Description: description,
                ContentType: contentType,
                ObsoleteMessage: partView.Deprecated ? description ?? "Deprecated by the API." : null));
        }

        _forms.Add(new FormModel(name, view.Description, parts.ToEquatableArray(), pointer));
        return type;
    }

    /// <summary><c>ImageBasicUpload</c> → <c>ImageBasicUploadForm</c>; a name that says it already is kept.</summary>
    private static string FormName(string name) => name.EndsWith("Form", System.StringComparison.Ordinal) ? name : Naming.Limit(name + "Form");

    /// <summary>How one part is written, by its schema: binary is a file, a scalar (or a schema that says nothing) text, anything else JSON.</summary>
    private (FormPartKind Kind, TypeRef Type, bool IsList) PartOf(OpenApiSchema schema, SchemaView view, string nameHint, string pointer)
    {
        if (view.Format is "binary")
        {
            return (FormPartKind.File, TypeRef.String, false);
        }

        if (view.Type == "array" && view.Items is { } items && View(items, pointer + "/items").Format is "binary")
        {
            return (FormPartKind.File, TypeRef.String, true);
        }

        if (IsTypeless(schema))
        {
            // Cloudflare's Workers upload: `"message": {description: …}`. Every part is bytes; text loses nothing.
            return (FormPartKind.Text, TypeRef.String, false);
        }

        var type = Resolve(schema, nameHint, pointer);
        return type.Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.DateTimeOffset or TypeKind.Enum
            ? (FormPartKind.Text, type, false)
            : (FormPartKind.Json, type, false);
    }

    /// <summary>
    /// An <c>encoding</c>'s <c>contentType</c> may list several (<c>image/png, image/jpeg</c>): the first is sent. One
    /// that is not a media type a header can carry is dropped, and the default for the part's kind is sent.
    /// </summary>
    private static string? FirstMediaType(string contentType)
    {
        var first = contentType.Split(',')[0].Trim();
        var slash = first.IndexOf('/');
        return slash > 0 && slash < first.Length - 1 && first.All(c => c > 32 && c < 127 && c != '"' && c != ';' && c != '\\') ? first : null;
    }
}
