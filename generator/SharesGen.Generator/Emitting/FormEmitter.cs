using System.Linq;
using SharesGen.Generator.Model;

namespace SharesGen.Generator.Emitting;

/// <summary>
/// Emits a form: one property per part a <c>multipart/form-data</c> body's schema declares, and
/// <c>ToMultipartFormBody()</c>, which writes the parts set, in the spec's order, into the runtime's
/// <c>MultipartFormBody</c> (the one place parts are encoded). Parts the spec does not describe go in
/// <c>AdditionalParts</c>, sent after them, so nothing a server accepts is out of reach.
/// </summary>
internal static class FormEmitter
{
    private const string Body = CodeNames.Runtime + ".MultipartFormBody";

    public static string Emit(string @namespace, FormModel model)
    {
        var names = new CodeNames(@namespace);
        var writer = Preamble.Begin(@namespace);
        DocComments.Summary(writer, model.Description, ObjectEmitter.Origin(model.SpecPointer));
        DocComments.Element(writer, "remarks", "The parts of a <c>multipart/form-data</c> body: set the ones to send; a part left null is not sent.", escape: false);
        writer.WriteLine(CodeNames.GeneratedCode);
        using (writer.OpenBlock($"public sealed partial class {model.Name} : {CodeNames.Runtime}.IMultipartForm"))
        {
            foreach (var part in model.Parts)
            {
                EmitProperty(writer, names, part);
            }

            DocComments.Element(writer, "summary", "Parts the spec does not describe, sent after the ones above, in their order.", escape: false);
            writer.WriteLine($"public {Body}? AdditionalParts {{ get; set; }}");
            writer.WriteLine();
            writer.WriteLine("/// <inheritdoc/>");
            using (writer.OpenBlock($"public {Body} ToMultipartFormBody()"))
            {
                var obsolete = model.Parts.Any(p => ObsoleteMessage(p) is not null);
                if (obsolete)
                {
                    writer.WriteLine("#pragma warning disable CS0618 // Deprecated parts are still sent when set.");
                }

                writer.WriteLine($"var form = new {Body}();");
                foreach (var part in model.Parts)
                {
                    EmitWrite(writer, names, part);
                    writer.WriteLine();
                }

                using (writer.OpenBlock("if (AdditionalParts is not null)"))
                {
                    writer.WriteLine("form.AddParts(AdditionalParts);");
                }

                if (obsolete)
                {
                    writer.WriteLine("#pragma warning restore CS0618");
                }

                writer.WriteLine("return form;");
            }
        }

        return Preamble.End(writer);
    }

    private static void EmitProperty(SourceWriter writer, CodeNames names, FormPartModel part)
    {
        if (string.IsNullOrWhiteSpace(part.Description))
        {
            DocComments.Element(writer, "summary", Remarks(part), escape: false);
        }
        else
        {
            DocComments.Element(writer, "summary", part.Description!, escape: true);
            DocComments.Element(writer, "remarks", Remarks(part), escape: false);
        }

        if (ObsoleteMessage(part) is { } message)
        {
            writer.WriteLine($"[global::System.Obsolete({Literals.String(message)})]");
        }

        var required = part.IsRequired ? "required " : string.Empty;
        writer.WriteLine($"public {required}{PropertyType(names, part)}{(part.IsRequired ? string.Empty : "?")} {part.PropertyName} {{ get; set; }}");
        writer.WriteLine();
    }

    private static string PropertyType(CodeNames names, FormPartModel part) => part switch
    {
        { Kind: FormPartKind.File, IsList: true } => $"global::System.Collections.Generic.IList<{CodeNames.Runtime}.FormFile>",
        { Kind: FormPartKind.File } => CodeNames.Runtime + ".FormFile",
        _ => names.Type(part.Type),
    };

    /// <summary>A required part is checked (a caller can still assign <c>null!</c>); an optional one is sent only when set.</summary>
    private static void EmitWrite(SourceWriter writer, CodeNames names, FormPartModel part)
    {
        var property = part.PropertyName;
        if (part.IsRequired && !IsValueType(part))
        {
            using (writer.OpenBlock($"if ({property} is null)"))
            {
                var message = $"The form part '{part.WireName}' is required: set {property}.";
                writer.WriteLine($"throw new global::System.ArgumentException({Literals.String(message)}, {Literals.String(property)});");
            }
        }

        if (part.IsRequired)
        {
            writer.WriteLine(Add(names, part, property));
            return;
        }

        using (writer.OpenBlock($"if ({property} is {{ }} {Local(property)})"))
        {
            writer.WriteLine(Add(names, part, Local(property)));
        }
    }

    /// <summary>The local an optional part's value is read into: never a keyword, never a property's name.</summary>
    private static string Local(string property) => "set" + property;

    private static string Add(CodeNames names, FormPartModel part, string value)
    {
        var wire = Literals.String(part.WireName);
        switch (part.Kind)
        {
            case FormPartKind.File when part.IsList:
                return $"foreach (var each in {value}) {{ form.AddFile({wire}, each); }}";
            case FormPartKind.File:
                return $"form.AddFile({wire}, {value});";
            case FormPartKind.Json:
                return $"form.AddJson({wire}, {value}, {names.Converter(part.Type)}{(part.Type.Kind == TypeKind.String ? "!" : string.Empty)}, {Literals.String(part.ContentType ?? "application/json")});";
            default:
                var contentType = part.ContentType is { } given ? ", " + Literals.String(given) : string.Empty;
                return $"form.Add({wire}, {Text(part.Type, value)}{contentType});";
        }
    }

    /// <summary>A text part's value as the API reads it: invariant numbers, <c>true</c>/<c>false</c>, RFC 3339, an enum's wire value.</summary>
    private static string Text(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Enum => value + ".Value",
        _ => $"{CodeNames.Runtime}.ApiRequest.FormatValue({value})",
    };

    private static bool IsValueType(FormPartModel part) => part.Kind != FormPartKind.File && part.Type.IsValueType;

    /// <summary>As for a DTO's members: a deprecated part the spec still requires is not marked (CS9042), its remarks say so.</summary>
    private static string? ObsoleteMessage(FormPartModel part) => part.IsRequired ? null : part.ObsoleteMessage;

    private static string Remarks(FormPartModel part)
    {
        var how = part switch
        {
            { Kind: FormPartKind.File, IsList: true } => "sent as one file part per file, each with its file name and media type",
            { Kind: FormPartKind.File } => "sent as a file, with its file name and media type",
            { Kind: FormPartKind.Json } => $"sent as <c>{Literals.DocInline(part.ContentType ?? "application/json")}</c>",
            { ContentType: { } contentType } => $"sent as <c>{Literals.DocInline(contentType)}</c> text in UTF-8",
            _ => "sent as text in UTF-8",
        };
        var text = $"Part <c>{Literals.DocInline(part.WireName)}</c>, {how}. " + (part.IsRequired ? "Required." : "Optional: not sent when null.");
        return part.IsRequired && part.ObsoleteMessage is not null ? text + " Deprecated by the API, but still required." : text;
    }
}
