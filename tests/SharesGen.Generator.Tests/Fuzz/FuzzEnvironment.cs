using System;
using System.Globalization;

namespace SharesGen.Generator.Tests.Fuzz;

/// <summary>The fuzz tests' settings from the environment: a local run goes longer, or replays a failure, with no change to the code.</summary>
internal static class FuzzEnvironment
{
    /// <summary><c>SHARESGEN_FUZZ_SEED</c>, the seed every fuzz test mutates with (default <see cref="FuzzTests.DefaultSeed"/>).</summary>
    public static int Seed => Int("SHARESGEN_FUZZ_SEED", FuzzTests.DefaultSeed);

    /// <summary>The whole number in <paramref name="variable"/>, or <paramref name="fallback"/> when it is unset or not one.</summary>
    public static int Int(string variable, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
