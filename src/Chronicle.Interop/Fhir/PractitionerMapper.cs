namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// Practitioner → <see cref="StaffDetails"/>; PractitionerRole and Organization are read for what
/// they say about NPIs. A practitioner with an NPI and a billing qualification (MD, DO, NP, PA, CNS,
/// CNM) is a billing practitioner; anyone else is clinical staff. The staff id is the NPI, else the id.
/// </summary>
internal static class PractitionerMapper
{
    private const int ExternalIdLength = 64;
    private const int CredentialLength = 16;

    private static readonly HashSet<string> BillingCredentials = new(["MD", "DO", "NP", "PA", "CNS", "CNM"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> KnownCredentials = new(
        ["MD", "DO", "NP", "PA", "CNS", "CNM", "RN", "LPN", "LVN", "MA", "CMA", "APRN", "PHARMD", "RD", "LCSW", "MSW"],
        StringComparer.OrdinalIgnoreCase);

    public static MappedPractitioner Map(Practitioner resource, FhirSource source, string? fullUrl)
    {
        var mapped = new MappedPractitioner(source, fullUrl);
        var prefix = source.Path;
        mapped.Npi = ReadNpi(resource.Identifier, mapped, prefix);
        var externalId = mapped.Npi?.Value ?? resource.Id;
        if (string.IsNullOrWhiteSpace(externalId))
        {
            mapped.AddIssue($"{prefix}.identifier", "The practitioner has neither an NPI (us-npi identifier) nor an id to use as the staff id.");
        }
        else if (externalId.Length > ExternalIdLength)
        {
            mapped.AddIssue($"{prefix}.id", $"The practitioner's id is {externalId.Length} characters long; Chronicle keeps at most {ExternalIdLength}.");
        }

        var name = resource.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? resource.Name.FirstOrDefault();
        var first = FhirValues.Bounded(name?.Given.FirstOrDefault(g => !string.IsNullOrWhiteSpace(g))) ?? string.Empty;
        var last = FhirValues.Bounded(name?.Family) ?? string.Empty;
        if (first.Length == 0 && last.Length == 0)
        {
            mapped.AddIssue($"{prefix}.name", "The practitioner has no name (given or family).");
        }

        var credential = resource.Qualification
            .SelectMany(q => q.Code?.Coding.Select(c => c.Code) ?? [])
            .FirstOrDefault(c => c is not null && KnownCredentials.Contains(c.Trim()))?.Trim().ToUpperInvariant();
        var role = mapped.Npi is not null && credential is not null && BillingCredentials.Contains(credential)
            ? StaffRole.BillingPractitioner
            : StaffRole.ClinicalStaff;
        var email = FhirValues.Bounded(resource.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Email)?.Value);
        if (mapped.IsValid)
        {
            mapped.Details = new StaffDetails(externalId!, first, last, role, FhirValues.Bounded(credential, CredentialLength), mapped.Npi, email);
        }

        return mapped;
    }

    public static MappedPractitionerRole MapRole(PractitionerRole resource, FhirSource source, string? fullUrl)
    {
        var mapped = new MappedPractitionerRole(source, fullUrl) { Npi = ReadNpi(resource.Identifier, null, source.Path) };
        if (resource.Practitioner?.Reference is { Length: > 0 } reference)
        {
            mapped.Practitioner = new FhirReference(reference.Trim(), $"{source.Path}.practitioner.reference");
        }

        return mapped;
    }

    public static MappedOrganization MapOrganization(Organization resource, FhirSource source, string? fullUrl) =>
        new(source, fullUrl)
        {
            Npi = ReadNpi(resource.Identifier, null, source.Path),
            Name = FhirValues.Bounded(resource.Name),
        };

    /// <summary>The us-npi identifier; a malformed one is an issue for a practitioner, ignored elsewhere.</summary>
    private static Npi? ReadNpi(List<Identifier> identifiers, MappedResource? mapped, string prefix)
    {
        for (var i = 0; i < identifiers.Count; i++)
        {
            if (identifiers[i].System != FhirSystems.Npi)
            {
                continue;
            }

            var parsed = Npi.TryParse(identifiers[i].Value);
            if (parsed.IsValid)
            {
                return parsed.Value;
            }

            mapped?.AddIssue($"{prefix}.identifier[{i}].value", parsed.Error!);
        }

        return null;
    }
}
