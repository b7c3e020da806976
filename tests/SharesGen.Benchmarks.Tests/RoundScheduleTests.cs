using System;
using System.Linq;
using NUnit.Framework;
using SharesGen.Benchmarks.Paired;

namespace SharesGen.Benchmarks.Tests;

/// <summary>
/// The paired runner's rounds must not let a row's place in time bias its ratio (issue 15: a group's first row ran in
/// a slower state of the process and read high): every round times every row, no row keeps a place in the round, and
/// the A B, B A alternation of a pair's two sides stays, independent of the place.
/// </summary>
public class RoundScheduleTests
{
    private static readonly int[] s_groupSizes = { 1, 2, 3, 6, 7, 22 };

    [TestCaseSource(nameof(s_groupSizes))]
    public void Every_round_times_every_row_once(int rows)
    {
        for (var round = 0; round < 4 * rows + 3; round++)
        {
            Assert.That(RoundSchedule.Of(round, rows).Select(r => r.Row), Is.EquivalentTo(Enumerable.Range(0, rows)), $"round {round}");
        }
    }

    [TestCaseSource(nameof(s_groupSizes))]
    public void A_row_alternates_which_side_runs_first_from_one_round_to_the_next(int rows)
    {
        for (var round = 0; round < 4 * rows + 3; round++)
        {
            var first = RoundSchedule.Of(round, rows).ToDictionary(r => r.Row, r => r.NumeratorFirst);
            var next = RoundSchedule.Of(round + 1, rows).ToDictionary(r => r.Row, r => r.NumeratorFirst);
            Assert.That(Enumerable.Range(0, rows).All(row => first[row] != next[row]), $"rounds {round} and {round + 1}");
        }
    }

    [TestCaseSource(nameof(s_groupSizes))]
    public void Over_twice_as_many_rounds_as_rows_every_row_takes_every_place_once_with_each_side_first(int rows)
    {
        var placings = Enumerable.Range(0, 2 * rows)
            .SelectMany(round => RoundSchedule.Of(round, rows).Select((r, position) => (r.Row, Position: position, r.NumeratorFirst)))
            .ToList();

        Assert.That(placings, Is.Unique);
        Assert.That(placings, Has.Count.EqualTo(2 * rows * rows));
    }

    [Test]
    public void The_first_row_of_a_group_is_not_the_first_of_every_round()
        => Assert.That(Enumerable.Range(0, 21).Select(round => RoundSchedule.Of(round, 6)[0].Row).Distinct(), Is.EquivalentTo(Enumerable.Range(0, 6)));

    [TestCase(-1, 3)]
    [TestCase(0, 0)]
    public void A_round_before_the_first_or_a_group_without_rows_is_refused(int round, int rows)
        => Assert.That(() => RoundSchedule.Of(round, rows), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
