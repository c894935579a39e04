namespace Chronicle.Application.Submission;

using Renci.SshNet;
using Renci.SshNet.Common;

/// <summary>
/// SFTP with SSH.NET (ADR 0227): key authentication only, and the server must present the pinned
/// host key (its SHA-256 fingerprint as 'ssh-keygen -lf' prints it), else nothing is sent. One
/// connection per operation: submissions and polls are rare, and nothing stays open between them.
/// </summary>
internal sealed class SftpTransport(ClearinghouseOptions options) : IClaimTransport
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(60);

    public string Name => "sftp";

    public string OriginOf(string fileName) => $"sftp:{options.Host}/{Remote(options.DownloadFolder!, fileName)}";

    public Task UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        WithClientAsync(client =>
        {
            var target = Remote(options.UploadFolder!, fileName);
            var partial = target + ".partial";
            using (var stream = new MemoryStream(content))
            {
                client.UploadFile(stream, partial);
            }

            client.RenameFile(partial, target);
            return true;
        }, $"upload {fileName}", cancellationToken);

    public Task<IReadOnlyList<string>> ListDownloadsAsync(CancellationToken cancellationToken) =>
        WithClientAsync<IReadOnlyList<string>>(client => client.ListDirectory(options.DownloadFolder!)
            .Where(f => f.IsRegularFile && !f.Name.EndsWith(".partial", StringComparison.Ordinal))
            .Select(f => f.Name).Order(StringComparer.Ordinal).ToList(), "list the download folder", cancellationToken);

    public Task<byte[]> DownloadAsync(string fileName, CancellationToken cancellationToken) =>
        WithClientAsync(client =>
        {
            using var stream = new MemoryStream();
            client.DownloadFile(Remote(options.DownloadFolder!, fileName), stream);
            return stream.ToArray();
        }, $"download {fileName}", cancellationToken);

    /// <summary>'SHA256:abc…' or 'abc…', with or without base64 padding, compared exactly.</summary>
    internal static bool Matches(string pinned, string presentedSha256)
    {
        static string Bare(string text)
        {
            var value = text.Trim();
            value = value.StartsWith("SHA256:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
            return value.TrimEnd('=');
        }

        return string.Equals(Bare(pinned), Bare(presentedSha256), StringComparison.Ordinal);
    }

    private static string Remote(string folder, string fileName) => folder.TrimEnd('/') + "/" + fileName;

    private async Task<T> WithClientAsync<T>(Func<SftpClient, T> work, string what, CancellationToken cancellationToken)
    {
        string? presented = null;
        try
        {
            var key = new PrivateKeyFile(options.PrivateKeyFile!);
            var connection = new ConnectionInfo(options.Host!, options.Port, options.User!, new PrivateKeyAuthenticationMethod(options.User!, key))
            {
                Timeout = ConnectTimeout,
            };

            // Every request (list, open, write, rename) waits at most this long, so a server that
            // stops answering fails the command instead of hanging 'claims submit' or 'remit poll'.
            using var client = new SftpClient(connection) { OperationTimeout = OperationTimeout };
            client.HostKeyReceived += (_, e) =>
            {
                presented = e.FingerPrintSHA256;
                e.CanTrust = Matches(options.HostKeyFingerprint!, e.FingerPrintSHA256);
            };
            using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                // The whole handshake (TCP, key exchange, authentication, SFTP subsystem) is bounded,
                // not just the socket connect.
                connecting.CancelAfter(ConnectTimeout);
                try
                {
                    await client.ConnectAsync(connecting.Token);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"no SSH session within {ConnectTimeout.TotalSeconds:0} seconds", ex);
                }
            }

            try
            {
                return await Task.Run(() => work(client), cancellationToken);
            }
            finally
            {
                client.Disconnect();
            }
        }
        catch (SshConnectionException ex) when (presented is not null && !Matches(options.HostKeyFingerprint!, presented))
        {
            throw new ClaimTransportException(
                $"SFTP {options.Host}:{options.Port} presented host key SHA256:{presented}, not the pinned {options.HostKeyFingerprint}; nothing was sent. Check the clearinghouse's fingerprint before changing {ClearinghouseOptions.Section}:HostKeyFingerprint.", ex);
        }
        catch (Exception ex) when (ex is SshException or IOException or System.Net.Sockets.SocketException or UnauthorizedAccessException or TimeoutException)
        {
            throw new ClaimTransportException($"SFTP {options.Host}:{options.Port} could not {what}: {ex.Message}", ex);
        }
    }
}
