using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Runtime;
using SharesGen.Testing.Contracts;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Spec text never becomes code. <c>Specs/hostile.yaml</c> puts <c>*/</c>, <c>&lt;/summary&gt;</c>, quotes,
/// backslashes, newlines followed by code, <c>#if</c>/<c>#error</c>, braces, <c>\u0022</c>-style escapes, bidi
/// and NUL-like control characters into its title, descriptions, summaries, examples, enum values, property,
/// parameter and component names, operationIds, paths and server; and names C# cannot take as they are
/// (keywords, leading digits, hyphens, dots, spaces, non-ASCII, names equal after casing). The output must
/// compile without a warning and, read back by reflection from the compiled assembly, have exactly the public
/// types and members listed here: nothing the text smuggled in, every name valid, unique and stable, and the
/// text itself kept exactly, as string values.
/// </summary>
public class HostileTextTests
{
    private const string Namespace = "Tests.Hostile";

    private GeneratorRun _run = null!;
    private GeneratedAssembly _assembly = null!;

    private static SpecFile HostileSpec()
        => SpecFile.FromDisk(Path.Combine(RepositoryPaths.TestProject, "Specs", "hostile.yaml")) with { Namespace = Namespace, ClientName = "HostileClient" };

    [OneTimeSetUp]
    public void GenerateAndLoad()
    {
        _run = GeneratorHarness.Run(HostileSpec());
        GeneratorAssertions.DidNotCrash(_run);
        GeneratorAssertions.CompilesCleanly(_run);
        _assembly = GeneratedAssembly.Load(_run);
    }

    [OneTimeTearDown]
    public void Unload() => _assembly?.Dispose();

    [Test]
    public void GeneratorReportsExactlyTheInvalidComponentKeyAndTheNameCollisions()
    {
        var reported = _run.GeneratorDiagnostics
            .Select(d => $"{d.Id} {d.Severity}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal);

        Assert.That(reported, Is.EqualTo(new[]
        {
            @"SHARESGEN003 Error: The spec 'hostile.yaml' is not valid OpenAPI at '#/components': The key 'größe wert' in 'schemas' of components MUST match the regular expression '^[a-zA-Z0-9\.\-_]+$'.",
            "SHARESGEN007 Warning: 'A.B' and 'AB' both map to the C# name 'ABOperations'; the second is emitted as 'ABOperations2'",
            "SHARESGEN007 Warning: 'AdditionalProperties' and 'additional_properties' both map to the C# name 'AdditionalProperties'; the second is emitted as 'AdditionalProperties2'",
            "SHARESGEN007 Warning: 'ToString' and 'to_string' both map to the C# name 'ToString'; the second is emitted as 'ToString2'",
            "SHARESGEN007 Warning: 'Widget' and 'widget' both map to the C# name 'Widget'; the second is emitted as 'Widget2'",
            // Spec names that meet only after casing are told apart by their spelling (FooBarCamelCase), names without a
            // letter are spelled out (Empty, LeftBraceSpaceRightBrace), and the identical foo_bar and fooBar components
            // are one type: only the names C# itself holds (the type's own, ToString, AdditionalProperties) need a number.
        }));
    }

    /// <summary>Checked in the set-up too; stated here so a failure has a name that says what broke.</summary>
    [Test]
    public void GeneratedCodeCompilesWithoutASingleWarning() => GeneratorAssertions.CompilesCleanly(_run);

    [Test]
    public void CompiledAssemblyHasExactlyTheExpectedPublicTypesAndMembers()
    {
        var actual = Flatten(PublicSurface.Of(_assembly.Assembly));
        var expected = Flatten(ExpectedSurface());

        Assert.Multiple(() =>
        {
            Assert.That(actual.Except(expected), Is.Empty, "public types or members that should not exist");
            Assert.That(expected.Except(actual), Is.Empty, "public types or members that are missing");
        });
    }

    /// <summary>Free text carries <c>class Pwned</c> in every form; no type or member, public or not, may bear the word.</summary>
    [Test]
    public void NoTypeOrMemberCarriesTheNameSmuggledInThroughSpecText()
        => Assert.That(PublicSurface.AllNames(_assembly.Assembly).Where(n => n.Contains("Pwned", StringComparison.OrdinalIgnoreCase)), Is.Empty);

    /// <summary>
    /// <c>#if</c>, <c>#error</c> and <c>#endif</c> at the start of spec lines stay comment text: the only directives in
    /// the output are the generator's own.
    /// </summary>
    [Test]
    public void TheOnlyPreprocessorDirectivesAreTheGeneratorsOwn()
    {
        var directives = _run.Sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText, GeneratorHarness.ParseOptions).GetRoot().DescendantTrivia(descendIntoTrivia: true))
            .Where(t => t.IsDirective)
            .Select(t => t.ToString().Trim())
            .Distinct()
            .OrderBy(t => t, StringComparer.Ordinal);

