namespace Chronicle.Interop.Tests.X12;

using System.ComponentModel;
using System.Diagnostics;

/// <summary>
/// Runs node-x12 (tests/node-x12, installed by `npm ci` there) in strict mode over files: a
/// second reader written by others. Without node or the package the test skips, or fails when
/// CHRONICLE_REQUIRE_ALL_TESTS=1 as in CI.
/// </summary>
internal static class NodeX12
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "node-x12");

    /// <summary>One line per file: "OK path groups=.. transactions=.. segments=.. claims=.." or "ERROR path message".</summary>
    public static async Task<(int ExitCode, string[] Lines)> CheckAsync(IReadOnlyList<string> files)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "node-x12")))
        {
            Unavailable($"node-x12 is not installed; run `npm ci --prefix {Folder}`.");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        start.ArgumentList.Add("check-837.js");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            Unavailable($"node is not on the PATH ({e.Message}); install Node.js to run the node-x12 check.");
            throw;
        }

        using (process)
        {
            var cancellation = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var error = process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation);
            var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == files.Count, $"node-x12 printed {lines.Length} lines for {files.Count} files; stderr: {await error}");
            return (process.ExitCode, lines);
        }
    }

    private static void Unavailable(string message)
    {
        if (TestPaths.RequireAll)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
