namespace Chronicle.Application.Statements;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The statements to send for a month: one per patient-month with an approved or exported claim
/// and an amount due, with whether and when it was sent. Qualified Medicare Beneficiaries are
/// never listed: no statement may be sent to them.
/// </summary>
public sealed class ListStatements(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public async Task<Result<IReadOnlyList<StatementRow>>> ExecuteAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var claims = await StatementQuery.ForMonthAsync(db, found.Id, month, null, cancellationToken);
        var key = month.Key;
        var sent = await db.PatientStatements.AsNoTracking().Where(s => s.PracticeId == found.Id && s.MonthKey == key).ToDictionaryAsync(s => s.ClaimId, cancellationToken);
        var rows = claims
            .Where(c => !c.Patient.Qmb)
            .Select(c => (c.Claim, c.Patient, Share: StatementQuery.Share(c.Claim, c.Patient)))
            .Where(c => c.Share.AmountDue > Money.Zero)
            .Select(c => new StatementRow(
                c.Claim.Id, c.Claim.ClaimNumber, c.Patient.Mrn, c.Patient.DisplayName, month.ToString(), c.Share.AmountDue.Cents,
                sent.TryGetValue(c.Claim.Id, out var record) ? record.SentAt : null,
                record?.SentBy))
            .OrderBy(r => r.Mrn, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"statements {month}: {rows.Count} shown"), null, found.Id), cancellationToken);
        return rows;
    }
}

public sealed record StatementRow(Guid ClaimId, string ClaimNumber, string Mrn, string PatientName, string Month, long AmountDueCents, DateTimeOffset? SentAt, string? SentBy);
