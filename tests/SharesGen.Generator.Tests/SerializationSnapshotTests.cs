using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;

namespace SharesGen.Generator.Tests;

/// <summary>
/// The generated converters, run for real: a payload read into the generated DTOs and written back, through the
/// generated reflection-free <c>SharesClientJson.Options</c>. The snapshot shows what a read-modify-write cycle keeps.
/// </summary>
public class SerializationSnapshotTests
{
    /// <summary>
    /// A share as a newer server might send it: an enum value this spec does not know, a member it does not
    /// describe, free-form <c>meta</c>, a non-UTC offset and an optional member sent as null.
    /// </summary>
    private const string ShareFromNewerServer = """
        {
          "id": "3fd85f74b32742f1bff64a85009dda07",
          "account_id": "023e105f4ecef8ad9ca31a8372d0c353",
          "account_name": "Account A",
          "created": "2023-09-21T18:56:32.624632Z",
          "modified": "2024-03-01T16:40:51.9021170+02:00",
          "name": "My Shared WAF Managed Rule",
          "organization_id": "023e105f4ecef8ad9ca31a8372d0c353",
          "status": "archived",
          "target_type": "account",
          "kind": null,
          "associated_recipient_count": 2,
          "resources": [
            {
              "id": "6d9f1b3a5c7e4d2f8a0b6c4e2d1f3a5b",
              "created": "2023-09-21T18:56:32.624632Z",
              "meta": { "description": "Block known malware", "tags": ["a", "b"], "weight": 1.50 },
              "modified": "2023-09-21T18:56:32.624632Z",
              "resource_account_id": "023e105f4ecef8ad9ca31a8372d0c353",
              "resource_id": "4814384a9e5d4991b9815dcfc25d2f1f",
              "resource_type": "custom-ruleset",
              "resource_version": 3,
              "status": "active"
            }
          ],
          "labels": { "team": "edge" }
        }
        """;

    [Test]
    public void ShareFromANewerServerRoundTripsThroughTheGeneratedConverters()
    {
        using var generated = GeneratedAssembly.Load(GeneratorHarness.Run(SpecFile.Shares()));
        var shareType = generated.Type("Contoso.Cloudflare.Share");
        var options = (JsonSerializerOptions)generated.Type("Contoso.Cloudflare.SharesClientJson").GetProperty("Options")!.GetValue(null)!;

        var share = JsonSerializer.Deserialize(ShareFromNewerServer, shareType, options);
        var written = JsonSerializer.Serialize(share, shareType, options);

        Snapshot.VerifyJson(Indented(written));
    }

    /// <summary>
    /// The snapshot is indented for review (the generated options themselves stay compact), and escapes only what
    /// JSON requires, so <c>+02:00</c> reads as written rather than as <c>\u002B02:00</c>.
    /// </summary>
    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
