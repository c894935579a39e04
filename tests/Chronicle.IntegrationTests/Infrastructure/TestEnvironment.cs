namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Tests.Common;

/// <summary>
/// What the machine offers the tests. PostgreSQL tests run where CHRONICLE_TEST_POSTGRES holds an
/// admin connection string; the public data subsets in tests/data are always there, the full sets
/// (<see cref="FullDataSets"/>, CHRONICLE_FULL_DATA) are optional. .ci/run sets CHRONICLE_TEST_POSTGRES and also
/// CHRONICLE_REQUIRE_ALL_TESTS=1, so that in CI a missing server or data set fails the run
/// instead of skipping.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>A file or folder of the committed subset, or of the full set (skipped, or failed in CI, where absent).</summary>
    public static string DataFile(DataSet set, string relativePath) =>
        set == DataSet.Subset ? SubsetFile(relativePath) : FullDataSets.Require(relativePath);

    /// <summary>A file or folder of the subsets committed in tests/data; a missing one is a broken checkout, never a skip.</summary>
    public static string SubsetFile(string relativePath)
    {
        var path = Path.Combine(RepoRoot, "tests", "data", relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing; tests/data is part of the repository.");
        return path;
    }

    /// <summary>A file or folder of the full data sets (skipped, or failed in CI, where absent).</summary>
    public static string RequireFullData(string relativePath) => FullDataSets.Require(relativePath);

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
}
