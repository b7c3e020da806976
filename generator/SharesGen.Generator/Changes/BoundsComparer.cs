using System.Collections.Generic;
using System.Globalization;
using SharesGen.Generator.Diagnostics;

namespace SharesGen.Generator.Changes;

/// <summary>
/// Compares validation keywords. A tighter request constraint may refuse values callers send today (a warning: only
/// some values); a looser one cannot. A looser response constraint may bring values readers never saw; a tighter
/// one cannot, and is not reported.
/// </summary>
internal static class BoundsComparer
{
    private enum Change
    {
        None,
        Tightened,
        Relaxed,
    }

    public static void Compare(Bounds old, Bounds @new, SchemaShape shape, Place place, Direction direction, List<Finding> into)
    {
        void Report(string keyword, Change change, string before, string after)
        {
            var rule = (change, direction) switch
            {
                (Change.Tightened, Direction.Request) => DiagnosticDescriptors.RequestConstraintTightened,
                (Change.Relaxed, Direction.Request) => DiagnosticDescriptors.RequestConstraintRelaxed,
                (Change.Relaxed, Direction.Response) => DiagnosticDescriptors.ResponseConstraintRelaxed,
                _ => null,
            };
            if (rule is not null)
            {
                into.Add(Finding.Create(rule, shape.PointerOf(keyword), place.ToString(), keyword, before, after));
            }
        }

        void Upper<T>(string keyword, T? before, T? after)
            where T : struct, System.IComparable<T>
            => Report(keyword, Limit(before, after, upper: true), Text(before), Text(after));

        void Lower<T>(string keyword, T? before, T? after, bool zeroIsNoLimit)
            where T : struct, System.IComparable<T>
        {
            // minLength: 0 and minItems: 0 allow everything, as no keyword does.
            var limit = zeroIsNoLimit ? NullIfZero(before) : before;
            var now = zeroIsNoLimit ? NullIfZero(after) : after;
            Report(keyword, Limit(limit, now, upper: false), Text(before), Text(after));
        }

        void Flag(string keyword, bool before, bool after)
            => Report(keyword, before == after ? Change.None : after ? Change.Tightened : Change.Relaxed, Text(before), Text(after));

        Lower("minLength", old.MinLength, @new.MinLength, zeroIsNoLimit: true);
        Upper("maxLength", old.MaxLength, @new.MaxLength);
        Lower("minimum", old.Minimum, @new.Minimum, zeroIsNoLimit: false);
        Upper("maximum", old.Maximum, @new.Maximum);
        Flag("exclusiveMinimum", old.ExclusiveMinimum, @new.ExclusiveMinimum);
        Flag("exclusiveMaximum", old.ExclusiveMaximum, @new.ExclusiveMaximum);
        Lower("minItems", old.MinItems, @new.MinItems, zeroIsNoLimit: true);
        Upper("maxItems", old.MaxItems, @new.MaxItems);
        Flag("uniqueItems", old.UniqueItems, @new.UniqueItems);

        // A value that was a multiple of the old step is one of the new step only if the new step divides the old.
        // (multipleOf: 1 asks nothing of an integer.)
        var integer = ValueKind.Of(shape).Type == "integer";
        var oldStep = integer && old.MultipleOf == 1 ? null : old.MultipleOf;
        var newStep = integer && @new.MultipleOf == 1 ? null : @new.MultipleOf;
        if (oldStep != newStep)
        {
            var change = newStep is not { } step || step == 0 ? Change.Relaxed
                : oldStep is { } previous && previous % step == 0 ? Change.Relaxed
                : Change.Tightened;
            Report("multipleOf", change, Text(old.MultipleOf), Text(@new.MultipleOf));
        }

        // A new or different pattern cannot be proven to accept what the old one did: treat it as tighter.
        if (old.Pattern != @new.Pattern)
        {
            Report("pattern", @new.Pattern is null ? Change.Relaxed : Change.Tightened, Pattern(old.Pattern), Pattern(@new.Pattern));
        }
    }

    /// <summary>How a limit moved: for an upper limit, lower is tighter; for a lower limit, higher is.</summary>
    private static Change Limit<T>(T? before, T? after, bool upper)
        where T : struct, System.IComparable<T>
    {
        if (before is null && after is null)
        {
            return Change.None;
        }

        if (before is null)
        {
            return Change.Tightened;
        }

        if (after is null)
        {
            return Change.Relaxed;
        }

        var order = after.Value.CompareTo(before.Value);
        return order == 0 ? Change.None : (order < 0) == upper ? Change.Tightened : Change.Relaxed;
    }

    private static T? NullIfZero<T>(T? value)
        where T : struct, System.IComparable<T>
        => value is { } v && v.CompareTo(default) == 0 ? null : value;

    private static string Text<T>(T? value)
        where T : struct
        => value is null ? "none" : System.Convert.ToString(value.Value, CultureInfo.InvariantCulture)!;

    private static string Text(bool value) => value ? "true" : "false";

    private static string Pattern(string? pattern) => pattern is null ? "none" : "'" + MessageText.Clean(pattern) + "'";
}
