using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NUnit.Framework;
using SharesGen.Generator.Reading;
using SharpYaml.Serialization;

namespace SharesGen.Generator.Tests;

/// <summary>
/// <see cref="SpecPositions"/> (one pass over the parser's events) must place every node, key and <c>$ref</c> exactly where
/// <see cref="SpecTree"/> (SharpYaml's node tree, what the locator used before) does, or hand the text to the tree.
/// </summary>
public class SpecPositionsTests
{
    private const string Plain = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      tags: [x, y]\n      responses:\n        4xx: {description: bad}\n        '200':\n          description: \"ok\\u00e9\"\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Missing'}\n    parameters:\n      - $ref: '#/components/parameters/Id'\n      - name: q\n        in: query\n        schema:\n          $ref: \"#/components/schemas/Missing\"\n          description: |\n            block\n            text\n        empty:\n        'a~b/c': v\n";

    private static IEnumerable<TestCaseData> Texts()
    {
        yield return new TestCaseData(Plain).SetName("Block, flow, quoted, literal and empty values");
        yield return new TestCaseData(Plain.Replace("\n", "\r\n")).SetName("CRLF line ends");
        yield return new TestCaseData(Plain.Replace("\n", "\r")).SetName("CR line ends");
        yield return new TestCaseData(Plain.Replace("block\n", "bl\u2028ock\u0085x\n")).SetName("Unicode line breaks in a scalar");
        yield return new TestCaseData("{\"openapi\": \"3.0.3\", \"paths\": {\"/a\": {\"get\": {\"responses\": {\"4xx\": {\"$ref\": \"#/components/responses/Missing\"}}}}},\n \"list\": [1, {\"$ref\": \"Missing\"}, [2]]}").SetName("JSON");
        yield return new TestCaseData("").SetName("Empty text");
        yield return new TestCaseData("just a scalar").SetName("A scalar document");
        yield return new TestCaseData("- a\n- $ref: Missing\n- [b]\n").SetName("A sequence document");
        yield return new TestCaseData("paths:\n  /a: {}\n\t bad: [\n").SetName("Unparseable text");
        yield return new TestCaseData("a: &x {$ref: Missing}\nb: *x\n").SetName("Anchors and aliases (the tree answers)");
        yield return new TestCaseData("a: 1\na: 2\n").SetName("Duplicate keys (the tree answers)");
        yield return new TestCaseData("? [a, b]\n: c\nd: {$ref: Missing}\n").SetName("A key that is a sequence (the tree answers)");
        yield return new TestCaseData("a: {$ref: Missing}\n---\nb: 2\n").SetName("Two documents (the tree answers)");
        yield return new TestCaseData(File.ReadAllText(RepositoryPaths.SharesSpec)).SetName("The Resource Sharing fragment");
        yield return new TestCaseData(File.ReadAllText(Path.Combine(RepositoryPaths.TestProject, "Specs", "hostile.yaml"))).SetName("The hostile spec");
    }

    [TestCaseSource(nameof(Texts))]
    public void Every_node_key_and_reference_is_where_the_tree_puts_it(string text) => AssertSamePlaces(text, everyNth: 1);

    /// <summary>Every 7th node of the whole API (all of them take minutes against the tree's linear lookups), and every reference.</summary>
    [Test]
    public void The_whole_2023_api_is_placed_as_the_tree_places_it()
        => AssertSamePlaces(File.ReadAllText(RepositoryPaths.CloudflareWholeApi), everyNth: 7, expectEvents: true);

    private static void AssertSamePlaces(string text, int everyNth, bool expectEvents = false)
    {
        var tree = SpecTree.Read(text);
        ISpecPlaces events;
        try
        {
            events = SpecPositions.Read(text) ?? (ISpecPlaces)tree;
        }
        catch (SharpYaml.YamlException)
        {
            Assert.That(tree.Resolve(new[] { "paths" }), Is.EqualTo(((TextPlace?)null, (TextPlace?)null)), "the tree fails on the same text");
            return;
        }

        if (expectEvents)
        {
            Assert.That(events, Is.InstanceOf<SpecPositions>());
        }

        var pointers = PointersOf(text).Where((_, i) => i % everyNth == 0).ToList();
        Assert.Multiple(() =>
        {
            foreach (var segments in pointers)
            {
                Assert.That(events.Resolve(segments), Is.EqualTo(tree.Resolve(segments)), "/" + string.Join("/", segments));
                var beyond = segments.Append("nowhere").ToArray();
                Assert.That(events.Resolve(beyond), Is.EqualTo(tree.Resolve(beyond)), "/" + string.Join("/", beyond));
            }

            foreach (var target in new[] { "Missing", "4XX", "200", "requestBody" }.Concat(ReferenceTargets(text)).Distinct())
            {
                Assert.That(events.RefsTo(target), Is.EqualTo(tree.RefsTo(target)), target);
            }

            foreach (var key in new[] { "openapi", "swagger", "paths", "a" })
            {
                Assert.That(events.HasRootKey(key), Is.EqualTo(tree.HasRootKey(key)), key);
            }
        });
    }

    /// <summary>The segments of every node's path, the root's (none) first, from the tree.</summary>
    private static IEnumerable<string[]> PointersOf(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (SharpYaml.YamlException)
        {
            yield break;
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not { } root)
        {
            yield break;
        }

        var pending = new Stack<(YamlNode Node, string[] Segments)>();
        pending.Push((root, new string[0]));
        while (pending.Count > 0)
        {
            var (node, segments) = pending.Pop();
            yield return segments;
            if (segments.Length > 64)
            {
                continue;
            }

            var children = node switch
            {
                YamlMappingNode mapping => mapping.Children.Where(pair => pair.Key is YamlScalarNode).Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", pair.Value)),
                YamlSequenceNode sequence => sequence.Children.Select((child, i) => (i.ToString(CultureInfo.InvariantCulture), child)),
                _ => Enumerable.Empty<(string, YamlNode)>(),
            };
            foreach (var (segment, child) in children.Reverse())
            {
                pending.Push((child, segments.Append(segment).ToArray()));
            }
        }
    }

    private static IEnumerable<string> ReferenceTargets(string text)
        => System.Text.RegularExpressions.Regex.Matches(text, @"\$ref""?:\s*['""]?([^'""\s}]+)").Cast<System.Text.RegularExpressions.Match>()
            .Select(match => match.Groups[1].Value.Split('/').Last()).Take(200);
}
