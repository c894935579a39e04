namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>Visits of the patients the caller may see, as US Core Encounter.</summary>
public sealed class EncounterResource : FhirResourceDefinition<Visit>
{
    public override string Name => "Encounter";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.Encounter;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("Encounter:patient", "Patient", r => [((Encounter)r).Subject]),
        new("Encounter:practitioner", "Practitioner", r => ((Encounter)r).Participant.Select(p => p.Individual)),
        new("Encounter:service-provider", "Organization", r => [((Encounter)r).ServiceProvider]),
    ];

    protected override IEnumerable<SearchParameterDefinition<Visit>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Visit>(v, e => e.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Visit>(v, e => e.PatientId)),
        Parameter("date", SearchParamType.Date, "The day of the visit, with the usual prefixes.", v => SearchValues.Date<Visit>(e => e.Date, v)),
        Parameter("status", SearchParamType.Token, "finished: Chronicle keeps visits that took place.", v =>
            SearchValues.Token(v).Code == "finished" ? e => true : Nothing),
        Parameter("type", SearchParamType.Token, "The CPT or HCPCS code of the visit, as [system|]code.", v =>
        {
            var (system, code) = SearchValues.Token(v);
            var parsed = HcpcsCode.TryParse(code);
            if (!parsed.IsValid)
            {
                return code.Length == 0 ? null : Nothing;
            }

            var value = parsed.Value;
            return system is null or "" or ExportSystems.Cpt or ExportSystems.Hcpcs ? e => e.Code == value : Nothing;
        }),
    ];

    protected override IQueryable<Visit> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.Visits.AsNoTracking().Where(e => patients.Any(p => p.Id == e.PatientId));
    }

    protected override Expression<Func<Visit, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new VisitId(id)).ToList();
        return e => list.Contains(e.Id);
    }

    protected override IOrderedQueryable<Visit> Order(IQueryable<Visit> query) => query.OrderBy(e => e.Id);

    protected override Expression<Func<Visit, bool>>? OfPatient(PatientId patient) => e => e.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<Visit> rows, CancellationToken cancellationToken)
    {
        var practiceIds = rows.Select(r => r.PracticeId).Distinct().ToList();
        var practices = await scope.PracticesAsync(practiceIds, cancellationToken);
        var staff = await scope.Db.StaffMembers.AsNoTracking()
            .Where(s => practiceIds.Contains(s.PracticeId) && s.Npi != null)
            .ToListAsync(cancellationToken);
        var byNpi = staff.GroupBy(s => s.PracticeId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Npi, Domain.Practices.StaffMember>)g
            .GroupBy(s => s.Npi!.Value).ToDictionary(n => n.Key, n => n.First()));
        var none = new Dictionary<Npi, Domain.Practices.StaffMember>();
        return [.. rows.Select(v => EncounterExport.ToFhir(v, practices[v.PracticeId], byNpi.GetValueOrDefault(v.PracticeId) ?? none))];
    }
}
