using System;
using System.IO;
using NUnit.Framework;

namespace SharesGen.EndToEnd.Tests.Readme;

/// <summary>
/// The README's mocking example is MockingExample.cs, which this project compiles and NUnit runs (MyApp.Tests);
/// this test keeps the README's copy identical to it, so the README shows code that builds and passes.
/// </summary>
public class ReadmeExampleTests
{
    [Test]
    public void The_README_mocking_example_is_the_compiled_and_tested_MockingExample_cs()
    {
        var root = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", ".."));
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var example = File.ReadAllText(Path.Combine(root, "tests", "SharesGen.EndToEnd.Tests", "Readme", "MockingExample.cs")).ReplaceLineEndings("\n");

        Assert.That(readme, Does.Contain("```csharp\n" + example + "```\n"), "README.md's mocking example differs from tests/SharesGen.EndToEnd.Tests/Readme/MockingExample.cs");
    }
}
