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

        string? failure = null;
        string? fileName = null;
        byte[]? bytes = null;
        var result = await export.ExecuteAsync(month, practiceNpi, async (text, token) =>
        {
            bytes = Encoding.UTF8.GetBytes(text);
            fileName = ExportClaims.FileName(practice, month, ControlNumberOf(text));
            try
            {
                await transport.UploadAsync(fileName, bytes, token);
            }
            catch (ClaimTransportException ex)
            {
                failure = ex.Message;
                throw new IOException(ex.Message, ex);
            }
        }, cancellationToken);

        var now = clock.GetUtcNow();
        if (result.Value is not { } written)
        {
            if (failure is null)
            {
                return result.Error!;
            }

            // The export rolled back; the attempt and its error are recorded on their own so the biller sees them.
            db.ChangeTracker.Clear();
            db.ClaimSubmissions.Add(ClaimSubmission.Failed(practice.Id, month, transport.Name, failure, now, access.ActorName));
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"claims submit {month}: {transport.Name} failed", null, practice.Id), cancellationToken);
            return new BusinessError(FailedCode, $"The claim file was not delivered ({failure}). The claims stay approved; submit again when the clearinghouse can be reached.");
        }

        var controlNumber = written.ControlNumber;
        var claims = await db.BillingClaims.Where(c => c.PracticeId == practice.Id && c.ExportedIn == controlNumber && c.Status == ClaimStatus.Exported).ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            claim.MarkSubmitted(now, access.ActorName);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes!));
        db.ClaimSubmissions.Add(ClaimSubmission.Delivered(practice.Id, month, controlNumber, fileName!, transport.Name, claims.Count, bytes!.LongLength, sha, now, access.ActorName));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Export, string.Create(CultureInfo.InvariantCulture,
            $"claims submit {month}: file {controlNumber} by {transport.Name}, {claims.Count} claims"), null, practice.Id), cancellationToken);
        return new ClaimSubmissionResult(month.ToString(), controlNumber, fileName!, transport.Name, written.Claims, written.ChargeCents, sha);
    }

    // ISA is fixed width: ISA13, the interchange control number, is characters 91–99.
    private static long ControlNumberOf(string text) => long.Parse(text.AsSpan(90, 9), CultureInfo.InvariantCulture);
}

/// <summary>A claim file delivered: its control number, name, transport, claims, charges and SHA-256.</summary>
public sealed record ClaimSubmissionResult(string Month, long ControlNumber, string FileName, string Transport, IReadOnlyList<string> Claims, long ChargeCents, string Sha256);
