namespace Chronicle.Application.Submission;

/// <summary>
/// Where claim files go and responses come from (configuration section 'Clearinghouse', ADR 0227):
/// a plain folder pair that the clearinghouse's own software watches, or an SFTP server with key
/// authentication and a pinned host key. Nothing here has a default that could send a file anywhere.
/// </summary>
public sealed class ClearinghouseOptions
{
    public const string Section = "Clearinghouse";

    /// <summary>'folder' or 'sftp'; empty when the practice does not submit through Chronicle.</summary>
    public string? Transport { get; set; }

    /// <summary>Where claim files are put (a local folder, or the folder on the SFTP server).</summary>
    public string? UploadFolder { get; set; }

    /// <summary>Where the clearinghouse leaves 999, 277CA and 835 files.</summary>
    public string? DownloadFolder { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 22;

    public string? User { get; set; }

    /// <summary>The private key file (OpenSSH format) Chronicle signs in with; passwords are not supported.</summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>The server's host key as 'ssh-keygen -lf' prints it ('SHA256:…'); any other key is refused.</summary>
    public string? HostKeyFingerprint { get; set; }

    /// <summary>What is missing for the configured transport, one message per setting; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Need(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{Section}:{name} is required for the '{Transport}' transport.");
            }
        }

        switch (Transport?.Trim().ToLowerInvariant())
        {
            case null or "":
                problems.Add($"{Section}:Transport is not set; set it to 'folder' or 'sftp' (see README, \"Submitting claims\").");
                break;
            case "folder":
                Need(UploadFolder, nameof(UploadFolder));
                Need(DownloadFolder, nameof(DownloadFolder));
                break;
            case "sftp":
                Need(Host, nameof(Host));
                Need(User, nameof(User));
                Need(PrivateKeyFile, nameof(PrivateKeyFile));
                Need(HostKeyFingerprint, nameof(HostKeyFingerprint));
                Need(UploadFolder, nameof(UploadFolder));
                Need(DownloadFolder, nameof(DownloadFolder));
                break;
            default:
                problems.Add($"{Section}:Transport '{Transport}' is not a transport; use 'folder' or 'sftp'.");
                break;
        }

        return problems;
    }
}
