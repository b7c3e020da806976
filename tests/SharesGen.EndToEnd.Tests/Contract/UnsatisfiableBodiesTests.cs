using System.IO;
using System.Linq;
using Cloudflare.Lists;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests.Contract;

/// <summary>
/// Which response bodies of the specs the kit is checked on can be sent at all (<see cref="UnsatisfiableBodies"/>): the
/// proof behind the one violation <see cref="PrismProxyTests"/> excuses, and the analysis itself on small specs.
/// </summary>
public sealed class UnsatisfiableBodiesTests
{
    [Test]
    public void Cloudflare_Lists_declares_nine_success_bodies_whose_result_must_be_an_array_or_null_and_an_object()
    {
        var success = UnsatisfiableBodies.InFile(Spec("cloudflare-lists.yaml")).Where(b => b.Status.StartsWith('2'));

        // Each answers one list, item or operation: its allOf adds `result: {$ref: …}` (an object) beside
        // api-response-collection's `result: {type: array, nullable: true}` (and api-response-common's
        // `anyOf: [object, array]`). Only the two lists (lists-get-lists, lists-get-list-items), whose result is an
        // array, can be answered within the spec.
        Assert.That(success.Select(b => b.ToString()), Is.EquivalentTo(new[]
        {
            "lists-create-a-list 200 /result: array|object, but also array|null, but also object",
            "lists-get-a-list 200 /result: array|object, but also array|null, but also object",
            "lists-update-a-list 200 /result: array|object, but also array|null, but also object",
            "lists-delete-a-list 200 /result: array|object, but also array|null, but also object",
            "lists-create-list-items 200 /result: array|object, but also array|null, but also object",
            "lists-update-all-list-items 200 /result: array|object, but also array|null, but also object",
            "lists-delete-list-items 200 /result: array|object, but also array|null, but also object",
            "lists-get-a-list-item 200 /result: array|object, but also array|null, but also object",
            "lists-get-bulk-operation-status 200 /result: array|object, but also array|null, but also object",
        }));
    }

    [Test]
    public void Every_failure_body_of_Cloudflare_Lists_is_unsatisfiable_too()
    {
        var lists = UnsatisfiableBodies.InFile(Spec("cloudflare-lists.yaml"));

        // 4XX is allOf [the success envelope, api-response-common-failure], whose result is `enum: [null]`, while the
        // success envelope's result is never null alone: no error can be answered within the spec either.
        var failures = lists.Where(b => b.Status == "4XX").ToArray();
        Assert.That(failures.Select(b => b.OperationId), Is.EquivalentTo(ListsClientContract.Contract.Operations.Select(o => o.OperationId)));
        Assert.That(failures.Select(b => b.Pointer), Is.All.EqualTo("/result"));
    }

    [Test]
    public void Every_success_body_of_Cloudflare_DNS_records_can_be_sent()
    {
        // Its single answers use api-response-single (`result` an object or a string) and its list
        // api-response-collection (an array or null) narrowed to an array: no branch contradicts another.
        Assert.That(UnsatisfiableBodies.InFile(Spec("cloudflare-dns-records.yaml")).Where(b => b.Status.StartsWith('2')), Is.Empty);
    }

    [Test]
    public void Every_success_body_of_the_extended_Resource_Sharing_fragment_can_be_sent()
    {
        Assert.That(UnsatisfiableBodies.InFile(Spec("cloudflare-resource-sharing.extended.yaml")).Where(b => b.Status.StartsWith('2')), Is.Empty);
    }

    [Test]
    public void Every_success_body_of_spec_shares_yaml_can_be_sent()
    {
        var shares = Path.Combine(TestContext.CurrentContext.TestDirectory, "spec", "shares.yaml");

        Assert.That(UnsatisfiableBodies.InFile(shares).Where(b => b.Status.StartsWith('2')), Is.Empty);
    }

    // --- The analysis on specs small enough to read ---------------------------------------------------------

    [TestCase("{type: array, nullable: true}", "{type: object}", true, "array|null, but also object", TestName = "Array or null, and object: nothing fits")]
    [TestCase("{type: array, nullable: true}", "{type: object}", false, null, TestName = "The same member, optional: leaving it out fits")]
    [TestCase("{type: object, nullable: true}", "{type: object, enum: [null], nullable: true}", true, null, TestName = "Object or null, and null: null fits")]
    [TestCase("{type: number}", "{type: integer}", true, null, TestName = "Number and integer: integers fit")]
    [TestCase("{type: string}", "{anyOf: [{type: integer}, {type: boolean}]}", true, "string, but also boolean|integer", TestName = "String, and integer or boolean: nothing fits")]
    [TestCase("{type: string}", "{allOf: [{type: string}, {enum: [1]}]}", true, "string, but also integer", TestName = "A nested allOf is read too")]
    [TestCase("{}", "{type: object}", true, null, TestName = "No type is any type")]
    public void A_required_member_fits_only_where_every_branch_allows_a_type_in_common(string first, string second, bool required, string? conflict)
    {
        var requirement = required ? "required: [result], " : string.Empty;
        var spec = Answering($"{{allOf: [{{type: object, {requirement}properties: {{result: {first}}}}}, {{type: object, properties: {{result: {second}}}}}]}}");

        var found = UnsatisfiableBodies.In(spec);

        Assert.That(found.Select(b => b.ToString()), Is.EqualTo(conflict is null ? [] : new[] { "things-get 200 /result: " + conflict }));
    }

    [Test]
    public void A_body_that_may_be_null_is_not_held_to_its_members()
    {
        var spec = Answering("{type: object, nullable: true, required: [a], properties: {a: {allOf: [{type: string}, {type: integer}]}}}");

        Assert.That(UnsatisfiableBodies.In(spec), Is.Empty);
    }

    /// <summary>A spec whose one operation, <c>things-get</c>, answers 200 with a body of this schema (YAML flow style).</summary>
    private static string Answering(string schema) => $$"""
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /things:
            get:
              operationId: things-get
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {{schema}}
        """;

    private static string Spec(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Kit", "Specs", name);
}
