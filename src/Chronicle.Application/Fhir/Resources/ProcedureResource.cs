namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Logged care-management time of the patients the caller may see, as US Core Procedure: the
/// entries in force only (not voids, not entries a correction or void replaced), found in SQL.
/// </summary>
public sealed class ProcedureResource : FhirResourceDefinition<TimeEntry>
{
    public override string Name => "Procedure";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.Procedure;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("Procedure:patient", "Patient", r => [((Procedure)r).Subject]),
        new("Procedure:performer", "Practitioner", r => ((Procedure)r).Performer.Select(p => p.Actor)),
        new("Procedure:based-on", "CarePlan", r => ((Procedure)r).BasedOn),
    ];

    protected override IEnumerable<SearchParameterDefinition<TimeEntry>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<TimeEntry>(v, e => e.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<TimeEntry>(v, e => e.PatientId)),
        Parameter("date", SearchParamType.Date, "The practice's local day the work started, with the usual prefixes.", v => SearchValues.Date<TimeEntry>(e => e.LocalDate, v)),
        Parameter("code", SearchParamType.Token, "The activity (phone-call, care-coordination, …), as [system|]code.", v =>
        {
            var (system, code) = SearchValues.Token(v);
            if (code.Length == 0)
            {
                return null;
            }

            return system is null or "" or CcmSystems.TimeActivity && TimeActivities.TryParse(code) is { IsValid: true } activity
                ? ActivityIs(activity.Value)
                : Nothing;
        }),
        Parameter("category", SearchParamType.Token, "The program the time was for: ccm or pcm.", v => ProgramToken(v, ProgramIs)),
        Parameter("status", SearchParamType.Token, "completed: the ledger keeps work that was done.", v => SearchValues.Token(v).Code switch
        {
            "" => null,
            "completed" => e => true,
            _ => Nothing,
        }),
        Parameter("performer", SearchParamType.Reference, "The staff member who did the work, as id or Practitioner/id.", v =>
            SearchValues.ReferenceId(v, "Practitioner") is { } id ? StaffIs(new StaffId(id)) : Nothing),
    ];

    protected override IQueryable<TimeEntry> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        var entries = scope.Db.TimeEntries.AsNoTracking();
        return entries.Where(e => patients.Any(p => p.Id == e.PatientId)
            && e.Kind != TimeEntryKind.Void
            && !scope.Db.TimeEntries.Any(later => later.Replaces == e.Id));
    }

    protected override Expression<Func<TimeEntry, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new TimeEntryId(id)).ToList();
        return e => list.Contains(e.Id);
    }

    protected override IOrderedQueryable<TimeEntry> Order(IQueryable<TimeEntry> query) => query.OrderBy(e => e.LocalDate).ThenBy(e => e.Id);

    protected override Expression<Func<TimeEntry, bool>>? OfPatient(PatientId patient) => e => e.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<TimeEntry> rows, CancellationToken cancellationToken)
    {
        var patients = rows.Select(r => r.PatientId).Distinct().ToList();
        var plans = await scope.Db.CarePlans.AsNoTracking()
            .Where(p => patients.Contains(p.PatientId))
            .Select(p => new { p.PatientId, p.Id })
            .ToDictionaryAsync(p => p.PatientId, p => p.Id, cancellationToken);
        return [.. rows.Select(r => ProcedureExport.ToFhir(r, plans.TryGetValue(r.PatientId, out var plan) ? plan : null))];
    }

    private static Expression<Func<TimeEntry, bool>> ActivityIs(TimeActivity activity) => e => e.Activity == activity;

    private static Expression<Func<TimeEntry, bool>> ProgramIs(CareProgram program) => e => e.Program == program;

    private static Expression<Func<TimeEntry, bool>> StaffIs(StaffId staff) => e => e.StaffId == staff;
}
