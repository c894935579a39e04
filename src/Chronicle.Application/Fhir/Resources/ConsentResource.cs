namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The CCM and PCM consents of the patients the caller may see, each as it now stands (the record
/// of the consent that no later correction or revocation supersedes), under the id of its first
/// record. Core R4 Consent in the shape of the interop brief; US Core has no Consent profile.
/// </summary>
public sealed class ConsentResource : FhirResourceDefinition<ConsentRecord>
{
    public override string Name => "Consent";

    public override bool InPatientCompartment => true;

    protected override string? Profile => null;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("Consent:patient", "Patient", r => [((Consent)r).Patient]),
        new("Consent:actor", "Practitioner", r => ((Consent)r).Provision?.Actor.Select(a => a.Reference) ?? []),
    ];

    protected override IEnumerable<SearchParameterDefinition<ConsentRecord>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ConsentRecord>(v, c => c.PatientId)),
        Parameter("status", SearchParamType.Token, "active (given and not revoked), inactive (revoked) or rejected (declined).", v => SearchValues.Token(v).Code switch
        {
            "active" => c => c.Decision == ConsentDecision.Accepted && c.RevokedOn == null,
            "inactive" => c => c.Decision == ConsentDecision.Accepted && c.RevokedOn != null,
            "rejected" => c => c.Decision == ConsentDecision.Declined,
            "" => null,
            _ => Nothing,
        }),
        Parameter("date", SearchParamType.Date, "The day the consent was given or declined, with the usual prefixes.", v => SearchValues.Date<ConsentRecord>(c => c.Date, v)),
        Parameter("category", SearchParamType.Token, "LOINC 59284-0 (every consent), or the program: ccm or pcm.", v =>
            SearchValues.Token(v) is (null or "" or CcmSystems.Loinc, CcmSystems.PatientConsent) ? c => true : ProgramToken(v, ProgramIs)),
    ];

    protected override IQueryable<ConsentRecord> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        var records = scope.Db.ConsentRecords.AsNoTracking();
        return records.Where(c => patients.Any(p => p.Id == c.PatientId) && !scope.Db.ConsentRecords.Any(later => later.Supersedes == c.Id));
    }

    protected override Expression<Func<ConsentRecord, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new ConsentId(id)).ToList();
        return c => list.Contains(c.OriginalId);
    }

    protected override IOrderedQueryable<ConsentRecord> Order(IQueryable<ConsentRecord> query) => query.OrderBy(c => c.OriginalId);

    protected override Expression<Func<ConsentRecord, bool>>? OfPatient(PatientId patient) => c => c.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<ConsentRecord> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        return [.. rows.Select(r => ConsentExport.ToFhir(r, practices[r.PracticeId]))];
    }

    private static Expression<Func<ConsentRecord, bool>> ProgramIs(CareProgram program) => c => c.Program == program;
}
