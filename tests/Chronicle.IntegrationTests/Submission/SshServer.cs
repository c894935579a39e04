namespace Chronicle.IntegrationTests.Submission;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    private SshServer(string folder, int port, string fingerprint, Process process)
    {
        Folder = folder;
        Port = port;
        HostKeyFingerprint = fingerprint;
        _process = process;
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
        await server.WaitUntilListeningAsync(token);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
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
            Assert.False(_process.HasExited, "sshd stopped: " + await _process.StandardError.ReadToEndAsync(token));
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

        Assert.Fail($"sshd did not listen on port {Port}.");
    }
}
