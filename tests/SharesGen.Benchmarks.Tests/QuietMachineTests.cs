using System.IO;
using NUnit.Framework;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Paired;

namespace SharesGen.Benchmarks.Tests;

/// <summary>
/// A ratio measured on a loaded machine is not the product's (issue 15): the <c>--paired</c> runner publishes a verdict
/// only for a group whose load average stayed within the limit before and after it.
/// </summary>
public class QuietMachineTests
{
    [TestCase("0.42 0.31 0.20 1/123 4567\n", 0.42)]
    [TestCase("13.44 10.55 8.12 24/275 7626", 13.44)]
    [TestCase("0.00 0.00 0.00 1/1 1", 0.0)]
    public void The_one_minute_load_is_the_first_field(string text, double expected)
        => Assert.That(LoadAverage.Parse(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("load")]
    [TestCase("-1.0 0 0 1/1 1")]
    [TestCase("NaN 0 0")]
    public void Anything_else_is_no_reading(string text)
        => Assert.That(LoadAverage.Parse(text), Is.Null);

    [Test]
    public void A_missing_file_is_no_reading()
        => Assert.That(LoadAverage.Read(Path.Combine(Path.GetTempPath(), "sharesgen-no-such-loadavg")), Is.Null);

    [TestCase(0.2, 0.9, 1.5)]
    [TestCase(1.5, 1.5, 1.5)]
    [TestCase(null, 1.2, 1.5)]
    public void A_group_within_the_limit_is_quiet(double? before, double? after, double limit)
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", before, after), limit), Is.Null);

    [TestCase(3.12, 0.4, "not quiet: load 3.12 > 1.50")]
    [TestCase(0.4, 1.51, "not quiet: load 1.51 > 1.50")]
    [TestCase(2.0, null, "not quiet: load 2.00 > 1.50")]
    public void A_group_above_the_limit_before_or_after_is_not_quiet(double? before, double? after, string expected)
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", before, after), 1.5), Does.StartWith(expected).And.Contain("1 generator"));

    [Test]
    public void A_machine_without_a_load_average_cannot_be_shown_quiet()
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", null, null), 1.5), Does.StartWith("not quiet: load unknown"));

    [Test]
    public void The_limit_comes_from_the_argument_or_the_default()
        => Assert.Multiple(() =>
        {
            Assert.That(QuietMachine.LimitFrom(new[] { "--paired", "--max-load", "0.75" }), Is.EqualTo(0.75));
            Assert.That(QuietMachine.LimitFrom(new[] { "--paired" }), Is.EqualTo(QuietMachine.DefaultLimit));
        });

    [TestCase(1.2, 1.3, true, "met")]
    [TestCase(1.4, 1.3, true, "**missed**")]
    [TestCase(1.2, 1.3, false, PairedVerdict.NotQuiet)]
    [TestCase(1.4, 1.3, false, PairedVerdict.NotQuiet)]
    [TestCase(1.4, double.NaN, false, "(no budget)")]
    public void A_verdict_is_published_only_from_a_quiet_group(double ratio, double limit, bool quiet, string expected)
        => Assert.That(PairedVerdict.Of(ratio, limit, quiet), Is.EqualTo(expected));
}
