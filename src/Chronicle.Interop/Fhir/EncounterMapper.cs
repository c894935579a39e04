namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;

/// <summary>
/// Encounter → <see cref="VisitDetails"/>. A CPT/HCPCS type code becomes the visit's billing code
/// (what the initiating-visit rule looks at); a SNOMED-only encounter (Synthea) is kept without
/// one, described by its type's display. Cancelled and entered-in-error encounters are not visits.
/// </summary>
internal static class EncounterMapper
{
    public static MappedResource Map(Encounter resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        if (resource.Status is Encounter.EncounterStatus.Cancelled or Encounter.EncounterStatus.EnteredInError)
        {
            return new IgnoredResource(source, fullUrl);
        }

        var mapped = new MappedOwned(source, fullUrl, OwnedKind.Visit);
        var prefix = source.Path;
        mapped.Subject = Owned.Subject(resource.Subject, $"{prefix}.subject", mapped);
        var key = Owned.SourceKey(source, fullUrl, mapped);
        var startedAt = FhirValues.ToSource(resource.Period?.Start, out var error);
        var date = startedAt?.LocalDate(context.TimeZone);
        var endedAt = FhirValues.ToSource(resource.Period?.End, out var endError);
        if (endError is not null)
        {
            mapped.AddIssue($"{prefix}.period.end", endError);
        }

        if (error is not null)
        {
            mapped.AddIssue($"{prefix}.period.start", error);
        }
        else if (date is null)
        {
            mapped.AddIssue($"{prefix}.period.start", "The encounter has no start date (period.start).");
        }

        var code = ReadBillingCode(resource, mapped, prefix);
        for (var i = 0; i < resource.Participant.Count; i++)
        {
            if (resource.Participant[i].Individual?.Reference is { Length: > 0 } reference)
            {
                mapped.Performers.Add(new FhirReference(reference.Trim(), $"{prefix}.participant[{i}].individual.reference", FhirValues.Bounded(resource.Participant[i].Individual!.Display, 200)));
            }
        }

        var description = resource.Type.Select(FhirValues.DisplayOf).FirstOrDefault(d => d is not null);
        if (mapped.IsValid && key is not null && date is { } day)
        {
            var facts = new VisitSourceFacts(startedAt, endedAt, TypeCodings(resource), Identifiers(resource), SourceCodes.Empty);
            mapped.Visit = new VisitDetails(key, day, code, description, RenderingNpi: null, facts);
        }

        return mapped;
    }

    private static SourceCodes TypeCodings(Encounter resource) => SourceCodes.Of(
        resource.Type.SelectMany(t => t.Coding)
            .Where(c => !string.IsNullOrWhiteSpace(c.Code))
            .Select(c => new SourceCode(FhirValues.Bounded(c.System), c.Code!.Trim(), FhirValues.Bounded(c.Display, 200))));

    private static SourceCodes Identifiers(Encounter resource) => SourceCodes.Of(
        resource.Identifier
            .Where(i => !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => new SourceCode(FhirValues.Bounded(i.System), i.Value!.Trim())));

    private static HcpcsCode? ReadBillingCode(Encounter resource, MappedResource mapped, string prefix)
    {
        for (var t = 0; t < resource.Type.Count; t++)
        {
            var codings = resource.Type[t].Coding;
            for (var c = 0; c < codings.Count; c++)
            {
                var coding = codings[c];
                var declared = FhirSystems.IsCpt(coding.System) || FhirSystems.IsHcpcs(coding.System);
                if (coding.System == FhirSystems.Snomed || (!declared && coding.Code?.Trim().Length != 5))
                {
                    continue;
                }

                var parsed = HcpcsCode.TryParse(coding.Code);
                if (parsed.IsValid)
                {
                    return parsed.Value;
                }

                if (declared)
                {
                    mapped.AddIssue($"{prefix}.type[{t}].coding[{c}].code", parsed.Error!);
                }
            }
        }

        return null;
    }
}
