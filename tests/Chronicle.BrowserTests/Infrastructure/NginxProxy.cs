namespace Chronicle.BrowserTests.Infrastructure;

using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

/// <summary>
/// Debian's nginx terminating TLS on 127.0.0.1 in front of several app instances (round robin),
/// with its own prefix, configuration, pid, logs and temporary files in a folder of the test's.
/// Each answer names the instance that gave it in <see cref="UpstreamHeader"/>. The configuration
/// is the README's (Deployment), with test paths and ports.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    public const string UpstreamHeader = "x-upstream";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<NginxProxy> StartAsync(string folder, int port, IEnumerable<int> upstreamPorts, CancellationToken cancellationToken)
    {
        foreach (var sub in new[] { "logs", "temp" })
        {
            // nginx's workers may run as another user (nobody) when the tests run as root.
            Directory.CreateDirectory(Path.Combine(folder, sub));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(folder, sub), (UnixFileMode)0b111_111_111);
            }
        }

        WriteSelfSignedCertificate(folder);
        var configuration = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configuration, Configuration(folder, port, upstreamPorts), cancellationToken);
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", folder, "-c", configuration, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var proxy = new NginxProxy(Process.Start(start) ?? throw new InvalidOperationException("nginx did not start"), folder, port);
        await proxy.WaitUntilListeningAsync(cancellationToken);
        return proxy;
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

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_folder, "logs", "error.log");
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync(cancellationToken)}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : string.Empty)}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        throw new InvalidOperationException($"nginx did not listen on {Port}");
    }

    /// <summary>A self-signed certificate for 127.0.0.1, made here rather than kept in the repository.</summary>
    private static void WriteSelfSignedCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var from = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(from, from.AddYears(80));
        File.WriteAllText(Path.Combine(folder, "tls.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "tls.key"), key.ExportPkcs8PrivateKeyPem());
    }

    private static string Configuration(string folder, int port, IEnumerable<int> upstreamPorts) => $$"""
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/logs/error.log warn;
        events { worker_connections 64; }
        http {
            access_log {{folder}}/logs/access.log;
            client_body_temp_path {{folder}}/temp/body;
            proxy_temp_path {{folder}}/temp/proxy;
            fastcgi_temp_path {{folder}}/temp/fastcgi;
            uwsgi_temp_path {{folder}}/temp/uwsgi;
            scgi_temp_path {{folder}}/temp/scgi;

            upstream chronicle {
        {{string.Concat(upstreamPorts.Select(p => $"        server 127.0.0.1:{p};\n"))}}    }

            server {
                listen 127.0.0.1:{{port}} ssl;
                server_name 127.0.0.1;
                ssl_certificate {{folder}}/tls.crt;
                ssl_certificate_key {{folder}}/tls.key;
                ssl_protocols TLSv1.2 TLSv1.3;
                client_max_body_size 50m;

                location / {
                    proxy_pass http://chronicle;
                    proxy_http_version 1.1;
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    add_header X-Upstream $upstream_addr always;
                }
            }
        }
        """;
}
