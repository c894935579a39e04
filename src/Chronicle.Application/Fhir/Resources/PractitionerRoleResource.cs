namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>Each staff member's role in the practice as US Core PractitionerRole (same id as their Practitioner).</summary>
public sealed class PractitionerRoleResource : FhirResourceDefinition<StaffMember>
{
    public override string Name => "PractitionerRole";

    protected override string? Profile => UsCoreProfiles.PractitionerRole;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("PractitionerRole:practitioner", "Practitioner", r => [((PractitionerRole)r).Practitioner]),
        new("PractitionerRole:organization", "Organization", r => [((PractitionerRole)r).Organization]),
    ];

    protected override IEnumerable<SearchParameterDefinition<StaffMember>> SearchParameters =>
    [
        Parameter("practitioner", SearchParamType.Reference, "The Practitioner, as id or Practitioner/id.", v =>
            SearchValues.ReferenceId(v, "Practitioner") is { } id ? StaffIds.In([id]) : Nothing),
        Parameter("organization", SearchParamType.Reference, "The Organization (the practice), as id or Organization/id.", v =>
        {
            if (SearchValues.ReferenceId(v, "Organization") is not { } id)
            {
                return Nothing;
            }

            var practice = new PracticeId(id);
            return s => s.PracticeId == practice;
        }),
        Parameter("role", SearchParamType.Token, "billing-practitioner, clinical-staff or non-clinical (" + ExportSystems.StaffRoles + ").", v =>
        {
            var (system, code) = SearchValues.Token(v);
            if (system is { Length: > 0 } && system != ExportSystems.StaffRoles)
            {
                return Nothing;
            }

            return StaffRoles.TryParse(code) is { IsValid: true } role ? s => s.Role == role.Value : null;
        }),
    ];

    protected override IQueryable<StaffMember> Visible(FhirScope scope) => scope.VisibleStaff();

    protected override Expression<Func<StaffMember, bool>> IdIn(IReadOnlyCollection<Guid> ids) => StaffIds.In(ids);

    protected override IOrderedQueryable<StaffMember> Order(IQueryable<StaffMember> query) => query.OrderBy(s => s.Id);

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<StaffMember> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        return [.. rows.Select(s => PractitionerExport.ToRole(s, practices[s.PracticeId]))];
    }
}
