using System.IO;
using NUnit.Framework;
using SharesGen.Benchmarks.Infrastructure;
using SharesGen.Benchmarks.Paired;

namespace SharesGen.Benchmarks.Tests;

/// <summary>
/// A ratio measured on a loaded machine is not the product's (issue 15): the <c>--paired</c> runner publishes a verdict
/// only for a group that started on a quiet machine and during which other processes kept the cores free; the
/// group's own work, which lifts the load after it, is not held against it.
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

    [TestCase(0.2, 0.9, 0.05)]
    [TestCase(1.5, 2.3, 0.25)]
    [TestCase(0.4, 2.6, 0.0)]
    public void A_group_that_started_quiet_and_shared_the_cores_with_nothing_else_is_quiet(double before, double after, double otherCores)
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("4 client round trip", before, after, otherCores, 2.0), 1.5), Is.Null);

    [TestCase(3.12, 0.4, 0.0, "not quiet: load 3.12 > 1.50 before")]
    [TestCase(1.51, 1.2, 0.0, "not quiet: load 1.51 > 1.50 before")]
    [TestCase(0.4, 1.2, 0.26, "not quiet: other processes kept 0.26 cores > 0.25 busy")]
    [TestCase(0.4, 0.9, 1.7, "not quiet: other processes kept 1.70 cores > 0.25 busy")]
    public void A_group_that_started_loaded_or_shared_the_cores_is_not_quiet(double before, double after, double otherCores, string expected)
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", before, after, otherCores, 1.0), 1.5), Does.StartWith(expected).And.Contain("1 generator"));

    [Test]
    public void The_load_after_a_group_is_its_own_work_and_not_judged()
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("4 client round trip", 0.8, 9.5, 0.1, 2.0), 1.5), Is.Null);

    [Test]
    public void A_machine_without_a_load_average_cannot_be_shown_quiet()
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", null, null, 0.0, 1.0), 1.5), Does.StartWith("not quiet: load before the group unknown"));

    [Test]
    public void A_machine_without_cpu_accounting_cannot_be_shown_quiet()
        => Assert.That(QuietMachine.WhyNotQuiet(new GroupLoad("1 generator", 0.2, 0.9), 1.5), Does.StartWith("not quiet: other processes' CPU time unknown"));

    [Test]
    public void A_published_verdict_says_which_readings_showed_the_machine_quiet()
        => Assert.That(
            QuietMachine.WhyQuiet(new GroupLoad("4 client round trip", 0.8, 2.4, 0.05, 1.96), 1.5),
            Does.StartWith("quiet: load 0.80 ≤ 1.50 before the group and other processes 0.05 ≤ 0.25 cores").And.Contain("own 1.96 cores").And.EndWith("4 client round trip"));

    [Test]
    public void The_limit_comes_from_the_argument_or_the_default()
        => Assert.Multiple(() =>
        {
            Assert.That(QuietMachine.LimitFrom(new[] { "--paired", "--max-load", "0.75" }), Is.EqualTo(0.75));
            Assert.That(QuietMachine.LimitFrom(new[] { "--paired" }), Is.EqualTo(QuietMachine.DefaultLimit));
            Assert.That(QuietMachine.OtherCoresLimitFrom(new[] { "--paired", "--max-other-cpu", "0.5" }), Is.EqualTo(0.5));
            Assert.That(QuietMachine.OtherCoresLimitFrom(new[] { "--paired" }), Is.EqualTo(QuietMachine.DefaultOtherCoresLimit));
        });

    [TestCase(1.2, 1.3, true, "met")]
    [TestCase(1.4, 1.3, true, "**missed**")]
    [TestCase(1.2, 1.3, false, PairedVerdict.NotQuiet)]
    [TestCase(1.4, 1.3, false, PairedVerdict.NotQuiet)]
    [TestCase(1.4, double.NaN, false, "(no budget)")]
    public void A_verdict_is_published_only_from_a_quiet_group(double ratio, double limit, bool quiet, string expected)
        => Assert.That(PairedVerdict.Of(ratio, limit, quiet), Is.EqualTo(expected));
}
