namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The practice's staff as US Core Practitioner.</summary>
public sealed class PractitionerResource : FhirResourceDefinition<StaffMember>
{
    public override string Name => "Practitioner";

    protected override string? Profile => UsCoreProfiles.Practitioner;

    protected override IEnumerable<SearchParameterDefinition<StaffMember>> SearchParameters =>
    [
        Parameter("identifier", SearchParamType.Token, "The NPI (http://hl7.org/fhir/sid/us-npi) or the practice's staff id, as [system|]value.", Identifier),
        Parameter("name", SearchParamType.String, "The start of the given or family name, ignoring case.", v => SearchValues.Prefix<StaffMember>(v, s => s.FirstName, s => s.LastName)),
    ];

    protected override IQueryable<StaffMember> Visible(FhirScope scope) => scope.VisibleStaff();

    protected override Expression<Func<StaffMember, bool>> IdIn(IReadOnlyCollection<Guid> ids) => StaffIds.In(ids);

    protected override IOrderedQueryable<StaffMember> Order(IQueryable<StaffMember> query) => query.OrderBy(s => s.Id);

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<StaffMember> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        return [.. rows.Select(s => PractitionerExport.ToFhir(s, practices[s.PracticeId]))];
    }

    private static Expression<Func<StaffMember, bool>>? Identifier(string value)
    {
        var (system, code) = SearchValues.Token(value);
        if (code.Length == 0)
        {
            return null;
        }

        var npi = Npi.TryParse(code);
        if (system == ExportSystems.Npi)
        {
            var parsed = npi.Value;
            return npi.IsValid ? s => s.Npi == parsed : Nothing;
        }

        if (system is null or "")
        {
            var parsed = npi.Value;
            return npi.IsValid ? s => s.ExternalId == code || s.Npi == parsed : s => s.ExternalId == code;
        }

        return system.StartsWith(ExportSystems.StaffIdSystem(string.Empty), StringComparison.Ordinal) ? s => s.ExternalId == code : Nothing;
    }
}

/// <summary>Staff ids from the GUIDs a request names.</summary>
internal static class StaffIds
{
    public static Expression<Func<StaffMember, bool>> In(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new StaffId(id)).ToList();
        return s => list.Contains(s.Id);
    }
}
