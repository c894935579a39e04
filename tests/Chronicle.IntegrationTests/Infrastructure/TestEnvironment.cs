namespace Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// What the machine offers the tests. PostgreSQL tests run where CHRONICLE_TEST_POSTGRES holds an
/// admin connection string; .ci/run always sets it and also sets CHRONICLE_REQUIRE_ALL_TESTS=1, so
/// that in CI a missing server fails the run instead of skipping.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>../shared/data beside the repository, where the public data sets live.</summary>
    public static string SharedData
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

    /// <summary>Skips (or, in CI, fails) a test whose shared data file is absent.</summary>
    public static string RequireSharedData(string relativePath)
    {
        var path = Path.Combine(SharedData, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            if (RequireAll)
            {
                Assert.Fail($"Shared data {path} is missing.");
            }

            Assert.Skip($"Shared data {path} is not present on this machine.");
        }

        return path;
    }
}
