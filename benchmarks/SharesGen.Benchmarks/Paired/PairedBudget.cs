using System;

namespace SharesGen.Benchmarks.Paired;

/// <summary>
/// One budget of issue 6 as a ratio of two benchmark methods of the same class, measured in alternating rounds
/// so that load from other processes hits both sides alike.
/// </summary>
/// <param name="Group">The benchmark group, as docs/PERFORMANCE.md names it.</param>
/// <param name="Type">The benchmark class.</param>
/// <param name="Copies">The value of its <c>Copies</c> parameter, when it has one.</param>
/// <param name="Numerator">The method held to the budget.</param>
/// <param name="Denominator">The method it is compared with.</param>
/// <param name="Limit">The largest ratio the budget allows; NaN for a ratio shown only to explain another.</param>
/// <param name="PerOperation">
/// The ratio of time per operation: the time ratio divided by the ratio of the operations the two methods generate
/// (<see cref="IOperationCounts"/>), 1 for exactly linear growth.
/// </param>
/// <param name="SideMilliseconds">
/// How long a side of a round runs. The generator's sides allocate megabytes a call, and a gen0 collection here costs
/// 30–130 ms (OpenAPI.NET keeps every YAML node in a ConditionalWeakTable, which every collection walks), so a side
/// must be long enough to hold several of them in proportion to what it allocates (<see cref="PairedRunner.GeneratorSide"/>).
/// </param>
internal sealed record PairedBudget(string Group, Type Type, int? Copies, string Numerator, string Denominator, double Limit, bool PerOperation = false, double SideMilliseconds = PairedRunner.DefaultSide);
