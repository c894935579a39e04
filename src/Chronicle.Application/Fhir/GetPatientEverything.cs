namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/Patient/{id}/$everything: the patient and every resource of theirs Chronicle serves
/// (each type in the patient compartment of the registry), plus the practice and staff those refer
/// to, in one searchset Bundle. One query per type; one audit event for the patient.
/// <c>_type</c> keeps the listed types only; <c>_count</c> pages the patient's resources (with
/// <c>_offset</c> in the paging links; the resources a page refers to come with it); <c>_since</c>
/// is refused, since Chronicle does not record when each resource last changed (ADR 0271).
/// </summary>
public sealed class GetPatientEverything(FhirResourceRegistry registry, FhirScope scope, AuditTrail audit)
{
    public async Task<Result<Bundle>> ExecuteAsync(EverythingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = EverythingParameters.Parse(registry, request);
        if (parsed.Error is { } error)
        {
            return error;
        }

        var patients = registry.Find("Patient")!;
        var found = Guid.TryParse(request.Id, CultureInfo.InvariantCulture, out var guid)
            ? await patients.ReadAsync(scope, [guid], cancellationToken)
            : [];
        if (found.Count == 0)
        {
            return new BusinessError(FhirErrors.ResourceUnknown, $"There is no Patient with the id '{request.Id}'.");
        }

        var all = new List<Resource>(parsed.Includes("Patient") ? found : []);
        foreach (var type in registry.Types.Where(t => t.InPatientCompartment && t.Name != "Patient" && parsed.Includes(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            all.AddRange(await type.ForPatientAsync(scope, new PatientId(guid), cancellationToken));
        }

        var matches = parsed.Count is { } count ? all.Skip(parsed.Offset).Take(count).ToList() : all;
        var referenced = await ReferencedAsync(matches, parsed, cancellationToken);
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"fhir Patient $everything: {matches.Count + referenced.Count} resource(s)"), new PatientId(guid)), cancellationToken);
        return SearchBundles.Searchset(request.BaseUrl, matches, referenced, all.Count, parsed.Links(request, all.Count), parsed.IgnoredOutcome());
    }

    /// <summary>The served resources the page refers to that are not on it, of the types asked for.</summary>
    private async Task<List<Resource>> ReferencedAsync(List<Resource> matches, EverythingParameters parsed, CancellationToken cancellationToken)
    {
        var seen = matches.Select(m => (m.TypeName, m.Id)).ToHashSet();
        var referenced = new List<Resource>();
        foreach (var group in matches.SelectMany(SearchBundles.ReferencesIn).Where(r => !seen.Contains(r)).Distinct().GroupBy(r => r.Type))
        {
            if (registry.Find(group.Key) is not { } type || !parsed.Includes(type.Name))
            {
                continue;
            }

            var ids = group.Select(r => Guid.TryParse(r.Id, CultureInfo.InvariantCulture, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
            referenced.AddRange(await type.ReadAsync(scope, ids, cancellationToken));
        }

        return referenced;
    }
}

/// <param name="Id">The patient's id as the path gave it.</param>
/// <param name="Parameters">The query: _type, _count, _offset, _format; _since and anything else is refused (or ignored under lenient handling).</param>
/// <param name="Lenient">Prefer: handling=lenient: ignore unsupported parameters instead of refusing the request.</param>
public sealed record EverythingRequest(string Id, IReadOnlyList<(string Name, string Value)> Parameters, string BaseUrl, bool Lenient);
