namespace Chronicle.Interop.Tests;

using Chronicle.Tests.Common;

/// <summary>
/// Where the tests find files: the repository (the directory holding Chronicle.slnx), the
/// committed fixtures beside the tests, the small public-data subsets committed in tests/data,
/// and the full public data sets, which are not committed (<see cref="FullDataSets"/>: the folder
/// CHRONICLE_FULL_DATA names). The subsets always run; a test over a full set is an optional,
/// larger run that skips without it, and fails instead when CHRONICLE_REQUIRE_ALL_TESTS=1.
/// </summary>
internal static class TestPaths
{
    public static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException($"No Chronicle.slnx above {AppContext.BaseDirectory}.");
        }
    }

    public static bool RequireAll => FullDataSets.RequireAll;

    /// <summary>tests/data: the subsets of the public data sets carried in the repository.</summary>
    public static string SubsetData => Path.Combine(RepoRoot, "tests", "data");

    /// <summary>A committed fixture of the code tests.</summary>
    public static string CodesFixture(string name) => Path.Combine(RepoRoot, "tests", "Chronicle.Interop.Tests", "Codes", "Fixtures", name);

    /// <summary>A file of the committed subset, or of the full set (skipped, or failed in CI, where absent).</summary>
    public static string DataFile(DataSet set, string relativePath) =>
        set == DataSet.Subset ? SubsetFile(relativePath) : FullDataSets.Require(relativePath);

    /// <summary>A file of the committed subset in tests/data; a missing one is a broken checkout, never a skip.</summary>
    public static string SubsetFile(string relativePath)
    {
        var path = Path.Combine(SubsetData, relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing; tests/data is part of the repository.");
        return path;
    }
}