        Assert.That(directives, Is.EqualTo(new[]
        {
            "#nullable enable",
            "#pragma warning disable CS0618 // Deprecated members are still written.",
            "#pragma warning disable CS0618 // Deprecated members still round-trip.",
            "#pragma warning disable CS1591 // The spec describes not every parameter, and a made-up sentence is no documentation.",
            "#pragma warning restore CS0618",
        }));
    }

    /// <summary>
    /// Every identifier in the generated code, locals included, is letters, digits and underscores: no format or
    /// bidi character (C# would accept one inside an identifier), no <c>\u0041</c>-style escape (C# would decode it),
    /// and no more than the 512 characters the compiler takes.
    /// </summary>
    [Test]
    public void EveryIdentifierIsPlainLettersDigitsAndUnderscores()
    {
        var offending = _run.Sources
            .SelectMany(s => CSharpSyntaxTree.ParseText(s.SourceText, GeneratorHarness.ParseOptions).GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
            .Where(t => !IsPlainIdentifier(t.ValueText) || (t.Text != t.ValueText && t.Text != "@" + t.ValueText))
            .Select(t => t.Text)
            .Distinct();

        Assert.Multiple(() =>
        {
            Assert.That(offending, Is.Empty);
            Assert.That(PublicSurface.WrittenIdentifiers(_assembly.Assembly).Where(n => !IsPlainIdentifier(n) || !SyntaxFacts.IsValidIdentifier(n)), Is.Empty);
        });
    }

    /// <summary>Distinct spec names never share a C# name, not even one that differs only in case.</summary>
    [Test]
    public void DistinctSpecNamesGetDistinctIdentifiers()
    {
        var model = _run.Model;
        Assert.Multiple(() =>
        {
            Assert.That(model.Objects.Select(o => o.Name).Concat(model.Enums.Select(e => e.Name)), Is.Unique.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), "type names");
            foreach (var dto in model.Objects)
            {
                Assert.That(dto.Properties.Select(p => p.Name), Is.Unique.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), dto.Name + " members");
                Assert.That(dto.Properties.Select(p => p.JsonName), Is.Unique, dto.Name + " wire names");
            }

            foreach (var @enum in model.Enums)
            {
                Assert.That(@enum.Members.Select(m => m.Name), Is.Unique.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), @enum.Name + " members");
            }

            Assert.That(model.Operations.Select(o => string.Join(".", o.Group) + "." + o.MethodName), Is.Unique, "operations");
            foreach (var operation in model.Operations)
            {
                Assert.That(operation.Parameters.Select(p => p.Name), Is.Unique, operation.OperationId + " parameters");
            }
        });
    }

    /// <summary>The same spec, read by two fresh drivers, gives the same model and byte-identical files.</summary>
    [Test]
    public void SameSpecTwiceGivesIdenticalOutput()
    {
        var again = GeneratorHarness.Run(HostileSpec());

        Assert.Multiple(() =>
        {
            Assert.That(again.Model, Is.EqualTo(_run.Model));
            Assert.That(again.HintNames, Is.EqualTo(_run.HintNames));
            Assert.That(again.Sources.Select(s => s.SourceText.ToString()), Is.EqualTo(_run.Sources.Select(s => s.SourceText.ToString())));
        });
    }

    /// <summary>Text that reaches code as a literal decodes back to exactly what the spec says.</summary>
    [Test]
    public void SpecTextSurvivesAsExactStringValues()
    {
        var client = _assembly.Type(Namespace + ".HostileClient");
        var widgetEvent = _assembly.Type(Namespace + ".WidgetEvent");
        var examples = _assembly.Type(Namespace + ".HostileClientExamples");
        var contract = (ApiContract)_assembly.Type(Namespace + ".HostileClientContract").GetProperty("Contract")!.GetValue(null)!;
        var listExample = JsonNode.Parse((string)examples.GetField("WidgetsListResponse")!.GetRawConstantValue()!)![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(client.GetField("DefaultBaseAddress")!.GetRawConstantValue(), Is.EqualTo("https://api.example.invalid/v1\"; } public class Pwned { //\n#error server"));
            Assert.That(((IEnumerable)widgetEvent.GetProperty("KnownValues")!.GetValue(null)!).Cast<object>().Select(v => v.ToString()), Is.EqualTo(new[]
            {
                "open", "close", "\"); } #error { //", "line\n}\nclass Injected {}\n//", "class", "event", "0rtt", "", "foo_bar", "fooBar",
                "\u202Eevil", "#if X", "größe", "a.b c-d", "\\u0022",
            }));
            Assert.That((string?)listExample["class"], Is.EqualTo("\"); } class Pwned { //"));
            Assert.That((string?)listExample["*/ \n#error key"], Is.EqualTo("\u202E\0"));
            Assert.That(contract.Operations.Select(o => $"{o.Method} {o.PathTemplate} {o.OperationId}"), Is.EquivalentTo(new[]
            {
                "GET /widgets widgets-list\"); } public class Pwned { //",
                "PUT /widgets/{widget-id} */ #error put",
                "DELETE /widgets/{widget-id} widget-delete\u202E",
                "GET /0rtt/class/event-log/größe.v2/{id} #if X",
                "POST /echo/\"); } #error {} */ // echo",
                "GET /a_b a-b-list",
                "GET /a/b a-slash-b-list",
                "GET /hostile_client client-named",
                "GET /widgets/list_async widgets-list-async",
                "GET /widgets/{widget-id}/parts widget-parts-list",
            }));
            Assert.That(contract.Operation("widgets-list\"); } public class Pwned { //").Parameters.Select(p => p.Name), Is.EqualTo(new[]
            {
                "class", "event", "0rtt", "foo_bar", "fooBar", "request", "response", "cancellation_token", "\"); System.Environment.Exit(1); //", "X-Trace.Id value\u202E",
            }));
            Assert.That(contract.Schemas.Keys, Does.Contain("größe wert").And.Contain("my-widget.v2"));
        });
    }

    /// <summary>Every hostile wire name reads into its own member and writes back unchanged; none falls through to AdditionalProperties.</summary>
    [Test]
    public void HostileWireNamesRoundTripThroughTheGeneratedConverter()
    {
        var wire = new JsonObject
        {
            ["class"] = "c", ["0rtt"] = true, ["foo_bar"] = "snake", ["fooBar"] = "camel", ["größe"] = 1.5, ["x.y z-w"] = 5,
            ["\"quoted\" \\ */"] = "quoted", ["名前"] = "name", ["value"] = "v", ["value_member"] = "vm", ["reader"] = "r",
            ["additional_properties"] = "ap", ["widget"] = "w", ["to_string"] = "ts", ["kelvin"] = "k", ["\u212Aelvin"] = "kelvin sign",
            ["\\u0041dmin"] = "escape", ["nul\0name\u0001"] = "nul", ["\u202Eevil\u2066"] = "bidi", ["{ }"] = "braces", ["#if DEBUG"] = "directive",
            ["event"] = "\"); } #error { //",
        };
        var widgetType = _assembly.Type(Namespace + ".Widget");
        var options = (JsonSerializerOptions)_assembly.Type(Namespace + ".HostileClientJson").GetProperty("Options")!.GetValue(null)!;

        var widget = JsonSerializer.Deserialize(wire.ToJsonString(), widgetType, options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(widget, widgetType, options))!.AsObject();

        string? Member(string name) => widgetType.GetProperty(name)!.GetValue(widget)?.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(widgetType.GetProperty("AdditionalProperties")!.GetValue(widget), Is.Null, "every wire name has a member");
            Assert.That(Member("FooBar"), Is.EqualTo("snake"));
            Assert.That(Member("FooBarCamelCase"), Is.EqualTo("camel"));
            Assert.That(Member("Kelvin"), Is.EqualTo("k"));
            Assert.That(Member("\u212Aelvin"), Is.EqualTo("kelvin sign"));
            Assert.That(Member("U0041dmin"), Is.EqualTo("escape"));
            Assert.That(Member("NulName"), Is.EqualTo("nul"));
            Assert.That(Member("Evil"), Is.EqualTo("bidi"));
            Assert.That(Member("Value"), Is.EqualTo("v"));
            Assert.That(Member("LeftBraceSpaceRightBrace"), Is.EqualTo("braces"));
            Assert.That(Member("ValueMember"), Is.EqualTo("vm"));
            Assert.That(Member("Reader"), Is.EqualTo("r"));
            Assert.That(Member("AdditionalProperties2"), Is.EqualTo("ap"));
            Assert.That(Member("Event"), Is.EqualTo("\"); } #error { //"));
            Assert.That(written.Select(p => p.Key), Is.EquivalentTo(wire.Select(p => p.Key)));
            Assert.That(JsonNode.DeepEquals(written, wire), Is.True, written.ToJsonString());
        });
    }

    /// <summary>
    /// Parameters named like the method's own locals (<c>request</c>, <c>response</c>, the paging lambda's <c>token</c>
    /// and <c>pageNumber</c>) or like each other after casing each reach the request under their own wire name.
    /// </summary>
    [Test]
    public async Task HostileParameterNamesReachTheRequestUnderTheirOwnWireNames()
    {
        var (client, handler) = Client("[]");
        var widgets = Group(client, "Widgets");
        var listOptions = Options("WidgetsListOptions", ("Class", "c"), ("Event", 5L), ("_0rtt", true), ("FooBar", "snake"), ("FooBar2", "camel"), ("Request", "r"), ("Response", "s"), ("CancellationToken", "t"), ("SystemEnvironmentExit1", "exit"));
        await Invoke(widgets, "ListAsync", listOptions, CancellationToken.None);

        var paging = new RecordingHandler("""{"success":true,"errors":[],"messages":[],"result":[],"result_info":{"page":1,"per_page":20,"total_pages":1}}""");
        var pagedClient = Client(paging);
        var parts = Group(pagedClient, "Parts");
        var items = parts.GetType().GetMethod("ListAsync")!.Invoke(parts, new object?[] { "w/1", Options("PartsListOptions", ("Token", "tok"), ("PageNumber", 7L)), CancellationToken.None })!;
        await (Task)typeof(HostileTextTests).GetMethod(nameof(Drain), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(_assembly.Type(Namespace + ".GrößeWert")).Invoke(null, new[] { items })!;

        Assert.Multiple(() =>
        {
            var list = handler.Requests.Single().Request.RequestUri!;
            Assert.That(list.AbsolutePath, Is.EqualTo("/widgets"));
            Assert.That(Query(list), Is.EqualTo(new[]
            {
                "class=c", "event=5", "0rtt=true", "foo_bar=snake", "fooBar=camel", "request=r", "response=s", "cancellation_token=t",
                "\"); System.Environment.Exit(1); //=exit",
            }));
            var page = paging.Requests.Single().Request.RequestUri!;
            Assert.That(page.AbsolutePath, Is.EqualTo("/widgets/w%2F1/parts"));
            Assert.That(Query(page), Is.EqualTo(new[] { "token=tok", "page_number=7" }), "the paging lambda's own token and page number must not take their place");
        });
    }

    /// <summary>An optional body left null sends no body at all; one given is sent as its JSON.</summary>
    [Test]
    public async Task OptionalBodyIsSentOnlyWhenGiven()
    {
        var (client, handler) = Client("{}");
        var echo = Group(Group(Group(client, "Echo"), "Error"), "Value");
        var body = Activator.CreateInstance(_assembly.Type(Namespace + ".FooBar"))!;
        body.GetType().GetProperty("Id")!.SetValue(body, "\u202E\"");

        await Invoke(echo, "CreateAsync", null, null, CancellationToken.None);
        await Invoke(echo, "CreateAsync", body, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(handler.Requests[0].Body, Is.Null);
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(handler.Requests[1].Body!), new JsonObject { ["id"] = "\u202E\"" }), Is.True, handler.Requests[1].Body);
            Assert.That(handler.Requests[0].Request.RequestUri!.AbsolutePath, Is.EqualTo("/echo/%22);%20%7D%20%23error%20%7B%7D%20*/%20//"));
        });
    }

    /// <summary>The public API, type by type. DTOs and extensible enums have a fixed shape around the names the spec gives.</summary>
    private static Dictionary<string, string[]> ExpectedSurface() => new()
    {
        [Namespace + ".Class"] = Dto("Event"),
        [Namespace + ".Event"] = ExtensibleEnum("Start", "Stop"),
        [Namespace + ".FooBar"] = Dto("Id"),
        [Namespace + ".GrößeWert"] = Dto("Size"),
        [Namespace + ".MyWidgetV2"] = Dto("Class"),
        [Namespace + ".Widget"] = Dto(
            "AdditionalProperties2", "Child", "Class", "Created", "Event", "EventKind", "Evil", "FooBar", "FooBarCamelCase", "Größe", "IfDEBUG",
            "Kelvin", "\u212Aelvin", "LeftBraceSpaceRightBrace", "Legacy", "Nested", "NulName", "Quoted", "Reader", "Tags", "ToString2", "U0041dmin",
            "Value", "ValueMember", "Versioned", "Widget2", "XYZW", "_0rtt", "名前"),
        [Namespace + ".WidgetEvent"] = ExtensibleEnum(
            "ABCD", "Class", "Close", "Empty", "Error", "Event", "Evil", "FooBar", "FooBarCamelCase", "Größe", "IfX", "LineClassInjected", "Open",
            "U0022", "_0rtt"),
        [Namespace + ".WidgetNested"] = Dto("AsteriskSlash"),
        [Namespace + "._0rtt"] = Dto("Kind"),
        [Namespace + "._0rttKind"] = ExtensibleEnum("A", "B"),
        [Namespace + ".ABOperations"] = new[] { "IfDEBUGAsync(options, cancellationToken)" },
        [Namespace + ".ABOperations2"] = new[] { "ListAsync(options, cancellationToken)" },
        [Namespace + ".AOperations"] = new[] { "B { get; }" },
        [Namespace + ".EchoErrorOperations"] = new[] { "Value { get; }" },
        [Namespace + ".EchoErrorValueOperations"] = new[] { "CreateAsync(body, options, cancellationToken)" },
        [Namespace + ".EchoOperations"] = new[] { "Error { get; }" },
        [Namespace + ".HostileClient"] = new[] { ".ctor(httpClient, options)", ".ctor(options)", "A { get; }", "AB { get; }", "Echo { get; }", "HostileClient2 { get; }", "Parts { get; }", "Widgets { get; }", "_0rtt2 { get; }", "const DefaultBaseAddress" },
        [Namespace + ".HostileClientOperations"] = new[] { "ListAsync(options, cancellationToken)" },
        [Namespace + ".PartsListOptions"] = new[] { ".ctor()", "Page { get; set; }", "PageNumber { get; set; }", "PerPage { get; set; }", "Token { get; set; }" },
        [Namespace + ".PartsOperations"] = new[] { "ListAsync(widgetId, options, cancellationToken)" },
        [Namespace + ".WidgetsListAsyncOperations"] = new[] { "ListAsync(options, cancellationToken)" },
        [Namespace + ".WidgetsListOptions"] = new[] { ".ctor()", "CancellationToken { get; set; }", "Class { get; set; }", "Event { get; set; }", "FooBar { get; set; }", "FooBar2 { get; set; }", "Request { get; set; }", "Response { get; set; }", "SystemEnvironmentExit1 { get; set; }", "XTraceIdValue { get; set; }", "_0rtt { get; set; }" },
        [Namespace + ".WidgetsOperations"] = new[] { "DeleteAsync(widgetId, options, cancellationToken)", "ListAsync(options, cancellationToken)", "ListAsync2 { get; }", "UpdateAsync(widgetId, body, options, cancellationToken)" },
        [Namespace + "._0rttClassEventLogGrößeV2Operations"] = new[] { "GetAsync(id, options, cancellationToken)" },
        [Namespace + "._0rttClassEventLogOperations"] = new[] { "GrößeV2 { get; }" },
        [Namespace + "._0rttClassOperations"] = new[] { "EventLog { get; }" },
        [Namespace + "._0rttOperations"] = new[] { "Class2 { get; }" },
        [Namespace + ".HostileClientContract"] = new[] { "static Contract { get; }" },
        [Namespace + ".HostileClientExamples"] = new[] { "const WidgetExample", "const WidgetsListResponse", "const WidgetsUpdateRequestErrorX" },
        [Namespace + ".HostileClientJson"] = new[] { "static Options { get; }", "static TypeInfoResolver { get; }" }
            .Concat(new[] { "Class", "FooBar", "GrößeWert", "MyWidgetV2", "Widget", "WidgetNested", "_0rtt" }.SelectMany(t => JsonTypeInfo(t)))
            .Concat(new[] { "Event", "WidgetEvent", "_0rttKind" }.SelectMany(t => JsonTypeInfo(t, extensibleEnum: true)))
            .ToArray(),
        [Namespace + ".HostileClientServiceCollectionExtensions"] = new[]
        {
            "static AddHostileClient(services, configuration, configure)", "static AddHostileClient(services, configure)",
        },
    };

    private static string[] Dto(params string[] properties)
        => properties.Select(p => p + " { get; set; }").Concat(new[] { ".ctor()", "AdditionalProperties { get; set; }" }).ToArray();

    private static string[] ExtensibleEnum(params string[] knownValues)
        => knownValues.Select(v => "static " + v + " { get; }").Concat(new[]
        {
            ".ctor(value)", "Equals(obj)", "Equals(other)", "GetHashCode()", "IsKnown { get; }", "ToString()", "Value { get; }",
            "static KnownValues { get; }", "static op_Equality(left, right)", "static op_Implicit(value)", "static op_Inequality(left, right)",
        }).ToArray();

    /// <summary>The typed accessors of <c>{Client}Json</c> for one generated type, named as System.Text.Json names them.</summary>
    private static string[] JsonTypeInfo(string type, bool extensibleEnum = false)
        => new[] { $"static {type} {{ get; }}", $"static IList{type} {{ get; }}" }.Concat(extensibleEnum ? new[] { $"static Nullable{type} {{ get; }}" } : Array.Empty<string>()).ToArray();

    private static SortedSet<string> Flatten(IEnumerable<KeyValuePair<string, string[]>> surface)
        => new(surface.SelectMany(type => new[] { type.Key }.Concat(type.Value.Select(member => type.Key + " :: " + member))), StringComparer.Ordinal);

    private static bool IsPlainIdentifier(string name)
        => name.Length is > 0 and <= 512
           && name.All(c => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
               or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
               or UnicodeCategory.DecimalDigitNumber);

    private (object Client, RecordingHandler Handler) Client(string responseJson)
    {
        var handler = new RecordingHandler(responseJson);
        return (Client(handler), handler);
    }

    private object Client(RecordingHandler handler)
    {
        var options = new ApiClientOptions { Credentials = ApiCredentials.None, BaseAddress = new Uri("https://api.example.test/") };
        return Activator.CreateInstance(_assembly.Type(Namespace + ".HostileClient"), new HttpClient(handler), options)!;
    }

    private static object Group(object parent, string property) => parent.GetType().GetProperty(property)!.GetValue(parent)!;

    /// <summary>Calls a generated method and returns its <c>ApiCall</c> as a task.</summary>
    private static Task Invoke(object target, string method, params object?[] arguments)
    {
        var call = target.GetType().GetMethod(method)!.Invoke(target, arguments)!;
        return (Task)call.GetType().GetMethod("AsTask")!.Invoke(call, null)!;
    }

    /// <summary>An operation's options object with these properties set.</summary>
    private object Options(string typeName, params (string Property, object? Value)[] values)
    {
        var options = Activator.CreateInstance(_assembly.Type(Namespace + "." + typeName))!;
        foreach (var (property, value) in values)
        {
            options.GetType().GetProperty(property)!.SetValue(options, value);
        }

        return options;
    }

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
        }
    }

    /// <summary>The query as decoded <c>name=value</c> pairs, in order.</summary>
    private static string[] Query(Uri uri)
        => uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => string.Join("=", pair.Split('=').Select(Uri.UnescapeDataString)))
            .ToArray();
}
