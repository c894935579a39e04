namespace Chronicle.Application.Submission;

/// <summary>
/// A way to the clearinghouse (ADR 0227): put a claim file in its upload folder, list and fetch what
/// it left in the download folder. Failures are <see cref="ClaimTransportException"/> with a message
/// a biller can act on.
/// </summary>
public interface IClaimTransport
{
    /// <summary>'folder' or 'sftp', as recorded with each submission.</summary>
    string Name { get; }

    /// <summary>Where a file comes from, as recorded with each response file (e.g. 'sftp:host/from/x.835').</summary>
    string OriginOf(string fileName);

    /// <summary>Writes the file under a temporary name and renames it, so the clearinghouse never picks up half a file.</summary>
    Task UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListDownloadsAsync(CancellationToken cancellationToken);

    Task<byte[]> DownloadAsync(string fileName, CancellationToken cancellationToken);
}

/// <summary>The clearinghouse could not be reached or refused a file; the message says why.</summary>
public sealed class ClaimTransportException : Exception
{
    public ClaimTransportException(string message)
        : base(message)
    {
    }

    public ClaimTransportException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ClaimTransportException()
    {
    }
}
