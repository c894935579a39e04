namespace Chronicle.Application.Submission;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle claims submit' and the billing page's Submit button (ADR 0227): the month's approved
/// claims are written as a claim file by <see cref="ExportClaims"/>, whose delivery step is the
/// clearinghouse transport. Only approved claims are sent, and a sent claim is never approved
/// again (only corrected or voided), so submitting twice sends nothing twice. A failed upload rolls
/// the export back (the claims stay approved) and is recorded with its error, to be retried.
/// </summary>
public sealed class SubmitClaims(ChronicleDbContext db, BillingAccess access, ExportClaims export, ClaimTransports transports, AuditTrail audit, TimeProvider clock)
{
    public const string FailedCode = "SUBMIT-FAILED";

    public async Task<Result<ClaimSubmissionResult>> ExecuteAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var (transport, problems) = transports.Create();
        if (transport is null)
        {
            return new BusinessError(ClaimTransports.NotConfiguredCode, "Claims cannot be submitted: " + string.Join(" ", problems));
        }

        var files = new List<SubmittedClaimFile>();
        while (true)
        {
            // One receiver's file per export: what was delivered stays delivered if a later upload fails.
            string? failure = null;
            byte[]? bytes = null;
            var result = await export.ExecuteAsync(month, practiceNpi, async (file, token) =>
            {
                bytes = Encoding.UTF8.GetBytes(file.Text);
                try
                {
                    await transport.UploadAsync(file.FileName, bytes, token);
                }
                catch (ClaimTransportException ex)
                {
                    failure = ex.Message;
                    throw new IOException(ex.Message, ex);
                }
            }, 1, cancellationToken);

            var now = clock.GetUtcNow();
            if (result.Value is not { } run)
            {
                if (failure is null)
                {
                    // Nothing (more) to send ends a submission that has sent something.
                    return files.Count > 0 && result.Error is BusinessError { Code: ClaimCodes.NothingToExport }
                        ? new ClaimSubmissionResult(month.ToString(), transport.Name, files)
                        : result.Error!;
                }

                // The export rolled back; the attempt and its error are recorded on their own so the biller sees them.
                db.ChangeTracker.Clear();
                db.ClaimSubmissions.Add(ClaimSubmission.Failed(practice.Id, month, transport.Name, failure, now, access.ActorName));
                await db.SaveChangesAsync(cancellationToken);
                await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"claims submit {month}: {transport.Name} failed", null, practice.Id), cancellationToken);
                var sent = files.Count == 0 ? string.Empty : $" {files.Count} file(s) for other receivers were delivered.";
                return new BusinessError(FailedCode, $"The claim file was not delivered ({failure}). Its claims stay approved; submit again when the clearinghouse can be reached.{sent}");
            }

            var written = run.Files[0];
            var controlNumber = written.ControlNumber;
            var claims = await db.BillingClaims.Where(c => c.PracticeId == practice.Id && c.ExportedIn == controlNumber && c.Status == ClaimStatus.Exported).ToListAsync(cancellationToken);
            foreach (var claim in claims)
            {
                claim.MarkSubmitted(now, access.ActorName);
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes!));
            db.ClaimSubmissions.Add(ClaimSubmission.Delivered(practice.Id, month, controlNumber, written.FileName, transport.Name, claims.Count, bytes!.LongLength, sha, now, access.ActorName));
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditActions.Export, string.Create(CultureInfo.InvariantCulture,
                $"claims submit {month}: file {controlNumber} by {transport.Name}, {claims.Count} claims"), null, practice.Id), cancellationToken);
            files.Add(new SubmittedClaimFile(controlNumber, written.FileName, written.Claims, written.ChargeCents, sha));
        }
    }

}

/// <summary>What a submission delivered: one file per interchange receiver.</summary>
public sealed record ClaimSubmissionResult(string Month, string Transport, IReadOnlyList<SubmittedClaimFile> Files)
{
    public IReadOnlyList<string> Claims => [.. Files.SelectMany(f => f.Claims)];

    public long ChargeCents => Files.Sum(f => f.ChargeCents);

    /// <summary>The first file's control number, name and SHA-256 (most practices send one file).</summary>
    public long ControlNumber => Files[0].ControlNumber;

    public string FileName => Files[0].FileName;

    public string Sha256 => Files[0].Sha256;
}

/// <summary>A claim file delivered: its control number, name, claims, charges and SHA-256.</summary>
public sealed record SubmittedClaimFile(long ControlNumber, string FileName, IReadOnlyList<string> Claims, long ChargeCents, string Sha256);
