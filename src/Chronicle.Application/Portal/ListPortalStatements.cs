namespace Chronicle.Application.Portal;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The statements the practice sent the patient (those the billing office marked sent), newest
/// month first, with the amount each asked for. A statement not sent yet is not shown: the
/// portal shows what the patient was asked to pay, not the billing office's work in progress
/// (estimates are never sent). Each says where its amount came from, and whether a later 835
/// withdrew it (ADR 0255).
/// </summary>
public sealed class ListPortalStatements(PortalScope scope)
{
    public async Task<Result<PortalStatements>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, patientOrCaregiverOnly: true, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var id = patient.Patient.Id;
        var rows = await scope.Db.PatientStatements.AsNoTracking()
            .Where(s => s.PatientId == id)
            .Join(scope.Db.BillingClaims.AsNoTracking(), s => s.ClaimId, c => c.Id, (s, c) => new { s.ClaimId, s.MonthKey, s.AmountDueCents, s.SentAt, c.ClaimNumber, s.ResponseFileId, c.RemittanceTrace, s.WithdrawnAt, s.WithdrawnReason })
            .ToListAsync(cancellationToken);
        var zone = patient.Practice.TimeZone;
        var list = rows
            .OrderByDescending(r => r.MonthKey).ThenBy(r => r.ClaimNumber, StringComparer.Ordinal)
            .Select(r => new PortalStatementRow(
                r.ClaimId, BillingMonth.FromKey(r.MonthKey).ToString(), r.ClaimNumber, r.AmountDueCents, zone.LocalDateOf(r.SentAt),
                (r.ResponseFileId is null ? StatementSource.Estimate : StatementSource.Remittance).ToCode(),
                r.ResponseFileId is null ? null : r.RemittanceTrace,
                r.WithdrawnAt is { } withdrawn ? zone.LocalDateOf(withdrawn) : null,
                r.WithdrawnReason))
            .ToList();
        await scope.Audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"portal statements: {list.Count} shown"), id, patient.Practice.Id), cancellationToken);
        return new PortalStatements(patientId, patient.Name, patient.Practice.Name, patient.Practice.Phone, list);
    }
}

public sealed record PortalStatements(Guid PatientId, string PatientName, string PracticeName, string? PracticePhone, IReadOnlyList<PortalStatementRow> Statements);

/// <param name="Month">yyyy-MM, the month of care the statement is for.</param>
/// <param name="SentOn">The day the practice sent it, in the practice's time zone.</param>
/// <param name="Source">'remittance' (the payer's 835, with its payment <paramref name="Trace"/>), or 'estimate' for statements sent before statements followed remittance.</param>
/// <param name="WithdrawnOn">The day a later 835 withdrew the statement (it is no longer owed), with the reason.</param>
public sealed record PortalStatementRow(
    Guid ClaimId, string Month, string StatementNumber, long AmountDueCents, DateOnly SentOn, string Source, string? Trace, DateOnly? WithdrawnOn, string? WithdrawnReason);
