namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>A reference as written in a resource, with the FHIR path it was found at (for issues).</summary>
internal readonly record struct FhirReference(string Value, string Path, string? Display = null);

/// <summary>
/// One resource after mapping, before references are resolved: what it became, the references it
/// still needs resolved against the rest of the file, and its issues.
/// </summary>
internal abstract class MappedResource(FhirSource source, string? fullUrl)
{
    public FhirSource Source { get; } = source;

    public string? FullUrl { get; } = fullUrl;

    public List<FhirIssue> Issues { get; } = [];

    public bool IsValid => Issues.Count == 0;

    public void AddIssue(string path, string reason, int? line = null) =>
        Issues.Add(new FhirIssue(Source.File, line ?? Source.Line, path, reason));
}

/// <summary>A resource Chronicle reads but keeps no row for by itself (Medication, PractitionerRole).</summary>
internal abstract class SupportingResource(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl);

internal sealed class MappedPatient(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl)
{
    public PatientDetails? Details { get; set; }

    /// <summary>Resources that refer to this patient; counted as rejected with it when it is.</summary>
    public int Dependents { get; set; }
}

internal enum OwnedKind
{
    Condition,
    Visit,
    ClinicalRecord,
}

/// <summary>A resource that belongs to a patient: a condition, a visit or another clinical record.</summary>
internal sealed class MappedOwned(FhirSource source, string? fullUrl, OwnedKind kind) : MappedResource(source, fullUrl)
{
    public OwnedKind Kind { get; } = kind;

    public FhirReference? Subject { get; set; }

    public ConditionDetails? Condition { get; set; }

    public VisitDetails? Visit { get; set; }

    public ClinicalRecordDetails? Record { get; set; }

    /// <summary>Encounter participants, in order; the first that names an NPI is the rendering practitioner.</summary>
    public List<FhirReference> Performers { get; } = [];

    /// <summary>A condition's encounter, resolved within the file to the visit's source key.</summary>
    public FhirReference? Encounter { get; set; }

    /// <summary>A medicationReference whose Medication, when in the file, supplies the code.</summary>
    public FhirReference? Medication { get; set; }
}

internal sealed class MappedPractitioner(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl)
{
    public StaffDetails? Details { get; set; }

    public Npi? Npi { get; set; }
}

internal sealed class MappedPractitionerRole(FhirSource source, string? fullUrl) : SupportingResource(source, fullUrl)
{
    public FhirReference? Practitioner { get; set; }

    public Npi? Npi { get; set; }
}

internal sealed class MappedMedication(FhirSource source, string? fullUrl) : SupportingResource(source, fullUrl)
{
    public string? CodeSystem { get; set; }

    public string? Code { get; set; }

    public string? Display { get; set; }
}

internal sealed class MappedOrganization(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl)
{
    public Npi? Npi { get; set; }

    public string? Name { get; set; }
}

/// <summary>A resource of a type Chronicle reads that the mapper chose not to keep (entered in error, cancelled).</summary>
internal sealed class IgnoredResource(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl);

/// <summary>A resource Firely could not deserialize: only its issues (and its place, for references) remain.</summary>
internal sealed class BrokenResource(FhirSource source, string? fullUrl) : MappedResource(source, fullUrl);
