using System;
using NUnit.Framework;
using SharesGen.Benchmarks.Infrastructure;

namespace SharesGen.Benchmarks.Tests;

/// <summary>The paired runner's note of what the JIT compiled while a group was timed: the evidence of a settled process.</summary>
public class ProcessStateTests
{
    [Test]
    public void A_stretch_reports_the_methods_and_the_time_compiled_in_it_not_since_the_process_started()
        => Assert.That(
            new ProcessState(1_250, TimeSpan.FromMilliseconds(2_040.4)).Since(new ProcessState(1_238, TimeSpan.FromMilliseconds(2_000))),
            Is.EqualTo("12 methods JIT-compiled (40 ms)"));
}
