using System;
using NUnit.Framework;

namespace SharesGen.Runtime.Tests;

public class ArgumentChecksTests
{
    [Test]
    public void MaxLength_names_the_parameter_and_the_limit_but_not_the_value()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ArgumentChecks.MaxLength(new string('s', 33), 32, "account_id"));
        Assert.That(exception!.Message, Does.Contain("account_id").And.Contain("32").And.Not.Contain("sssss"));
    }

    [Test]
    public void Values_within_the_limits_pass()
    {
        Assert.DoesNotThrow(() => ArgumentChecks.MaxLength(new string('a', 32), 32, "account_id"));
        Assert.DoesNotThrow(() => ArgumentChecks.Range(100, 1, 100, "per_page"));
        Assert.DoesNotThrow(() => ArgumentChecks.Range(null, 1, 100, "per_page"));
        Assert.DoesNotThrow(() => ArgumentChecks.MaxItems(new string[20], 20, "tag"));
        Assert.DoesNotThrow(() => ArgumentChecks.EachMaxLength(null, 3, "tag"));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void Range_rejects_numbers_outside_minimum_and_maximum(int perPage)
        => Assert.That(() => ArgumentChecks.Range(perPage, 1, 100, "per_page"), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("between 1 and 100"));

    [Test]
    public void MaxItems_and_EachMaxLength_check_lists()
    {
        Assert.That(() => ArgumentChecks.MaxItems(new string[21], 20, "tag"), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ArgumentChecks.EachMaxLength(["ok", "too-long"], 3, "tag"), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ArgumentChecks.EachMaxLength([null!], 3, "tag"), Throws.ArgumentException);
    }

    [Test]
    public void NotNull_throws_ArgumentNullException()
        => Assert.That(() => ArgumentChecks.NotNull(null, "body"), Throws.ArgumentNullException);
}
