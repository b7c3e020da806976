using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>
/// A generated form: the class a <c>multipart/form-data</c> body's schema becomes, one property per part, which writes
/// itself into the runtime's <c>MultipartFormBody</c>.
/// </summary>
/// <param name="Name">Its C# name: the component's with <c>Form</c> (<c>CaptionBasicUploadForm</c>), or the operation's (<c>CreateImportForm</c>, after the operation, as a JSON body's <c>CreateShareRequest</c> is).</param>
/// <param name="SpecPointer">Where the spec defines the schema, for the summary when the spec gives no description.</param>
internal sealed record FormModel(string Name, string? Description, EquatableArray<FormPartModel> Parts, string SpecPointer);

/// <summary>How a part is written, by its schema (OpenAPI 3.0.3's <c>encoding</c> defaults).</summary>
internal enum FormPartKind
{
    /// <summary>A string, number, boolean, date-time or enum: its text, as UTF-8.</summary>
    Text,

    /// <summary><c>format: binary</c>: the runtime's <c>FormFile</c> (bytes, file name, media type).</summary>
    File,

    /// <summary>An object, an array or free-form JSON: written by its converter as <c>application/json</c>.</summary>
    Json,
}

/// <summary>One part a form's schema declares.</summary>
/// <param name="WireName">The part's name, as the spec's property spells it.</param>
/// <param name="PropertyName">The form's C# property.</param>
/// <param name="Type">The value's type: the scalar of a text part, the JSON type of a JSON part; a file part's is <see cref="TypeRef.String"/> (unused).</param>
/// <param name="IsList">A list of files (<c>type: array, items: {format: binary}</c>): one part per file, all of this name.</param>
/// <param name="ContentType">The media type the spec's <c>encoding</c> gives the part, when it does; a file's own wins over it.</param>
internal sealed record FormPartModel(
    string WireName,
    string PropertyName,
    FormPartKind Kind,
    TypeRef Type,
    bool IsList,
    bool IsRequired,
    string? Description,
    string? ContentType,
    string? ObsoleteMessage);
