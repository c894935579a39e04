namespace Chronicle.Interop.Tests;

/// <summary>
/// Where the tests find files: the repository (the directory holding Chronicle.slnx), the
/// committed fixtures beside the tests, and the public data sets in ../shared/data, which are
/// not committed. A test that needs shared data skips without it, and fails instead when
/// CHRONICLE_REQUIRE_ALL_TESTS=1 (as .ci/run sets).
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

    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>A committed fixture of the code tests.</summary>
    public static string CodesFixture(string name) => Path.Combine(RepoRoot, "tests", "Chronicle.Interop.Tests", "Codes", "Fixtures", name);

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
