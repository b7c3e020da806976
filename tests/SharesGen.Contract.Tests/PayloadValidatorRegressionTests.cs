using System.Collections.Generic;
using System.Linq;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Testing.Contracts;

namespace SharesGen.Contract.Tests;

/// <summary>The validator bugs the oracle found, each pinned by the payload that showed it.</summary>
public sealed class PayloadValidatorRegressionTests
{
    private static readonly ApiContract Contract = SharesClientContract.Contract;

    private static bool IsValid(string json, SchemaNode schema) => new PayloadValidator(Contract).Validate(json, schema).IsValid;

    [TestCase("\"2023-09-21T18:56:32+14:30\"")]
    [TestCase("\"2023-09-21T18:56:32-23:59\"")]
    [TestCase("\"2017-01-01T00:59:60+01:00\"")]
    public void RFC_3339_date_times_beyond_what_DateTimeOffset_holds_are_valid(string json)
        => Assert.That(IsValid(json, new SchemaNode { Ref = "resource-sharing_created" }), Is.True);

    [TestCase("\"2023-09-21T18:56:60Z\"")]
    [TestCase("\"２０２３-09-21T18:56:32Z\"")]
    public void A_leap_second_off_23_59_UTC_and_non_ASCII_digits_are_invalid(string json)
        => Assert.That(IsValid(json, new SchemaNode { Ref = "resource-sharing_created" }), Is.False);

    [Test]
    public void Null_matches_no_alternative_of_an_anyOf_without_a_nullable_one()
        => Assert.That(IsValid("""{"success":true,"errors":[],"result":null}""", new SchemaNode { Ref = "resource-sharing_api-response-common" }), Is.False);

    [Test]
    public void Enum_null_alone_lets_nothing_but_null_through()
        => Assert.That(IsValid("""{"success":false,"errors":[],"messages":[],"result":{}}""", new SchemaNode { Ref = "resource-sharing_api-response-common-failure" }), Is.False);

    [Test]
    public void A_nullable_wrapped_reference_accepts_null()
        => Assert.That(IsValid("null", new SchemaNode { Ref = "resource-sharing_account_id", Nullable = true }), Is.True);

    [TestCase("1e18", true)]
    [TestCase("1.0000000000000001", false)]
    [TestCase("1e-400", false)]
    [TestCase("150e-1", true)]
    [TestCase("1.5e1", true)]
    [TestCase("-0.0", true)]
    public void Integers_are_decided_on_the_exact_value(string json, bool integer)
        => Assert.That(IsValid(json, new SchemaNode { Type = "integer" }), Is.EqualTo(integer));

    /// <summary>What the generated client could not read (it reads long, or int for int32), the validator rejects too.</summary>
    [TestCase("1e400", null)]
    [TestCase("9223372036854775808", null)]
    [TestCase("-9223372036854775809", "int64")]
    [TestCase("2147483648", "int32")]
    public void Integers_beyond_what_the_client_reads_are_errors(string json, string? format)
        => Assert.That(IsValid(json, new SchemaNode { Type = "integer", Format = format }), Is.False);

    /// <summary>A member whose name holds <c>/</c> or <c>~</c> is one pointer segment (RFC 6901), missing or wrong.</summary>
    [Test]
    public void Member_names_with_a_slash_or_a_tilde_are_escaped_in_the_violation_pointer()
    {
        var schema = new SchemaNode
        {
            Type = "object",
            Required = ["a/b~c"],
            Properties = new Dictionary<string, SchemaNode> { ["x/y"] = new() { Type = "integer" }, ["a/b~c"] = new() { Type = "string" } },
        };

        var pointers = new PayloadValidator(Contract).Validate("""{"x/y":"seven"}""", schema).Errors.Select(v => v.Pointer);

        Assert.That(pointers, Is.EquivalentTo(new[] { "/a~1b~0c", "/x~1y" }));
    }
}
