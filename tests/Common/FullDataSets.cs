namespace Chronicle.Tests.Common;

/// <summary>
/// The full public data sets, an optional, larger run beside the small subsets committed in
/// tests/data (which always run). Their folder, laid out as tests/data (e.g.
/// <c>synthea/fhir/*.json</c>, <c>icd10cm/icd10cm_codes_2026.txt</c>), is named by one environment
/// variable, <see cref="Variable"/>; the README's Tests section says where each set comes from.
/// Setting the variable opts in: a test over a full set skips, naming the variable, when it is not
/// set; when it is set, a missing file fails the test under CHRONICLE_REQUIRE_ALL_TESTS=1 (as in CI)
/// and skips otherwise, so a run that asked for the full sets never silently leaves one untested.
/// Linked into every test project by tests/Directory.Build.props: one place for the variable.
/// </summary>
internal static class FullDataSets
{
    public const string Variable = "CHRONICLE_FULL_DATA";

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>The folder <see cref="Variable"/> names, or null when it is not set.</summary>
    public static string? Root =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;

    /// <summary>A file or folder of the full sets, or null when the variable is not set or the path is absent.</summary>
    public static string? Find(string relativePath) =>
        Root is { } root && Path.Combine(root, relativePath) is var path && (File.Exists(path) || Directory.Exists(path)) ? path : null;

    /// <summary>A file or folder of the full sets; skips the test where the sets are not configured (see the class).</summary>
    public static string Require(string relativePath)
    {
        if (Find(relativePath) is { } path)
        {
            return path;
        }

        if (RequireAll && Root is { } root)
        {
            Assert.Fail($"The full data set file {Path.Combine(root, relativePath)} is missing ({Variable} = {root}).");
        }

        Assert.Skip(SkipReason(relativePath));
        return string.Empty;
    }

    /// <summary>One reason per data set, so that the closing summary groups these skips.</summary>
    public static string SkipReason(string relativePath) =>
        $"Needs the full public '{relativePath.Split('/', '\\')[0]}' data set: set {Variable} to the folder that holds the full sets, laid out as tests/data (an optional, larger run; README, Tests). The subset in tests/data runs without it.";
}
