namespace Chronicle.Application.Remittance;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Submission;

/// <summary>
/// 'chronicle remit poll' (ADR 0228): fetches every file in the clearinghouse's download folder and
/// imports those whose content was not received before. Files are left where they are (the
/// clearinghouse owns its folder); the content hash is what makes a second poll change nothing.
/// </summary>
public sealed class PollResponses(BillingAccess access, ClaimTransports transports, ImportResponses import)
{
    public const string FailedCode = "REMIT-POLL-FAILED";

    public async Task<Result<PollResult>> ExecuteAsync(string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var (transport, problems) = transports.Create();
        if (transport is null)
        {
            return new BusinessError(ClaimTransports.NotConfiguredCode, "Responses cannot be fetched: " + string.Join(" ", problems));
        }

        var fresh = new List<ResponseInput>();
        var seen = 0;
        try
        {
            foreach (var name in await transport.ListDownloadsAsync(cancellationToken))
            {
                var content = await transport.DownloadAsync(name, cancellationToken);
                if (await import.KnownAsync(practice, ImportResponses.Sha256Of(content), cancellationToken))
                {
                    seen++;
                    continue;
                }

                fresh.Add(new ResponseInput(transport.OriginOf(name), content));
            }
        }
        catch (ClaimTransportException ex)
        {
            return new BusinessError(FailedCode, $"The download folder could not be read: {ex.Message} Nothing was imported.");
        }

        var imported = await import.ExecuteAsync(fresh, practiceNpi, cancellationToken);
        if (imported.Value is not { } files)
        {
            return imported.Error!;
        }

        return new PollResult(seen, files);
    }
}

/// <summary>A poll: how many files were already known (skipped), and what each new file did.</summary>
public sealed record PollResult(int AlreadyReceived, IReadOnlyList<ResponseImport> Files);
