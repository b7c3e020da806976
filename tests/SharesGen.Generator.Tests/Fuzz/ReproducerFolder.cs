using System.Globalization;
using System.IO;

namespace SharesGen.Generator.Tests.Fuzz;

/// <summary>
/// Where a failing fuzz run keeps the spec that broke the generator: <c>{seed}-{index}.yaml</c> and, beside it, a
/// <c>.txt</c> (git-ignored) with the steps and the failure. A committed reproducer is often shrunk by hand and stays as
/// a test case; a later run that fails on the same seed and index must never overwrite it.
/// </summary>
internal static class ReproducerFolder
{
    /// <summary>
    /// Writes <paramref name="mutation"/> as <c>{seed}-{index}.yaml</c>, or, when that name is taken by another text,
    /// as <c>{seed}-{index}-2.yaml</c> and so on. The same text already there is not written again.
    /// </summary>
    /// <returns>The path of the reproducer.</returns>
    public static string Write(string folder, Mutation mutation, string failure)
    {
        Directory.CreateDirectory(folder);
        var stem = string.Create(CultureInfo.InvariantCulture, $"{mutation.Seed}-{mutation.Index}");
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(folder, n == 1 ? stem + ".yaml" : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.yaml"));
            if (File.Exists(path))
            {
                if (File.ReadAllText(path) == mutation.Text)
                {
                    return path;
                }

                continue;
            }

            try
            {
                // CreateNew: two failing threads of one run cannot take the same name either.
                using var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write));
                writer.Write(mutation.Text);
            }
            catch (IOException) when (File.Exists(path))
            {
                continue;
            }

            File.WriteAllText(Path.ChangeExtension(path, ".txt"), mutation.Describe() + "\n" + failure + "\n");
            return path;
        }
    }
}
