using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SharesGen.Generator.Diagnostics;
using static SharesGen.Generator.Tests.UpdateReports.Widgets;

namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>Whether an operation takes a request body and returns a JSON success body.</summary>
public class BodyChangeTests
{
    private static string OptionalBody => Spec.Replace("      requestBody:\n        required: true\n", "      requestBody:\n        required: false\n");

    private static string NoBody => Spec.Replace(ItemRequestBody, string.Empty);

    [Test]
    public void RequestBodyThatBecameRequiredIsAnError()
    {
        var report = SpecUpdate.Between(OptionalBody, Spec.Replace("        required: true\n        content:", "        required: true # now\n        content:"));

        report.Expect(DiagnosticDescriptors.RequestBodyBecameRequired, DiagnosticSeverity.Error, atLineOf: "required: true # now", saying: "The request body is now required (it was optional): calls without one are refused (in widget-update)");
    }

    [Test]
    public void NewRequiredRequestBodyIsAnError()
    {
        var report = SpecUpdate.Between(NoBody, Spec.Replace("      requestBody:\n        required: true\n", "      requestBody:\n        required: true # new\n"));

        report.Expect(DiagnosticDescriptors.RequestBodyBecameRequired, DiagnosticSeverity.Error, atLineOf: "requestBody:", saying: "The request body is now required (there was none)");
    }

    [Test]
    public void RemovedRequestBodyIsAWarning()
    {
        var report = SpecUpdate.Between(Spec, NoBody);

        report.Expect(DiagnosticDescriptors.RequestBodyRemoved, DiagnosticSeverity.Warning, atLineOf: "put:", saying: "The request body was removed: the server may refuse calls that still send one (in widget-update)");
    }

    [Test]
    public void RequestBodyThatBecameOptionalIsInfo()
    {
        var report = SpecUpdate.Between(Spec, OptionalBody);

        report.Expect(DiagnosticDescriptors.RequestBodyBecameOptional, DiagnosticSeverity.Info, atLineOf: "requestBody:", saying: "The request body is now optional (it was required)");
    }

    [Test]
    public void NewOptionalRequestBodyIsInfo()
    {
        var report = SpecUpdate.Between(NoBody, OptionalBody);

        report.Expect(DiagnosticDescriptors.RequestBodyBecameOptional, DiagnosticSeverity.Info, atLineOf: "requestBody:", saying: "The request body is now optional (there was none)");
    }

    /// <summary>Any 2xx is success to a generated client, but a body it expects and does not get fails the call.</summary>
    [Test]
    public void SuccessResponseWithoutItsJsonBodyIsAnError()
    {
        var noContent = Spec.Replace(ItemAnswer, """
                    '204':
                      description: Updated.

            """);

        var report = SpecUpdate.Between(Spec, noContent);

        report.Expect(DiagnosticDescriptors.ResponseBodyRemoved, DiagnosticSeverity.Error, atLineOf: "'204':", saying: "The 204 response no longer has a JSON body: clients built from the baseline fail to read it (in widget-update)");
    }

    [Test]
    public void SuccessResponseWithANewJsonBodyIsInfo()
    {
        var noContent = Spec.Replace(ItemAnswer, "        '200':\n          description: The widget.\n");

        var report = SpecUpdate.Between(noContent, Spec.Replace("        '200':\n          description: The widget.\n", "        '200': # the widget\n          description: The widget.\n"));

        report.Expect(DiagnosticDescriptors.ResponseBodyAdded, DiagnosticSeverity.Info, atLineOf: "'200': # the widget", saying: "The 200 response now has a JSON body");
    }

    /// <summary>Error bodies are read by the runtime's tolerant error reader: their changes break no generated code.</summary>
    [Test]
    public void FailureResponsesAreNotCompared()
    {
        var failure = "        '4XX':\n          description: Failure.\n          content:\n            application/json:\n              schema:\n                type: object\n                required: [code]\n                properties:\n                  code:\n                    type: integer\n";
        var withFailure = Spec.Replace("      security:\n        - api_key: []\n", failure + "      security:\n        - api_key: []\n");

        SpecUpdate.Between(withFailure, withFailure.Replace("type: integer\n      security", "type: string\n      security")).ExpectNothing();
    }
}
