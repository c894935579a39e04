namespace Chronicle.Application.Remittance;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.X12.Responses;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The denials worklist (ADR 0229): every rejected and denied claim of the practice, oldest month
/// first, with why in plain words (the CARC/RARC words of <see cref="AdjustmentCodeWords"/>, the
/// rejection's detail) and what can be done: correct and resubmit, void, or write off with a reason.
/// </summary>
public sealed class ListDenials(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    private static readonly ClaimStatus[] Workable = [ClaimStatus.Rejected, ClaimStatus.Denied];

    public async Task<Result<IReadOnlyList<DenialView>>> ExecuteAsync(string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var claims = await db.BillingClaims.AsNoTracking().Where(c => c.PracticeId == practiceId && Workable.Contains(c.Status))
            .OrderBy(c => c.MonthKey).ThenBy(c => c.ClaimNumber).Take(500).ToListAsync(cancellationToken);
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => p.PracticeId == practiceId && patientIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Mrn, p.DisplayName), cancellationToken);
        var adjustments = await PostedAdjustments.OfAsync(db, claims, cancellationToken);
        var remarks = await RemarksAsync(claims, cancellationToken);
        var rows = claims.Select(c => new DenialView(
            c.Id, c.ClaimNumber, patients[c.PatientId].Mrn, patients[c.PatientId].DisplayName, c.Month.ToString(), c.Status.ToCode(),
            c.Charge.Cents / 100m, (c.PaidCents ?? 0) / 100m, c.PayerClaimNumber, c.Note,
            [.. Reasons(adjustments[c.Id]), .. remarks[c.Id].Select(Remark)])
        {
            PatientId = c.PatientId.Value,
            Frequency = c.Frequency,
        }).ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"denials worklist: {rows.Count} claims"), null, practiceId), cancellationToken);
        return rows;
    }

    /// <summary>The remark codes (RARC) the 835 posted with each claim's adjustments, once each, in the order posted.</summary>
    private async Task<ILookup<Guid, string>> RemarksAsync(IReadOnlyCollection<BillingClaim> claims, CancellationToken cancellationToken)
    {
        var ids = claims.Where(c => c.PaidCents is not null).Select(c => c.Id).ToList();
        var found = new List<(Guid ClaimId, string Remarks)>();
        foreach (var slice in ids.Chunk(1000))
        {
            found.AddRange((await db.PostedAdjustments.AsNoTracking().Where(a => slice.Contains(a.ClaimId) && a.Remarks != null)
                .Select(a => new { a.ClaimId, a.Remarks }).ToListAsync(cancellationToken)).Select(a => (a.ClaimId, a.Remarks!)));
        }

        return found.SelectMany(a => a.Remarks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => (a.ClaimId, Remark: r)))
            .Distinct().ToLookup(a => a.ClaimId, a => a.Remark);
    }

    private static string Remark(string code) =>
        $"Remark {code}: {AdjustmentCodeWords.Remark(code) ?? "see https://x12.org/codes/remittance-advice-remark-codes."}";

    /// <summary>The denying adjustments (not the patient's cost sharing) with their words; the remarks follow them.</summary>
    private static IEnumerable<string> Reasons(IEnumerable<AdjustmentView> adjustments)
    {
        foreach (var adjustment in adjustments.Where(a => a.Group != "PR").DistinctBy(a => (a.Group, a.Reason)))
        {
            yield return $"{adjustment.Group}-{adjustment.Reason}: {AdjustmentCodeWords.Group(adjustment.Group) ?? adjustment.Group}; {AdjustmentCodeWords.ReasonOrReference(adjustment.Reason)}";
        }
    }
}

/// <summary>A claim on the denials worklist: who, which month, status, money, the payer's number, why, and the note (a rejection's detail).</summary>
public sealed record DenialView(
    Guid Id, string ClaimNumber, string Mrn, string PatientName, string Month, string Status,
    decimal ChargeAmount, decimal PaidAmount, string? PayerClaimNumber, string? Note, IReadOnlyList<string> Reasons)
{
    /// <summary>The patient's id, for the link to the chart.</summary>
    public Guid PatientId { get; init; }

    /// <summary>1 original, 7 replacement, 8 void: a void is not corrected or voided again, only written off.</summary>
    public int Frequency { get; init; }
}
