namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using DomainPatient = Chronicle.Domain.Patients.Patient;

/// <summary>Patients the caller may see (PatientAccess), as US Core Patient, with <c>$everything</c>.</summary>
public sealed class PatientResource : FhirResourceDefinition<DomainPatient>
{
    public override string Name => "Patient";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.Patient;

    protected override IReadOnlyList<(string Name, string Definition)> Operations =>
        [("everything", "http://hl7.org/fhir/OperationDefinition/Patient-everything")];

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("Patient:organization", "Organization", r => [((Hl7.Fhir.Model.Patient)r).ManagingOrganization])];

    protected override IEnumerable<SearchParameterDefinition<DomainPatient>> SearchParameters =>
    [
        Parameter("identifier", SearchParamType.Token, "The MRN (type MR) or the MBI (http://hl7.org/fhir/sid/us-mbi), as [system|]value.", Identifier),
        Parameter("name", SearchParamType.String, "The start of the given or family name, ignoring case.", v => SearchValues.Prefix<DomainPatient>(v, p => p.FirstName, p => p.LastName)),
        Parameter("family", SearchParamType.String, "The start of the family name, ignoring case.", v => SearchValues.Prefix<DomainPatient>(v, p => p.LastName)),
        Parameter("given", SearchParamType.String, "The start of the given name, ignoring case.", v => SearchValues.Prefix<DomainPatient>(v, p => p.FirstName)),
        Parameter("birthdate", SearchParamType.Date, "The date of birth, with the usual prefixes.", v => SearchValues.Date<DomainPatient>(p => p.BirthDate, v)),
        Parameter("gender", SearchParamType.Token, "female, male, other or unknown.", v => Sexes.TryParse(SearchValues.Token(v).Code) is { IsValid: true } sex
            ? p => p.Sex == sex.Value
            : null),
    ];

    protected override IQueryable<DomainPatient> Visible(FhirScope scope) => scope.VisiblePatients();

    protected override Expression<Func<DomainPatient, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new PatientId(id)).ToList();
        return p => list.Contains(p.Id);
    }

    protected override IOrderedQueryable<DomainPatient> Order(IQueryable<DomainPatient> query) => query.OrderBy(p => p.Id);

    protected override Expression<Func<DomainPatient, bool>>? OfPatient(PatientId patient) => p => p.Id == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<DomainPatient> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        return [.. rows.Select(p => PatientExport.ToFhir(p, practices[p.PracticeId]))];
    }

    private static Expression<Func<DomainPatient, bool>>? Identifier(string value)
    {
        var (system, code) = SearchValues.Token(value);
        if (code.Length == 0)
        {
            return null;
        }

        if (system == ExportSystems.Mbi)
        {
            var mbi = Mbi.TryParse(code);
            return mbi.IsValid ? p => p.Mbi == mbi.Value : Nothing;
        }

        if (system is null or "")
        {
            var mbi = Mbi.TryParse(code);
            return mbi.IsValid ? p => p.Mrn == code || p.Mbi == mbi.Value : p => p.Mrn == code;
        }

        // The MRN system names the practice; any other system names nothing Chronicle keeps.
        return system.StartsWith(ExportSystems.MrnSystem(string.Empty), StringComparison.Ordinal)
            ? p => p.Mrn == code
            : Nothing;
    }
}
