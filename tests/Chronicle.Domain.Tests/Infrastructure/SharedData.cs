namespace Chronicle.Domain.Tests.Infrastructure;

using System.Collections.Concurrent;

/// <summary>
/// The public data sets in ../shared/data beside the repository (the folder holding
/// Chronicle.slnx). A test that needs one skips where it is absent, and fails instead when
/// CHRONICLE_REQUIRE_ALL_TESTS=1 (as in CI), so a missing file is never silently untested.
/// </summary>
internal static class SharedData
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Icd10Releases = new(StringComparer.Ordinal);

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                directory = directory.Parent;
            }

            return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "..", "shared", "data"));
        }
    }

    public static string Require(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            if (RequireAll)
            {
                Assert.Fail($"Shared data {path} is missing.");
            }

            Assert.Skip($"Shared data {path} is not present on this machine.");
        }

        return path;
    }

    /// <summary>
    /// The billable codes of a CMS "code descriptions in tabular order" codes file (code without
    /// the dot → description), e.g. icd10cm/icd10cm_codes_2026.txt. Read once per test run.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BillableIcd10Codes(string relativePath)
    {
        var path = Require(relativePath);
        return Icd10Releases.GetOrAdd(path, static p => File.ReadLines(p)
            .Where(line => line.Length > 8)
            .ToDictionary(line => line[..7].TrimEnd(), line => line[8..].Trim(), StringComparer.Ordinal));
    }
}
