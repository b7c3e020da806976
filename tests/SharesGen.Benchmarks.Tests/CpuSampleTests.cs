using System.Collections.Generic;
using NUnit.Framework;
using SharesGen.Benchmarks.Infrastructure;

namespace SharesGen.Benchmarks.Tests;

/// <summary>
/// How many cores other processes kept busy during a group, from <c>/proc/stat</c> less this process tree's own CPU
/// time: the reading that lets the round trip, whose own client and server fill both cores, be judged at all.
/// </summary>
public class CpuSampleTests
{
    private const string Stat = "cpu  100 5 50 800 10 2 3 30 0 0\ncpu0 50 2 25 400 5 1 1 15 0 0\ncpu1 50 3 25 400 5 1 2 15 0 0\nintr 1 2 3\n";

    [Test]
    public void The_machine_line_counts_every_busy_field_and_steal_and_the_cores()
        // busy: user 100 + nice 5 + system 50 + irq 2 + softirq 3 + steal 30; total adds idle 800 and iowait 10.
        => Assert.That(CpuSample.ParseMachine(Stat), Is.EqualTo(((long)190, (long)1000, 2)));

    [TestCase("")]
    [TestCase("intr 1 2 3\n")]
    [TestCase("cpu  1 2 3\ncpu0 1 2 3\n")]
    [TestCase("cpu  a b c d e f g h\ncpu0 1 1 1 1 1 1 1 1\n")]
    public void Anything_else_is_no_machine_reading(string text)
        => Assert.That(CpuSample.ParseMachine(text), Is.Null);

    [Test]
    public void A_process_line_is_read_after_its_name_whatever_the_name_holds()
    {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
        const string Line = "4242 (dotnet (x) y) S 17 4242 4242 0 -1 4194560 100 0 0 0 120 30 7 3 20 0 9 0";
        Assert.That(CpuSample.ParseProcess(Line), Is.EqualTo((17, (long)160)));
    }

    [TestCase("")]
    [TestCase("4242 dotnet S 17")]
    [TestCase("4242 (dotnet) S 17 1 1 0 -1 0 0 0 0 0 x 30 7 3")]
    public void A_broken_process_line_is_no_reading(string line)
        => Assert.That(CpuSample.ParseProcess(line), Is.Null);

    [Test]
    public void The_tree_is_the_process_and_everything_below_it_and_nothing_beside_it()
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>
        {
            [1] = (0, 1000),
            [10] = (1, 50),
            [11] = (10, 5),
            [12] = (11, 1),
            [20] = (1, 70),
        };
        Assert.Multiple(() =>
        {
            Assert.That(CpuSample.TreeOf(10, processes), Is.EquivalentTo(new[] { 10, 11, 12 }));
            Assert.That(CpuSample.TreeOf(99, processes), Is.Empty);
        });
    }

    [Test]
    public void Other_cores_are_the_machine_busy_time_less_the_own_tree_over_the_elapsed_time()
    {
        // 2 cores for 1,000 ticks each: 2,000 ticks in all, 1,400 busy, 1,200 of them the benchmark's.
        var before = new CpuSample(MachineBusy: 10_000, MachineTotal: 50_000, Own: 3_000, Cores: 2);
        var after = new CpuSample(MachineBusy: 11_400, MachineTotal: 52_000, Own: 4_200, Cores: 2);
        Assert.Multiple(() =>
        {
            Assert.That(CpuSample.OtherCores(before, after), Is.EqualTo(0.2).Within(1e-9));
            Assert.That(CpuSample.OwnCores(before, after), Is.EqualTo(1.2).Within(1e-9));
            Assert.That(CpuSample.OtherCores(before, before), Is.Null);
        });
    }

    [Test]
    public void Own_time_counted_above_the_machine_total_is_no_negative_other_work()
    {
        // Own ticks are sampled a moment after the machine's, so they can run ahead by a tick or two.
        var before = new CpuSample(100, 1_000, 50, 2);
        var after = new CpuSample(200, 2_000, 155, 2);
        Assert.That(CpuSample.OtherCores(before, after), Is.EqualTo(0.0));
    }

    [Test]
    public void This_machine_is_read_with_this_process_in_its_own_tree()
    {
        if (CpuSample.Read() is not { } sample)
        {
            Assert.Ignore("No /proc/stat here: not Linux.");
            return;
        }

        Assert.Multiple(() =>
        {
            Assert.That(sample.Cores, Is.GreaterThan(0));
            Assert.That(sample.Own, Is.GreaterThan(0), "this test process has run for some ticks");
            Assert.That(sample.MachineBusy, Is.LessThanOrEqualTo(sample.MachineTotal));
        });
    }
}
