namespace Chronicle.Application.Eligibility;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Domain.Patients;

/// <summary>
/// The "Eligible, not enrolled" worklist: the patients <see cref="ListEligibility"/> finds
/// eligible for CCM or PCM who are in no program yet, filtered and sorted as the page asks.
/// Filtering happens after evaluation because eligibility is decided in memory per patient;
/// the categories offered are those of the whole worklist, so a filter never hides its own choices.
/// </summary>
public sealed class GetEligibilityWorklist(ListEligibility eligibility, AuditTrail audit)
{
    public async Task<Result<EligibilityWorklist>> ExecuteAsync(WorklistQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await eligibility.EvaluateAsync(new EligibilityQuery(query.AsOf), cancellationToken);
        if (result.Value is not { } list)
        {
            return result.Error!;
        }

        var candidates = list.Patients
            .Where(IsCandidate)
            .Select(p => new WorklistRow(p.PatientId.Value, p.Mrn, p.Name, Patient.AgeInYears(p.BirthDate, list.AsOf),
                p.ChronicConditions, p.CcmEligible, p.PcmEligible))
            .ToList();

        var categories = candidates
            .SelectMany(r => r.ChronicConditions.Select(c => c.Category))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var rows = Sort(candidates.Where(r => Matches(r, query)), query.Sort, query.Descending).ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
            $"eligibility worklist on {list.AsOf:yyyy-MM-dd}: {rows.Count} of {candidates.Count} patients shown"), practiceId: list.PracticeId), cancellationToken);
        return new EligibilityWorklist(list.PracticeName, list.AsOf, rows, candidates.Count,
            candidates.Count(r => r.CcmEligible), categories);
    }

    /// <summary>Who is on "Eligible, not enrolled": eligible for CCM or PCM and in no program yet (the call list reads it too).</summary>
    internal static bool IsCandidate(PatientEligibility patient) => (patient.CcmEligible || patient.PcmEligible) && patient.Enrolled.Count == 0;

    private static bool Matches(WorklistRow row, WorklistQuery query)
    {
        var program = query.Program switch
        {
            WorklistProgram.Ccm => row.CcmEligible,
            WorklistProgram.PcmOnly => row.PcmEligible && !row.CcmEligible,
            _ => true,
        };
        var category = string.IsNullOrWhiteSpace(query.Category)
            || row.ChronicConditions.Any(c => string.Equals(c.Category, query.Category.Trim(), StringComparison.OrdinalIgnoreCase));
        return program && category && PatientSearch.Matches(query.Search, row.Name, row.Mrn);
    }

    private static IEnumerable<WorklistRow> Sort(IEnumerable<WorklistRow> rows, WorklistSort sort, bool descending)
    {
        // Ties fall back to name then MRN so the order is stable from one request to the next.
        var ordered = sort switch
        {
            WorklistSort.Mrn => descending ? rows.OrderByDescending(r => r.Mrn, StringComparer.Ordinal) : rows.OrderBy(r => r.Mrn, StringComparer.Ordinal),
            WorklistSort.Age => descending ? rows.OrderByDescending(r => r.Age) : rows.OrderBy(r => r.Age),
            WorklistSort.Conditions => descending ? rows.OrderByDescending(r => r.ChronicConditions.Count) : rows.OrderBy(r => r.ChronicConditions.Count),
            _ => descending ? rows.OrderByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase) : rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
        };
        return ordered.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Mrn, StringComparer.Ordinal);
    }
}

public enum WorklistSort
{
    Name,
    Mrn,
    Age,
    Conditions,
}

public enum WorklistProgram
{
    Any,
    Ccm,
    PcmOnly,
}

public sealed record WorklistQuery(
    DateOnly? AsOf = null,
    WorklistProgram Program = WorklistProgram.Any,
    string? Category = null,
    string? Search = null,
    WorklistSort Sort = WorklistSort.Name,
    bool Descending = false);

/// <param name="Total">Eligible patients not enrolled before the filters.</param>
/// <param name="TotalCcm">Of those, how many qualify for CCM.</param>
/// <param name="Categories">Every condition category on the unfiltered worklist, for the category filter.</param>
public sealed record EligibilityWorklist(
    string PracticeName,
    DateOnly AsOf,
    IReadOnlyList<WorklistRow> Rows,
    int Total,
    int TotalCcm,
    IReadOnlyList<string> Categories);

public sealed record WorklistRow(
    Guid PatientId,
    string Mrn,
    string Name,
    int Age,
    IReadOnlyList<ChronicConditionMatch> ChronicConditions,
    bool CcmEligible,
    bool PcmEligible);
