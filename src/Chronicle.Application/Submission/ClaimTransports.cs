namespace Chronicle.Application.Submission;

using Microsoft.Extensions.Options;

/// <summary>The configured transport, or what configuration is missing for one.</summary>
public sealed class ClaimTransports(IOptions<ClearinghouseOptions> options)
{
    public const string NotConfiguredCode = "SUBMIT-NOT-CONFIGURED";

    /// <summary>What configuration is missing before claims can be sent or responses fetched; empty when a transport is set up (the billing page says so beside its Submit button).</summary>
    public IReadOnlyList<string> Problems() => options.Value.Problems();

    /// <summary>The configured transport's name ('folder' or 'sftp'), or null when none is usable.</summary>
    public string? ConfiguredName => Problems().Count == 0 ? options.Value.Transport!.Trim().ToLowerInvariant() : null;

    public (IClaimTransport? Transport, IReadOnlyList<string> Problems) Create()
    {
        var settings = options.Value;
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        IClaimTransport transport = string.Equals(settings.Transport!.Trim(), "sftp", StringComparison.OrdinalIgnoreCase)
            ? new SftpTransport(settings)
            : new FolderTransport(settings.UploadFolder!, settings.DownloadFolder!);
        return (transport, problems);
    }
}
