namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;

/// <summary>
/// Finds the resource a reference points at within one file: by the entry's fullUrl (the
/// urn:uuid references of a transaction bundle), or by Type/id (relative references, and absolute
/// URLs ending in Type/id, as NDJSON lines write them).
/// </summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<string, MappedResource> _byKey = new(StringComparer.Ordinal);

    public ReferenceIndex(IEnumerable<MappedResource> resources)
    {
        foreach (var resource in resources)
        {
            if (resource.FullUrl is { Length: > 0 } fullUrl)
            {
                _byKey.TryAdd(fullUrl, resource);
            }

            if (resource.Source.Id is { Length: > 0 } id)
            {
                _byKey.TryAdd($"{resource.Source.ResourceType}/{id}", resource);
            }
        }
    }

    public MappedResource? Resolve(string reference)
    {
        if (_byKey.TryGetValue(reference, out var found))
        {
            return found;
        }

        var path = reference;
        var history = path.IndexOf("/_history/", StringComparison.Ordinal);
        if (history >= 0)
        {
            path = path[..history];
        }

        var parts = path.Split('/');
        return parts.Length >= 2 && _byKey.TryGetValue($"{parts[^2]}/{parts[^1]}", out found) ? found : null;
    }

    /// <summary>
    /// The NPI a performer reference leads to: a conditional reference names it
    /// (<c>Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999197897</c>, as Synthea writes);
    /// otherwise the Practitioner (or PractitionerRole and its Practitioner) in the file carries it.
    /// </summary>
    public Npi? ResolveNpi(FhirReference reference, MappedResource owner)
    {
        var question = reference.Value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            return ConditionalNpi(reference, question, owner);
        }

        return Resolve(reference.Value) switch
        {
            MappedPractitioner practitioner => practitioner.Npi,
            MappedPractitionerRole role => role.Npi ?? (role.Practitioner is { } p ? (Resolve(p.Value) as MappedPractitioner)?.Npi : null),
            _ => null,
        };
    }

    private static Npi? ConditionalNpi(FhirReference reference, int question, MappedResource owner)
    {
        var type = reference.Value[..question];
        if (type is not ("Practitioner" or "PractitionerRole"))
        {
            return null;
        }

        foreach (var parameter in reference.Value[(question + 1)..].Split('&'))
        {
            if (!parameter.StartsWith("identifier=", StringComparison.Ordinal))
            {
                continue;
            }

            var token = Uri.UnescapeDataString(parameter["identifier=".Length..]);
            var bar = token.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0 || token[..bar] != FhirSystems.Npi)
            {
                continue;
            }

            var npi = Npi.TryParse(token[(bar + 1)..]);
            if (npi.IsValid)
            {
                return npi.Value;
            }

            owner.AddIssue(reference.Path, $"The practitioner reference names an NPI that is not valid: {npi.Error}");
            return null;
        }

        return null;
    }
}
