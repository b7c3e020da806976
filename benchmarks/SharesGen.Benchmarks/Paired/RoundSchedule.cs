using System;
using System.Collections.Generic;

namespace SharesGen.Benchmarks.Paired;

/// <summary>
/// The order in which one round of a group times its rows: every row's pair once, so that each row's rounds are spread
/// over the whole group. A slower state of the process early in a group then lands on the early rounds of every row,
/// where the median of a row's rounds passes over it, and not on every round of whichever row happens to come first
/// (issue 15's first-row effect: the same FullRun timed 23.9 ms as group 1's first row and 13.4 ms as its last).
/// </summary>
internal static class RoundSchedule
{
    /// <summary>
    /// The rows of round <paramref name="round"/> (0-based) of a group of <paramref name="rows"/>, first to last, each with
    /// whether its numerator is timed before its denominator. A row alternates its sides from one round to the next
    /// (A B, B A, … as before); the order of the rows rotates by one every two rounds, and the two rounds at one rotation
    /// time the sides in opposite orders, so over 2 × <paramref name="rows"/> rounds every row takes every position once
    /// with each side first, and no position goes with one side first.
    /// </summary>
    public static IReadOnlyList<(int Row, bool NumeratorFirst)> Of(int round, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(round);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        var rotation = (round / 2) % rows;
        var numeratorFirst = round % 2 == 0;
        var order = new (int Row, bool NumeratorFirst)[rows];
        for (var position = 0; position < rows; position++)
        {
            order[position] = ((position + rotation) % rows, numeratorFirst);
        }

        return order;
    }
}
