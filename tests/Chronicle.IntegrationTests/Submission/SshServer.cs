namespace Chronicle.IntegrationTests.Submission;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 for the SFTP tests: its own port, host key, client key and
/// authorized key in a temporary folder, with upload and download folders inside it. Skips when
/// /usr/sbin/sshd is absent (fails instead when CHRONICLE_REQUIRE_ALL_TESTS=1, as in CI, where
/// .ci/run installs openssh-server). Stopped (by its own process id) when disposed.
/// </summary>
internal sealed class SshServer : IAsyncDisposable
{
    private const string Sshd = "/usr/sbin/sshd";
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SshServer(string folder, int port, string fingerprint, Process process)
    {
        Folder = folder;
        Port = port;
        HostKeyFingerprint = fingerprint;
        _process = process;

        // sshd -e logs every connection to stderr: drain both pipes as they are written, or a full
        // pipe buffer would block sshd mid-session; the log explains a failed start.
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Folder { get; }

    public int Port { get; }

    public string HostKeyFingerprint { get; }

    public string ClientKey => Path.Combine(Folder, "client_key");

    public string UploadFolder => Path.Combine(Folder, "to-clearinghouse");

    public string DownloadFolder => Path.Combine(Folder, "from-clearinghouse");

    /// <summary>The Clearinghouse settings that point Chronicle at this server.</summary>
    public Dictionary<string, string?> Settings(string? fingerprint = null) => new()
    {
        ["Clearinghouse:Transport"] = "sftp",
        ["Clearinghouse:Host"] = "127.0.0.1",
        ["Clearinghouse:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Clearinghouse:User"] = Environment.UserName,
        ["Clearinghouse:PrivateKeyFile"] = ClientKey,
        ["Clearinghouse:HostKeyFingerprint"] = fingerprint ?? HostKeyFingerprint,
        ["Clearinghouse:UploadFolder"] = UploadFolder,
        ["Clearinghouse:DownloadFolder"] = DownloadFolder,
    };

    public static async Task<SshServer> StartAsync()
    {
        if (!File.Exists(Sshd))
        {
            var reason = $"{Sshd} is absent; install openssh-server to run the SFTP tests.";
            Assert.False(TestEnvironment.RequireAll, reason);
            Assert.Skip(reason);
        }

        var token = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("chronicle-sftp-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "to-clearinghouse"));
        Directory.CreateDirectory(Path.Combine(folder, "from-clearinghouse"));
        await RunAsync("ssh-keygen", token, "-q", "-t", "ed25519", "-N", string.Empty, "-f", Path.Combine(folder, "host_key"));
        await RunAsync("ssh-keygen", token, "-q", "-t", "ed25519", "-N", string.Empty, "-f", Path.Combine(folder, "client_key"));
        File.Copy(Path.Combine(folder, "client_key.pub"), Path.Combine(folder, "authorized_keys"));
        var fingerprint = (await RunAsync("ssh-keygen", token, "-l", "-f", Path.Combine(folder, "host_key.pub"))).Split(' ')[1];

        // sshd refuses to start as root without its privilege separation folder, which only a
        // running system service would have created.
        if (Environment.UserName == "root" && !Directory.Exists("/run/sshd"))
        {
            Directory.CreateDirectory("/run/sshd");
        }

        var port = FreePort();
        var config = Path.Combine(folder, "sshd_config");
        await File.WriteAllTextAsync(config, string.Join('\n',
            $"Port {port}", "ListenAddress 127.0.0.1", $"HostKey {folder}/host_key", $"PidFile {folder}/sshd.pid",
            $"AuthorizedKeysFile {folder}/authorized_keys", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes", "PermitRootLogin prohibit-password", "StrictModes no", "UsePAM no", "Subsystem sftp internal-sftp", string.Empty), token);
        var start = new ProcessStartInfo(Sshd) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-D", "-e", "-f", config })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("sshd did not start.");
        var server = new SshServer(folder, port, fingerprint, process);
        try
        {
            await server.WaitUntilListeningAsync(token);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The whole tree: a per-connection sshd child still holding the log pipes would keep
            // WaitForExitAsync (which waits for the pipes' end too) from returning.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string program, CancellationToken token, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(token);
        var error = await process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        Assert.True(process.ExitCode == 0, $"{program}: {output} {error}");
        return output;
    }

    // Waits for the port to accept, not for a time: sshd binds before it serves.
    private async Task WaitUntilListeningAsync(CancellationToken token)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            // Reads the log only once sshd has exited: reading a running sshd's stderr to its end
            // (as the message argument, evaluated on every attempt) waited forever.
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(token);
                Assert.Fail($"sshd stopped with exit code {_process.ExitCode}: {Log()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, token);
            }
        }

        Assert.Fail($"sshd did not listen on port {Port} within 10 seconds: {Log()}");
    }
}
