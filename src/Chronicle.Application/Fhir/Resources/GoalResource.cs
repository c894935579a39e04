namespace Chronicle.Application.Fhir.Resources;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Microsoft.EntityFrameworkCore;
using DomainCarePlan = Chronicle.Domain.CarePlans.CarePlan;

/// <summary>
/// The measurable goals of the care plans the caller may see, as US Core Goal. Goals live inside a
/// plan version's content, not in a table of their own, so this type reads the visible plans (one
/// query, narrowed in SQL to the patients named by <c>patient</c>) and filters and pages their
/// goals in memory; a read by id alone reads every visible plan (ADR 0131).
/// </summary>
public sealed class GoalResource : IFhirResourceType
{
    private static readonly SearchParameterCapability[] Parameters =
    [
        new("_id", SearchParamType.Token, "The resource id."),
        new("patient", SearchParamType.Reference, "The patient, as id or Patient/id."),
        new("subject", SearchParamType.Reference, "The patient, as id or Patient/id."),
        new("lifecycle-status", SearchParamType.Token, "proposed, active, completed, on-hold or cancelled."),
        new("target-date", SearchParamType.Date, "The day the target is due, with the usual prefixes."),
    ];

    private static readonly IncludeDefinition[] Includes = [new("Goal:patient", "Patient", r => [((Goal)r).Subject])];

    public string Name => "Goal";

    public bool InPatientCompartment => true;

    public ResourceCapability Capability => new(Name, UsCoreProfiles.Goal, Parameters, [.. Includes.Select(i => i.Name)], []);

    public bool HasParameter(string name) => Array.Exists(Parameters, p => p.Name == name);

    public IncludeDefinition? Include(string name) => Array.Find(Includes, i => i.Name == name);

    public async Task<IReadOnlyList<Resource>> ReadAsync(FhirScope scope, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToHashSet();
        return [.. (await GoalsAsync(scope, null, cancellationToken)).Where(g => wanted.Contains(g.Goal.Id)).Select(ToFhir)];
    }

    public async Task<Result<SearchPage>> SearchAsync(
        FhirScope scope, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> criteria, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(criteria);
        var filters = new List<Func<PlanGoalRow, bool>>();
        List<PatientId>? patients = null;
        foreach (var (name, values) in criteria)
        {
            var tests = new List<Func<PlanGoalRow, bool>>();
            foreach (var value in values)
            {
                if (Match(name, value) is not { } test)
                {
                    return new BusinessError(FhirErrors.ParameterInvalid, $"The value '{value}' of search parameter '{name}' is not a valid search value.");
                }

                tests.Add(test);
            }

            if (name is "patient" or "subject")
            {
                var named = values.Select(v => SearchValues.ReferenceId(v, "Patient")).OfType<Guid>().Select(g => new PatientId(g)).ToList();
                patients = patients is null ? named : [.. patients.Intersect(named)];
            }

            filters.Add(row => tests.Exists(t => t(row)));
        }

        var matches = (await GoalsAsync(scope, patients, cancellationToken)).Where(row => filters.TrueForAll(f => f(row))).ToList();
        return new SearchPage([.. matches.Skip(offset).Take(count).Select(ToFhir)], matches.Count);
    }

    public async Task<IReadOnlyList<Resource>> ForPatientAsync(FhirScope scope, PatientId patient, CancellationToken cancellationToken) =>
        [.. (await GoalsAsync(scope, [patient], cancellationToken)).Select(ToFhir)];

    private static Func<PlanGoalRow, bool>? Match(string name, string value)
    {
        switch (name)
        {
            case "_id":
                return Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? row => row.Goal.Id == id : row => false;
            case "patient" or "subject":
                var patient = SearchValues.ReferenceId(value, "Patient");
                return row => row.Patient.Value == patient;
            case "lifecycle-status":
                var code = SearchValues.Token(value).Code;
                return code.Length == 0 ? null : row => GoalExport.LifecycleOf(row.Goal.Status).GetLiteral() == code;
            case "target-date":
                var predicate = SearchValues.Date<PlanGoal>(g => g.DueDate, value)?.Compile();
                return predicate is null ? null : row => predicate(row.Goal);
            default:
                return null;
        }
    }

    private static async Task<List<PlanGoalRow>> GoalsAsync(FhirScope scope, List<PatientId>? patients, CancellationToken cancellationToken)
    {
        var plans = PlanData.Visible(scope);
        if (patients is not null)
        {
            plans = plans.Where(p => patients.Contains(p.PatientId));
        }

        var loaded = await plans.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. loaded.SelectMany(Rows)];
    }

    private static IEnumerable<PlanGoalRow> Rows(DomainCarePlan plan)
    {
        var content = CarePlanExport.VersionOf(plan).Content;
        return content.Goals.Select(g => new PlanGoalRow(plan.PatientId, g, content.Problems));
    }

    private static Goal ToFhir(PlanGoalRow row) => GoalExport.ToFhir(row.Goal, row.Patient, row.Problems);

    private sealed record PlanGoalRow(PatientId Patient, PlanGoal Goal, IReadOnlyList<PlanProblem> Problems);
}
