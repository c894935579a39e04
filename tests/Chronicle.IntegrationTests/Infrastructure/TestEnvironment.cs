namespace Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// What the machine offers the tests. PostgreSQL tests run where CHRONICLE_TEST_POSTGRES holds an
/// admin connection string; the public data subsets in tests/data are always there, the full sets
/// in ../shared/data are optional. .ci/run sets CHRONICLE_TEST_POSTGRES and also
/// CHRONICLE_REQUIRE_ALL_TESTS=1, so that in CI a missing server or data set fails the run
/// instead of skipping.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>../shared/data beside the repository, where the full public data sets live (optional).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>A file or folder of the committed subset, or of the full set (skipped, or failed in CI, where absent).</summary>
    public static string DataFile(DataSet set, string relativePath) =>
        set == DataSet.Subset ? SubsetFile(relativePath) : RequireSharedData(relativePath);

    /// <summary>A file or folder of the subsets committed in tests/data; a missing one is a broken checkout, never a skip.</summary>
    public static string SubsetFile(string relativePath)
    {
        var path = Path.Combine(RepoRoot, "tests", "data", relativePath);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing; tests/data is part of the repository.");
        return path;
    }

    /// <summary>Skips (or, in CI, fails) a test whose file of the full data sets is absent.</summary>
    public static string RequireSharedData(string relativePath)
    {
        var path = Path.Combine(SharedData, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            if (RequireAll)
            {
                Assert.Fail($"Shared data {path} is missing.");
            }

            Assert.Skip($"Needs the full public '{relativePath.Split('/', '\\')[0]}' data set in ../shared/data, which is not beside this clone: an optional, larger run (README, Tests); the subset in tests/data runs without it.");
        }

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
}
