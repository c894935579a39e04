namespace Chronicle.Application.Eligibility;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Every patient of a practice with the chronic conditions that count on a date and the programs
/// they qualify for (chronicle eligibility, the "Eligible, not enrolled" page). Two set-based
/// queries (patients, their conditions), never one per patient. Staff get their own practice; the
/// CLI operator the practice named by group NPI, or the only one.
/// </summary>
public sealed class ListEligibility(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<EligibilityList>> ExecuteAsync(EligibilityQuery query, CancellationToken cancellationToken)
    {
        var result = await EvaluateAsync(query, cancellationToken);
        if (result.Value is { } list)
        {
            await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
                $"eligibility list on {list.AsOf:yyyy-MM-dd}: {list.Patients.Count} patients shown"), practiceId: list.PracticeId), cancellationToken);
        }

        return result;
    }

    /// <summary>The list without an audit event, for use cases that show part of it and record what they show.</summary>
    internal async Task<Result<EligibilityList>> EvaluateAsync(EligibilityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var practiceResult = await access.PracticeAsync(query.PracticeNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var asOf = query.AsOf ?? practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var patients = await access.VisiblePatients()
            .Where(p => p.PracticeId == practice.Id)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Mrn)
            .Select(p => new { p.Id, p.Mrn, p.FirstName, p.LastName, p.BirthDate, p.DeceasedOn })
            .ToListAsync(cancellationToken);

        var conditions = (await db.Conditions.AsNoTracking()
            .Where(c => c.PracticeId == practice.Id)
            .Select(c => new
            {
                c.PatientId,
                c.CodeSystem,
                c.Code,
                c.Display,
                c.ClinicalStatus,
                c.OnsetDate,
                c.AbatementDate,
                c.ChronicOverride,
                c.Classification.IsChronic,
                c.Classification.Category,
                c.Classification.Source,
            })
            .ToListAsync(cancellationToken))
            .ToLookup(
                c => c.PatientId,
                c => ConditionFact.Create(c.CodeSystem, c.Code, c.Display, c.ClinicalStatus, c.OnsetDate, c.AbatementDate,
                    c.ChronicOverride, new ChronicClassification(c.IsChronic, c.Category, c.Source)));

        var enrolled = await EnrolledProgramsAsync(practice.Id, asOf, cancellationToken);
        var rows = patients.Select(p =>
        {
            var result = EligibilityEvaluator.Evaluate(conditions[p.Id], asOf, p.DeceasedOn);
            return new PatientEligibility(
                p.Id, p.Mrn, $"{p.LastName}, {p.FirstName}", p.BirthDate,
                result.ChronicConditions.Select(ToMatch).ToList(), result.CcmEligible, result.PcmEligible,
                enrolled[p.Id].Order(StringComparer.Ordinal).ToList());
        }).ToList();

        return new EligibilityList(practice.Name, asOf, rows) { PracticeId = practice.Id };
    }

    /// <summary>
    /// The programs each patient is enrolled in on <paramref name="asOf"/>: an enrolled period that
    /// has not ended by then (one starting later counts too, so a patient just enrolled from the
    /// first of next month does not reappear as a candidate). One query for the whole practice.
    /// </summary>
    private async Task<ILookup<PatientId, string>> EnrolledProgramsAsync(PracticeId practiceId, DateOnly asOf, CancellationToken cancellationToken) =>
        (await db.PatientEnrollments.AsNoTracking().AsSplitQuery()
            .Where(p => p.PracticeId == practiceId)
            .ToListAsync(cancellationToken))
        .SelectMany(a => a.Enrollments)
        .Where(e => e.Start is not null && (e.End is null || e.End >= asOf))
        .Select(e => (e.PatientId, Program: e.Program.ToCode()))
        .Distinct()
        .ToLookup(e => e.PatientId, e => e.Program);

    private static ChronicConditionMatch ToMatch(ConditionFact fact) => new(
        fact.DisplayCode,
        fact.System == CodeSystem.Icd10Cm ? "icd-10-cm" : "snomed-ct",
        fact.Display,
        fact.Category ?? fact.Code,
        fact.Source);
}

public sealed record EligibilityQuery(DateOnly? AsOf = null, string? PracticeNpi = null);

public sealed record EligibilityList(string PracticeName, DateOnly AsOf, IReadOnlyList<PatientEligibility> Patients)
{
    public PracticeId? PracticeId { get; init; }
}

/// <param name="Enrolled">The programs ("ccm", "pcm") the patient is enrolled in on the as-of date.</param>
public sealed record PatientEligibility(
    PatientId PatientId,
    string Mrn,
    string Name,
    DateOnly BirthDate,
    IReadOnlyList<ChronicConditionMatch> ChronicConditions,
    bool CcmEligible,
    bool PcmEligible,
    IReadOnlyList<string> Enrolled);

/// <param name="System">"icd-10-cm" or "snomed-ct", as the eligibility output spells them.</param>
public sealed record ChronicConditionMatch(string Code, string System, string? Display, string Category, string Source);
