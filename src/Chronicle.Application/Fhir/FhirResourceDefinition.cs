namespace Chronicle.Application.Fhir;

using System.Linq.Expressions;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A resource type over one table: what the caller may see of it, how rows become resources, and
/// its search parameters, each a predicate per value that runs in SQL. Counting and paging run in
/// SQL too; mapping happens per page, with whatever the mapper needs loaded once per page.
/// </summary>
public abstract class FhirResourceDefinition<TEntity> : IFhirResourceType
    where TEntity : class
{
    private IReadOnlyDictionary<string, SearchParameterDefinition<TEntity>>? _parameters;

    public abstract string Name { get; }

    /// <summary>The profile declared in meta.profile and advertised, or null for the core definition only.</summary>
    protected abstract string? Profile { get; }

    public virtual bool InPatientCompartment => false;

    public ResourceCapability Capability => new(
        Name,
        Profile,
        [.. Parameters.Values.Select(p => new SearchParameterCapability(p.Name, p.Type, p.Documentation))],
        [.. Includes.Select(i => i.Name)],
        Operations);

    protected virtual IReadOnlyList<(string Name, string Definition)> Operations => [];

    protected virtual IReadOnlyList<IncludeDefinition> Includes => [];

    private IReadOnlyDictionary<string, SearchParameterDefinition<TEntity>> Parameters => _parameters ??=
        new[] { new SearchParameterDefinition<TEntity>("_id", SearchParamType.Token, "The resource id.", v => Guid.TryParse(v, out var id) ? IdIn([id]) : Nothing) }
            .Concat(SearchParameters)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);

    protected abstract IEnumerable<SearchParameterDefinition<TEntity>> SearchParameters { get; }

    /// <summary>Matches no row: a well-formed value that cannot name anything (an id that is not one of ours).</summary>
    protected static Expression<Func<TEntity, bool>> Nothing => e => false;

    public bool HasParameter(string name) => Parameters.ContainsKey(name);

    public IncludeDefinition? Include(string name) => Includes.FirstOrDefault(i => i.Name == name);

    public async Task<IReadOnlyList<Resource>> ReadAsync(FhirScope scope, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await Visible(scope).Where(IdIn(ids)).ToListAsync(cancellationToken);
        return await MapAsync(scope, rows, cancellationToken);
    }

    public async Task<Result<SearchPage>> SearchAsync(
        FhirScope scope, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> criteria, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(criteria);
        var query = Visible(scope);
        foreach (var (name, values) in criteria)
        {
            var parameter = Parameters[name];
            var predicates = new List<Expression<Func<TEntity, bool>>>(values.Count);
            foreach (var value in values)
            {
                if (parameter.Match(value) is not { } predicate)
                {
                    return new BusinessError(FhirErrors.ParameterInvalid, $"The value '{value}' of search parameter '{name}' is not a valid {parameter.Type.ToString().ToLowerInvariant()} search value.");
                }

                predicates.Add(predicate);
            }

            query = query.Where(SearchValues.Any(predicates));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = count == 0 ? [] : await Order(query).Skip(offset).Take(count).ToListAsync(cancellationToken);
        return new SearchPage(await MapAsync(scope, rows, cancellationToken), total);
    }

    public async Task<IReadOnlyList<Resource>> ForPatientAsync(FhirScope scope, PatientId patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (OfPatient(patient) is not { } predicate)
        {
            return [];
        }

        var rows = await Order(Visible(scope).Where(predicate)).ToListAsync(cancellationToken);
        return await MapAsync(scope, rows, cancellationToken);
    }

    /// <summary>The rows the caller may see, untracked.</summary>
    protected abstract IQueryable<TEntity> Visible(FhirScope scope);

    protected abstract Expression<Func<TEntity, bool>> IdIn(IReadOnlyCollection<Guid> ids);

    /// <summary>A stable order, so that pages neither repeat nor skip rows.</summary>
    protected abstract IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query);

    /// <summary>The rows of one patient's compartment, or null for a type outside it.</summary>
    protected virtual Expression<Func<TEntity, bool>>? OfPatient(PatientId patient) => null;

    protected abstract Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken);

    protected static SearchParameterDefinition<TEntity> Parameter(string name, SearchParamType type, string documentation, Func<string, Expression<Func<TEntity, bool>>?> match) =>
        new(name, type, documentation, match);

    /// <summary>
    /// A token naming the care program (ccm, pcm), with no system or the program system: an empty
    /// code is malformed (null, a 400), any other code or system matches nothing.
    /// </summary>
    protected static Expression<Func<TEntity, bool>>? ProgramToken(string value, Func<CareProgram, Expression<Func<TEntity, bool>>> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (system, code) = SearchValues.Token(value);
        if (code.Length == 0)
        {
            return null;
        }

        return system is null or "" or CcmSystems.Program && CarePrograms.TryParse(code) is { IsValid: true } program
            ? match(program.Value)
            : Nothing;
    }
}

/// <summary>A search parameter: its name, type, what it matches, and the predicate for one value (null when the value is malformed).</summary>
public sealed record SearchParameterDefinition<TEntity>(string Name, SearchParamType Type, string Documentation, Func<string, Expression<Func<TEntity, bool>>?> Match);
