using System;
using System.Threading;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

/// <summary>
/// Issue 13: an option out of range fails where it is set, with a message naming the option, instead of
/// failing late with a cryptic 'delay' error from deep inside a call.
/// </summary>
public class OptionsValidationTests
{
    private static readonly TimeSpan FiftyDays = TimeSpan.FromDays(50);

    [TestCase(-1)]
    [TestCase(0)]
    [TestCase(50 * 24 * 3600)]
    public void A_timeout_out_of_range_fails_naming_ApiClientOptions_Timeout(int seconds)
        => AssertNames(() => new ApiClientOptions { Timeout = TimeSpan.FromSeconds(seconds) }, "ApiClientOptions.Timeout", "Timeout");

    [Test]
    public void The_longest_and_the_infinite_timeout_are_accepted()
    {
        Assert.DoesNotThrow(() => new ApiClientOptions { Timeout = ApiClientOptions.MaxTimeout });
        Assert.DoesNotThrow(() => new ApiClientOptions { Timeout = Timeout.InfiniteTimeSpan });
        Assert.That(ApiClientOptions.MaxTimeout, Is.LessThan(FiftyDays));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void MaxResponseBytes_below_one_fails_naming_it(int value)
        => AssertNames(() => new ApiClientOptions { MaxResponseBytes = value }, "ApiClientOptions.MaxResponseBytes", "MaxResponseBytes");

    [TestCase(-1)]
    [TestCase(21)]
    public void MaxRedirects_out_of_range_fails_naming_it(int value)
        => AssertNames(() => new ApiClientOptions { MaxRedirects = value }, "ApiClientOptions.MaxRedirects", "MaxRedirects");

    [TestCase(-1)]
    [TestCase(101)]
    public void MaxRetries_out_of_range_fails_naming_it(int value)
        => AssertNames(() => new ApiClientOptions { Retry = { MaxRetries = value } }, "ApiClientOptions.Retry.MaxRetries", "Retry.MaxRetries");

    [TestCase(-1)]
    [TestCase(2 * 24 * 3600)]
    public void Retry_delays_out_of_range_fail_naming_them(int seconds)
    {
        AssertNames(() => new ApiClientOptions { Retry = { BaseDelay = TimeSpan.FromSeconds(seconds) } }, "ApiClientOptions.Retry.BaseDelay", "Retry.BaseDelay");
        AssertNames(() => new ApiClientOptions { Retry = { MaxDelay = TimeSpan.FromSeconds(seconds) } }, "ApiClientOptions.Retry.MaxDelay", "Retry.MaxDelay");
    }

    [Test]
    public void A_null_retry_section_fails_naming_it()
        => Assert.That(() => new ApiClientOptions { Retry = null! }, Throws.ArgumentNullException.With.Message.Contains("ApiClientOptions.Retry"));

    [TestCaseSource(typeof(ApiCredentialsTests), nameof(ApiCredentialsTests.Unsendable))]
    public void A_user_agent_a_header_cannot_carry_fails_naming_the_option_not_the_value(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ApiClientOptions { UserAgent = value });
        Assert.That(exception!.ParamName, Is.EqualTo("UserAgent"));
        Assert.That(exception.Message, Does.Contain("ApiClientOptions.UserAgent").And.Not.Contain("s3cr3t"));
    }

    [TestCase("ftp://api.example.test/")]
    [TestCase("https://user:pass@api.example.test/")]
    [TestCase("https://api.example.test/?token=x")]
    [TestCase("https://api.example.test/#x")]
    public void A_base_address_that_is_not_a_plain_http_origin_and_path_fails_at_construction(string address)
    {
        var options = new ApiClientOptions { BaseAddress = new Uri(address), Credentials = ApiCredentials.None };
        var exception = Assert.Throws<ArgumentException>(() => new ApiPipeline(options, null));
        Assert.That(exception!.Message, Does.Contain("ApiClientOptions.BaseAddress").And.Not.Contain("pass"));
    }

    private static void AssertNames(Func<object> action, string option, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => action());
        Assert.That(exception!.Message, Does.Contain(option));
        Assert.That(exception.ParamName, Is.EqualTo(parameter));
    }
}
