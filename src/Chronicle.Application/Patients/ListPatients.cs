namespace Chronicle.Application.Patients;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// One page of the practice's patients in name order, optionally narrowed by a search on name or
/// MRN (<see cref="PatientSearch"/>). Filtering, counting and paging all run in SQL, so the page
/// costs the same at 48 patients as at 100,000. Staff see their practice's patients; patients,
/// caregivers and outside providers the records shared with them (<see cref="PatientAccess"/>).
/// </summary>
public sealed class ListPatients(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public async Task<Result<PatientPage>> ExecuteAsync(PatientListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var patients = access.VisiblePatients();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        PracticeId? practiceId = null;
        if (access.ActsForPractice)
        {
            var practiceResult = await access.PracticeAsync(null, cancellationToken);
            if (practiceResult.Value is not { } practice)
            {
                return practiceResult.Error!;
            }

            patients = patients.Where(p => p.PracticeId == practice.Id);
            today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
            practiceId = practice.Id;
        }

        foreach (var word in PatientSearch.Words(query.Search))
        {
            // Translated to SQL lower(...) on both providers (LIKE ignores case in SQLite but not in
            // PostgreSQL); the word is already lower case, so no culture is involved in C#.
#pragma warning disable CA1304, CA1311, CA1862
            patients = patients.Where(p =>
                p.FirstName.ToLower().Contains(word) || p.LastName.ToLower().Contains(word) || p.Mrn.ToLower().Contains(word));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await patients.CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(query.Page, 1, pageCount);

        var rows = await patients
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Mrn)
            .Skip((page - 1) * size).Take(size)
            .Select(p => new
            {
                p.Id,
                p.Mrn,
                p.FirstName,
                p.LastName,
                p.BirthDate,
                p.Sex,
                p.DeceasedOn,
                Conditions = db.Conditions.Count(c => c.PatientId == p.Id),
            })
            .ToListAsync(cancellationToken);

        // One event per list shown, not one per row: the search words may be names and stay out of it.
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
            $"patient list: page {page}, {rows.Count} of {total} patients shown{(string.IsNullOrWhiteSpace(query.Search) ? string.Empty : " (searched)")}"),
            practiceId: practiceId), cancellationToken);
        return new PatientPage(
            rows.Select(r => new PatientListRow(r.Id.Value, r.Mrn, $"{r.LastName}, {r.FirstName}", r.BirthDate,
                Patient.AgeInYears(r.BirthDate, r.DeceasedOn ?? today), r.Sex, r.DeceasedOn, r.Conditions)).ToList(),
            page, size, total, pageCount);
    }
}

public sealed record PatientListQuery(string? Search = null, int Page = 1, int PageSize = ListPatients.DefaultPageSize);

/// <param name="Page">The page shown, 1-based, clamped to the pages that exist.</param>
public sealed record PatientPage(IReadOnlyList<PatientListRow> Rows, int Page, int PageSize, int Total, int PageCount);

/// <param name="Age">Age today, or at death.</param>
public sealed record PatientListRow(
    Guid Id,
    string Mrn,
    string Name,
    DateOnly BirthDate,
    int Age,
    Sex Sex,
    DateOnly? DeceasedOn,
    int ConditionCount);
