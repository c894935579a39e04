namespace Chronicle.Domain.Tests.Infrastructure;

using System.Collections.Concurrent;
using Chronicle.Tests.Common;

/// <summary>
/// The public data: the small subsets committed in tests/data, which always run, and the full
/// sets (<see cref="FullDataSets"/>: the folder CHRONICLE_FULL_DATA names), an optional, larger run.
/// A test that needs a full set skips where it is absent, and fails instead when
/// CHRONICLE_REQUIRE_ALL_TESTS=1 (as in CI), so a missing file is never silently untested.
/// </summary>
internal static class PublicData
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Icd10Releases = new(StringComparer.Ordinal);

    /// <summary>A file of the committed subset in tests/data; a missing one is a broken checkout, never a skip.</summary>
    public static string SubsetFile(string relativePath)
    {
        var path = Path.Combine(RepoRoot, "tests", "data", relativePath);
        Assert.True(File.Exists(path), $"{path} is missing; tests/data is part of the repository.");
        return path;
    }

    private static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? ".";
        }
    }

    /// <summary>
    /// The billable codes of a CMS "code descriptions in tabular order" codes file (code without
    /// the dot → description), e.g. icd10cm/icd10cm_codes_2026.txt. Read once per test run.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BillableIcd10Codes(string relativePath)
    {
        var path = FullDataSets.Require(relativePath);
        return Icd10Releases.GetOrAdd(path, static p => File.ReadLines(p)
            .Where(line => line.Length > 8)
            .ToDictionary(line => line[..7].TrimEnd(), line => line[8..].Trim(), StringComparer.Ordinal));
    }
}
