using System;
using Contoso.Cloudflare;
using NUnit.Framework;
using SharesGen.Testing.Contracts;

namespace SharesGen.EndToEnd.Tests.Kit;

/// <summary>The kit's framework-neutral assertions: a plain exception listing every violation, or the result.</summary>
public sealed class ContractAssertTests
{
    private static readonly ApiContract Contract = SharesClientContract.Contract;

    [Test]
    public void A_conforming_payload_returns_its_result_with_the_warnings()
    {
        var result = ContractAssert.Conforms(Contract, """{"id":"e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6","name":"n","account_id":"a","account_name":"A","organization_id":"o","created":"2024-02-12T09:20:31Z","modified":"2024-02-12T09:20:31Z","status":"archived","target_type":"account"}""", "resource-sharing_share_object");

        Assert.That(result.Warnings, Has.One.Property(nameof(Violation.Pointer)).EqualTo("/status"));
    }

    [Test]
    public void A_payload_that_breaks_the_schema_throws_with_every_violation_listed()
    {
        var exception = Assert.Throws<ContractViolationException>(() => ContractAssert.Conforms(
            Contract,
            """{"name":42,"recipients":[],"resources":[{"resource_id":"0123456789abcdef0123456789abcdef0","resource_type":"custom-ruleset","resource_account_id":"a"}]}""",
            Contract.Operation("share-create").RequestBody!));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Violations, Has.Count.EqualTo(3));
            Assert.That(exception.Message, Does.Contain("resource-sharing_create_share_request").And.Contain("3 violations"));
            Assert.That(exception.Message, Does.Contain("error at '/name': expected string, found number"));
            Assert.That(exception.Message, Does.Contain("error at '/resources/0/meta': is required but missing"));
            Assert.That(exception.Message, Does.Contain("error at '/resources/0/resource_id': is 33 characters long; at most 32 allowed"));
        });
    }

    [Test]
    public void Warnings_fail_only_when_asked()
    {
        const string Json = "\"some-future-type\"";

        Assert.Multiple(() =>
        {
            Assert.That(ContractAssert.Conforms(Contract, Json, "resource-sharing_resource_type").IsValid, Is.True);
            Assert.That(() => ContractAssert.Conforms(Contract, Json, "resource-sharing_resource_type", warningsAreErrors: true),
                Throws.TypeOf<ContractViolationException>().With.Message.Contains("warning at '': 'some-future-type' is not a value this spec names"));
        });
    }

    [Test]
    public void A_lossy_round_trip_throws_with_every_difference()
    {
        var example = new ApiExample
        {
            Name = "Lossy",
            Json = "{}",
            Source = "#/test",
            RoundTrip = _ => ["lost field /a", "changed value /b: 1 became 2"],
        };

        var exception = Assert.Throws<ContractViolationException>(() => ContractAssert.RoundTrips(example));

        Assert.That(exception!.Message, Does.Contain("Lossy").And.Contain("  - lost field /a").And.Contain("  - changed value /b: 1 became 2"));
    }

    [Test]
    public void An_example_without_a_dto_cannot_round_trip()
    {
        var example = new ApiExample { Name = "Scalar", Json = "1", Source = "#/test" };

        Assert.That(() => ContractAssert.RoundTrips(example), Throws.ArgumentException.With.Message.Contains("Scalar has no DTO"));
    }
}
