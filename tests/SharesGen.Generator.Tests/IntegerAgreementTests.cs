using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;
using NUnit.Framework;
using SharesGen.Generator.Tests.Infrastructure;
using SharesGen.Testing.Contracts;

namespace SharesGen.Generator.Tests;

/// <summary>
/// Whatever the spec allows, the generated client reads, and nothing else: for every number of the corpus and every
/// integer schema (no format, int32, int64, and an array of integers), the payload validator and the generated
/// converters give the same verdict, and an accepted number is read as exactly its value. Integers used to be read
/// with <c>GetInt32</c>: <c>resource_version: 5000000000</c>, <c>3.0</c> and <c>1e2</c> threw while the validator called
/// the same body valid, and one such item lost the whole list page.
/// </summary>
public class IntegerAgreementTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /numbers:
            get:
              operationId: numbers-get
              responses:
                '200':
                  description: OK.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/numbers' }
        components:
          schemas:
            numbers:
              type: object
              properties:
                plain: { type: integer }
                int32: { type: integer, format: int32 }
                int64: { type: integer, format: int64 }
                list: { type: array, items: { type: integer } }
        """;

    /// <summary>Boundaries, every spelling of an integer, near misses, and numbers beyond double and long.</summary>
    private static readonly string[] s_corpus =
    {
        "0", "-0", "0.0", "-0.0", "0e400", "0.000e-5", "1", "-1", "3.0", "3.000", "1e2", "1E2", "1e+2", "100e-2", "300e-2", "0.5e1", "25e-1",
        "1.5", "-1.5", "0.1", "1e-1", "1.0000000000000001", "0.99999999999999999", "1e-400", "1e400", "-1e400", "123456789e-9",
        "5000000000", "5e9", "5000000000.0",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "2.147483647e9", "2147483647.5",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "9.223372036854775807e18",
        "9223372036854775807.0", "92233720368547758070e-1", "1e19", "-1e19", "18446744073709551615", "1e18", "10000000000000000000000000000000000000000",
    };

    private static GeneratedAssembly? s_generated;
    private static PayloadValidator? s_validator;
    private static Type? s_numbersType;
    private static JsonSerializerOptions? s_options;

    [OneTimeSetUp]
    public static void Generate()
    {
        s_generated = GeneratedAssembly.Load(GeneratorHarness.Run(SpecFile.Inline(Spec)));
        s_numbersType = s_generated.Type("Tests.Generated.Numbers");
        s_options = (JsonSerializerOptions)s_generated.Type("Tests.Generated.TestClientJson").GetProperty("Options")!.GetValue(null)!;
        var contract = (ApiContract)s_generated.Type("Tests.Generated.TestClientContract").GetProperty("Contract")!.GetValue(null)!;
        s_validator = new PayloadValidator(contract);
    }

    [OneTimeTearDown]
    public static void Unload() => s_generated?.Dispose();

    [Test]
    public void The_generated_types_are_long_for_integers_without_format_and_int_for_int32()
    {
        var types = s_numbersType!.GetProperties().ToDictionary(p => p.Name, p => p.PropertyType);

        Assert.That(types["Plain"], Is.EqualTo(typeof(long?)));
        Assert.That(types["Int32"], Is.EqualTo(typeof(int?)));
        Assert.That(types["Int64"], Is.EqualTo(typeof(long?)));
        Assert.That(types["List"], Is.EqualTo(typeof(IList<long>)));
    }

    [Test]
    public void The_validator_and_the_generated_converters_agree_on_every_number()
    {
        var disagreements = new List<string>();
        var accepted = 0;
        foreach (var number in s_corpus)
        {
            foreach (var (member, json) in new[] { ("plain", $"{{\"plain\":{number}}}"), ("int32", $"{{\"int32\":{number}}}"), ("int64", $"{{\"int64\":{number}}}"), ("list", $"{{\"list\":[1,{number},2]}}") })
            {
                var validation = s_validator!.Validate(json, "numbers");
                var (read, readError) = Read(json, member);
                if (validation.IsValid != readError is null)
                {
                    disagreements.Add($"{json}: the validator says {(validation.IsValid ? "valid" : validation.ToString())}, the client {(readError is null ? "reads " + read : "throws: " + readError)}");
                }
                else if (readError is null)
                {
                    accepted++;
                    if (read != ExactValue(number))
                    {
                        disagreements.Add($"{json}: read as {read}, but the number is {ExactValue(number)}");
                    }
                }
            }
        }

        Assert.That(disagreements, Is.Empty);
        Assert.That(accepted, Is.InRange(s_corpus.Length, s_corpus.Length * 4 - 1), "the corpus must have numbers each side of the line");
    }

    /// <summary>Out-of-range and non-integral numbers are a JsonException that names the number and the limit.</summary>
    [TestCase("{\"int32\":2147483648}", "The JSON number 2147483648 is outside the range of a 32-bit integer (format int32).")]
    [TestCase("{\"plain\":9223372036854775808}", "The JSON number 9223372036854775808 is outside the range of a 64-bit integer, the most SharesGen reads for an integer.")]
    [TestCase("{\"plain\":1.5}", "The JSON number 1.5 is not an integer.")]
    [TestCase("{\"plain\":\"3\"}", "Expected an integer, found String.")]
    public void A_number_the_client_cannot_hold_is_a_clear_json_exception(string json, string message)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, s_numbersType!, s_options!));

        Assert.That(exception!.Message, Is.EqualTo(message));
    }

    /// <summary>A server's megabyte of digits does not become a megabyte of exception message.</summary>
    [Test]
    public void The_message_of_a_huge_number_is_bounded()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"plain\":" + new string('9', 1_000_000) + "}", s_numbersType!, s_options!));

        Assert.That(exception!.Message, Has.Length.LessThan(200));
    }

    /// <summary>The value of an integral JSON number, computed apart from the code under test (BigInteger, any exponent).</summary>
    private static BigInteger ExactValue(string number)
    {
        var e = number.IndexOfAny(new[] { 'e', 'E' });
        var mantissa = e < 0 ? number : number[..e];
        var exponent = e < 0 ? 0 : int.Parse(number[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        exponent -= dot < 0 ? 0 : mantissa.Length - dot - 1;
        var value = BigInteger.Parse(mantissa.Replace(".", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return exponent >= 0 ? value * BigInteger.Pow(10, exponent) : BigInteger.Divide(value, BigInteger.Pow(10, -exponent));
    }

    private static (BigInteger? Value, string? Error) Read(string json, string member)
    {
        object? numbers;
        try
        {
            numbers = JsonSerializer.Deserialize(json, s_numbersType!, s_options!);
        }
        catch (JsonException exception)
        {
            return (null, exception.Message);
        }

        var value = s_numbersType!.GetProperty(char.ToUpperInvariant(member[0]) + member[1..])!.GetValue(numbers);
        return value switch
        {
            int i => (new BigInteger(i), null),
            long l => (new BigInteger(l), null),
            IList<long> list => (new BigInteger(list[1]), null),
            _ => (null, "read nothing"),
        };
    }
}
