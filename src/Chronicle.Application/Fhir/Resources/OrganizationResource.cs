namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The caller's practice as US Core Organization.</summary>
public sealed class OrganizationResource : FhirResourceDefinition<Practice>
{
    public override string Name => "Organization";

    protected override string? Profile => UsCoreProfiles.Organization;

    protected override IEnumerable<SearchParameterDefinition<Practice>> SearchParameters =>
    [
        Parameter("identifier", SearchParamType.Token, "The group NPI (http://hl7.org/fhir/sid/us-npi), as [system|]value.", v =>
        {
            var (system, code) = SearchValues.Token(v);
            if (code.Length == 0)
            {
                return null;
            }

            var npi = Npi.TryParse(code);
            var parsed = npi.Value;
            return npi.IsValid && system is null or "" or ExportSystems.Npi ? p => p.GroupNpi == parsed : Nothing;
        }),
        Parameter("name", SearchParamType.String, "The start of the name, ignoring case.", v => SearchValues.Prefix<Practice>(v, p => p.Name)),
    ];

    protected override IQueryable<Practice> Visible(FhirScope scope) => scope.VisiblePractices();

    protected override Expression<Func<Practice, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new PracticeId(id)).ToList();
        return p => list.Contains(p.Id);
    }

    protected override IOrderedQueryable<Practice> Order(IQueryable<Practice> query) => query.OrderBy(p => p.Id);

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<Practice> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(OrganizationExport.ToFhir)]);
}
