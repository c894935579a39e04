namespace Chronicle.Interop.Fhir;

/// <summary>
/// Everything one FHIR file (a Bundle or an NDJSON file) holds that Chronicle imports, already
/// validated and with references resolved, plus every issue found. Records with issues are left
/// out of the lists; so are records that belong to a rejected patient.
/// </summary>
public sealed class FhirFileContent
{
    internal FhirFileContent(string file)
    {
        File = file;
    }

    public string File { get; }

    /// <summary>True when the file itself is broken (not JSON, truncated, not a Bundle): nothing in it can be trusted.</summary>
    public bool IsUnreadable { get; internal set; }

    /// <summary>Every resource met in the file, of any type.</summary>
    public int ResourcesRead { get; internal set; }

    /// <summary>Resources of types Chronicle does not keep (Observation, Claim, …), and entries without a resource.</summary>
    public int Skipped { get; internal set; }

    /// <summary>Resources with issues, and the resources that belong to a rejected patient.</summary>
    public int Rejected { get; internal set; }

    public IReadOnlyList<FhirIssue> Issues { get; internal set; } = [];

    public IReadOnlyList<FhirPatientImport> Patients { get; internal set; } = [];

    public IReadOnlyList<FhirStaffImport> Staff { get; internal set; } = [];

    public IReadOnlyList<FhirOrganizationImport> Organizations { get; internal set; } = [];

    public bool HasIssues => Issues.Count > 0;
}
