namespace Chronicle.Application.Time;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// chronicle time summary --month: per patient and program with time in the month, the countable
/// minutes by performer class after every exclusion and merge, and the minutes logged that do not
/// count. The same counting rule as the billing engine (<see cref="Domain.Time.CountableMinutes"/>).
/// </summary>
public sealed class GetTimeSummary(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public async Task<Result<TimeSummary>> ExecuteAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var months = await TimeMonthCounter.PracticeAsync(db, practice.Id, practice.TimeZone, month, cancellationToken);
        var ids = months.Select(m => m.PatientId).Distinct().ToList();
        var mrns = new Dictionary<Domain.Common.PatientId, string>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var p in await access.VisiblePatients().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Mrn }).ToListAsync(cancellationToken))
            {
                mrns[p.Id] = p.Mrn;
            }
        }

        var rows = months
            .Where(m => mrns.ContainsKey(m.PatientId))
            .Select(m => new TimeSummaryRow(mrns[m.PatientId], m.Program.ToCode(), m.Minutes.ClinicalStaff.Value, m.Minutes.BillingPractitioner.Value, m.Minutes.Excluded.Value))
            .OrderBy(r => r.Mrn, StringComparer.Ordinal)
            .ThenBy(r => r.Program, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
            $"time summary {month}: {rows.Count} patient-programs shown"), practiceId: practice.Id), cancellationToken);
        return new TimeSummary(month.ToString(), rows);
    }
}

public sealed record TimeSummary(string Month, IReadOnlyList<TimeSummaryRow> Rows);

/// <summary>One row of the summary, named as the JSON output names it.</summary>
public sealed record TimeSummaryRow(string Mrn, string Program, int ClinicalStaffMinutes, int BillingPractitionerMinutes, int ExcludedMinutes);
