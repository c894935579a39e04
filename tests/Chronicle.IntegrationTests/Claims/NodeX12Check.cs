namespace Chronicle.IntegrationTests.Claims;

using System.ComponentModel;
using System.Diagnostics;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// node-x12 (tests/node-x12, `npm ci` there) in strict mode over exported files, as the Interop
/// tests run it: a second reader written by others. Skips without node or the package, fails then
/// when CHRONICLE_REQUIRE_ALL_TESTS=1 as in CI.
/// </summary>
internal static class NodeX12Check
{
    public static async Task AssertReadsAsync(string file, int claims)
    {
        var folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "node-x12")))
        {
            Unavailable($"node-x12 is not installed; run `npm ci --prefix {folder}`.");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add("check-837.js");
        start.ArgumentList.Add(file);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            Unavailable($"node is not on the PATH ({e.Message}).");
            throw;
        }

        using (process)
        {
            var token = TestContext.Current.CancellationToken;
            var output = await process.StandardOutput.ReadToEndAsync(token);
            var error = await process.StandardError.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            Assert.True(process.ExitCode == 0, $"node-x12: {output} {error}");
            Assert.StartsWith($"OK {file} ", output, StringComparison.Ordinal);
            Assert.Contains($"claims={claims}", output, StringComparison.Ordinal);
        }
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "tests", "node-x12");
    }

    private static void Unavailable(string message)
    {
        if (TestEnvironment.RequireAll)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
