using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SharesGen.Benchmarks.Infrastructure;

/// <summary>
/// The machine's CPU time and this benchmark's own, at one moment, in clock ticks: <see cref="MachineBusy"/> and
/// <see cref="MachineTotal"/> from the <c>cpu</c> line of <c>/proc/stat</c>, <see cref="Own"/> from
/// <c>/proc/[pid]/stat</c> of this process and every process below it (the round trip's Kestrel server is a child).
/// Two samples tell how many cores <em>other</em> processes kept busy in between, which the load average cannot:
/// it counts a group's own threads too, and a group with a server and a client keeps both cores busy by itself.
/// </summary>
/// <param name="MachineBusy">Ticks every core spent on anything but idling (user, nice, system, irq, softirq, steal).</param>
/// <param name="MachineTotal">Ticks of every core, idle included.</param>
/// <param name="Own">User and system ticks of this process tree, reaped children included.</param>
/// <param name="Cores">The cores <c>/proc/stat</c> lists.</param>
internal sealed record CpuSample(long MachineBusy, long MachineTotal, long Own, int Cores)
{
    public const string StatPath = "/proc/stat";

    /// <summary>
    /// The cores, on average, that processes other than this tree kept busy from <paramref name="before"/> to
    /// <paramref name="after"/>; null when no time passed. Steal (the hypervisor running other machines) counts as
    /// other work: it takes the cores from the benchmark all the same.
    /// </summary>
    public static double? OtherCores(CpuSample before, CpuSample after)
    {
        var total = after.MachineTotal - before.MachineTotal;
        if (total <= 0)
        {
            return null;
        }

        var others = (after.MachineBusy - before.MachineBusy) - (after.Own - before.Own);
        return Math.Max(0, others) * (double)after.Cores / total;
    }

    /// <summary>The cores this tree kept busy, on average, from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static double? OwnCores(CpuSample before, CpuSample after)
    {
        var total = after.MachineTotal - before.MachineTotal;
        return total <= 0 ? null : (after.Own - before.Own) * (double)after.Cores / total;
    }

    /// <summary>Now, for this process and its descendants; null where <c>/proc</c> does not say (not Linux).</summary>
    public static CpuSample? Read()
    {
        try
        {
            if (!File.Exists(StatPath) || ParseMachine(File.ReadAllText(StatPath)) is not { } machine)
            {
                return null;
            }

            var processes = new Dictionary<int, (int Parent, long Ticks)>();
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && TryReadAllText(Path.Combine(directory, "stat")) is { } stat
                    && ParseProcess(stat) is { } process)
                {
                    processes[pid] = process;
                }
            }

            var tree = TreeOf(Environment.ProcessId, processes);
            return new CpuSample(machine.Busy, machine.Total, tree.Sum(pid => processes[pid].Ticks), machine.Cores);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The aggregate <c>cpu</c> line of <c>/proc/stat</c> (user nice system idle iowait irq softirq steal …) and the
    /// number of <c>cpuN</c> lines; null when the text has none.
    /// </summary>
    public static (long Busy, long Total, int Cores)? ParseMachine(string text)
    {
        var lines = text.Split('\n');
        var aggregate = lines.FirstOrDefault(line => line.StartsWith("cpu ", StringComparison.Ordinal));
        var cores = lines.Count(line => line.Length > 3 && line.StartsWith("cpu", StringComparison.Ordinal) && char.IsDigit(line[3]));
        if (aggregate is null || cores == 0)
        {
            return null;
        }

        var fields = aggregate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(ParseTicks).ToArray();
        if (fields.Length < 8 || fields.Any(f => f is null))
        {
            return null;
        }

        long Field(int index) => fields[index]!.Value;
        var busy = Field(0) + Field(1) + Field(2) + Field(5) + Field(6) + Field(7);
        return (busy, busy + Field(3) + Field(4), cores);
    }

    /// <summary>
    /// The parent and the user + system ticks (its own and its reaped children's: fields 14–17) of one
    /// <c>/proc/[pid]/stat</c> line; null when it is not one. The command name may hold spaces and parentheses, so the
    /// fields are counted from the last <c>)</c>.
    /// </summary>
    public static (int Parent, long Ticks)? ParseProcess(string stat)
    {
        var end = stat.LastIndexOf(')');
        if (end < 0)
        {
            return null;
        }

        // After the name: state (3), ppid (4), …, utime (14), stime (15), cutime (16), cstime (17).
        var fields = stat.Substring(end + 1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 15
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            || fields.Skip(11).Take(4).Select(ParseTicks).ToArray() is not [{ } user, { } system, { } childrenUser, { } childrenSystem])
        {
            return null;
        }

        return (parent, user + system + childrenUser + childrenSystem);
    }

    /// <summary><paramref name="root"/> and every process below it in <paramref name="processes"/>.</summary>
    public static IReadOnlyList<int> TreeOf(int root, IReadOnlyDictionary<int, (int Parent, long Ticks)> processes)
    {
        var tree = new List<int>();
        if (!processes.ContainsKey(root))
        {
            return tree;
        }

        var pending = new Queue<int>(new[] { root });
        while (pending.Count > 0)
        {
            var pid = pending.Dequeue();
            tree.Add(pid);
            foreach (var child in processes.Where(p => p.Value.Parent == pid && p.Key != pid).Select(p => p.Key))
            {
                pending.Enqueue(child);
            }
        }

        return tree;
    }

    private static long? ParseTicks(string field)
        => long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;

    private static string? TryReadAllText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null; // The process ended between listing and reading: it is not in the tree now.
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
