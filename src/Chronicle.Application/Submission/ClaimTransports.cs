namespace Chronicle.Application.Submission;

using Microsoft.Extensions.Options;

/// <summary>The configured transport, or what configuration is missing for one.</summary>
public sealed class ClaimTransports(IOptions<ClearinghouseOptions> options)
{
    public const string NotConfiguredCode = "SUBMIT-NOT-CONFIGURED";

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
