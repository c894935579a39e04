namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The billing page's other half: the month's decisions that carry no claim (not billable: not
/// enrolled, below every threshold), each with its counted minutes and reasons, so that every
/// patient-month the close decided is on the page and none is silently missing.
/// </summary>
public sealed class ListUnclaimedDecisions(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public async Task<Result<UnclaimedDecisions>> ExecuteAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var (practiceId, key) = (found.Id, month.Key);
        var withClaim = db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key).Select(c => c.DecisionId);
        var decisions = await db.MonthDecisions.AsNoTracking()
            .Where(d => d.PracticeId == practiceId && d.MonthKey == key && !withClaim.Contains(d.Id))
            .ToListAsync(cancellationToken);
        var patientIds = decisions.Select(d => d.PatientId).Distinct().ToList();
        var patients = new Dictionary<PatientId, (string Mrn, string Name)>();
        foreach (var chunk in patientIds.Chunk(500))
        {
            foreach (var p in await db.Patients.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Mrn, p.LastName, p.FirstName }).ToListAsync(cancellationToken))
            {
                patients[p.Id] = (p.Mrn, $"{p.LastName}, {p.FirstName}");
            }
        }

        var rows = decisions
            .Where(d => patients.ContainsKey(d.PatientId))
            .Select(d => new UnclaimedDecision(
                d.PatientId.Value,
                patients[d.PatientId].Mrn,
                patients[d.PatientId].Name,
                d.Program.ToCode(),
                d.Status.ToCode(),
                new CountedMinutesView(d.ClinicalStaffMinutes, d.BillingPractitionerMinutes),
                d.Reasons.Select(r => new ReasonView(r.Code, r.Message, r.Source)).ToList(),
                d.Explanation))
            .OrderBy(r => r.Mrn, StringComparer.Ordinal).ThenBy(r => r.Program, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"decisions without a claim {month}: {rows.Count} shown"), null, practiceId), cancellationToken);
        return new UnclaimedDecisions(month.ToString(), rows);
    }
}

public sealed record UnclaimedDecisions(string Month, IReadOnlyList<UnclaimedDecision> Rows);

/// <summary>A decided patient-month with no claim, as the billing page lists it.</summary>
public sealed record UnclaimedDecision(
    Guid PatientId,
    string Mrn,
    string PatientName,
    string Program,
    string Status,
    CountedMinutesView CountedMinutes,
    IReadOnlyList<ReasonView> Reasons,
    IReadOnlyList<string> Explanation);
