namespace Chronicle.BrowserTests.Infrastructure;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// The web app as its own process, started from the web project's build output with
/// <c>dotnet Chronicle.Web.dll</c> as an installation would run it, listening on a loopback port.
/// What it writes is kept, to be shown when it does not come up.
/// </summary>
public sealed class AppInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppInstance(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppInstance> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var web = WebProjectFolder();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { BuiltAssembly(web), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", web })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var instance = new AppInstance(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
        instance._process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilHealthyAsync(cancellationToken);
        }
        catch
        {
            // Never leave a server behind when the test cannot use it.
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    /// <summary>A free loopback port, found by letting the system pick one and giving it back.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Chronicle on port {Port} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var answer = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health"), cancellationToken);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, but still starting on a busy machine.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        throw new InvalidOperationException($"Chronicle on port {Port} did not answer /health in two minutes:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>src/Chronicle.Web in the repository: the content root (settings, wwwroot).</summary>
    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Chronicle.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above the test assembly"), "src", "Chronicle.Web");
    }

    /// <summary>The web project's own build output, in the configuration the tests were built in (bin/Debug/net10.0).</summary>
    private static string BuiltAssembly(string web)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(web, "bin", testOutput.Parent!.Name, testOutput.Name, "Chronicle.Web.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build the solution first.");
    }
}
