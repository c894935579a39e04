namespace Chronicle.Application.Submission;

/// <summary>A folder pair on this machine (or a share) that the clearinghouse's own software watches.</summary>
internal sealed class FolderTransport(string uploadFolder, string downloadFolder) : IClaimTransport
{
    public string Name => "folder";

    public string OriginOf(string fileName) => "folder:" + Path.Combine(downloadFolder, fileName);

    public async Task UploadAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(uploadFolder);
            var target = Path.Combine(uploadFolder, fileName);
            var partial = target + ".partial";
            await File.WriteAllBytesAsync(partial, content, cancellationToken);
            File.Move(partial, target, overwrite: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClaimTransportException($"The claim file could not be put in {uploadFolder}: {ex.Message}", ex);
        }
    }

    public Task<IReadOnlyList<string>> ListDownloadsAsync(CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<string> names = Directory.Exists(downloadFolder)
                ? Directory.EnumerateFiles(downloadFolder).Select(Path.GetFileName).OfType<string>()
                    .Where(n => !n.EndsWith(".partial", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
                : [];
            return Task.FromResult(names);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClaimTransportException($"The download folder {downloadFolder} could not be read: {ex.Message}", ex);
        }
    }

    public async Task<byte[]> DownloadAsync(string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(Path.Combine(downloadFolder, fileName), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClaimTransportException($"{fileName} could not be read from {downloadFolder}: {ex.Message}", ex);
        }
    }
}
