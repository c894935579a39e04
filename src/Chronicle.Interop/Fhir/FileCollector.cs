namespace Chronicle.Interop.Fhir;

/// <summary>What reading one file gathers before references are resolved.</summary>
internal sealed class FileCollector(string file)
{
    public string File { get; } = file;

    public List<MappedResource> Resources { get; } = [];

    /// <summary>Problems with the file as a whole (not JSON, truncated, not a Bundle).</summary>
    public List<FhirIssue> FileIssues { get; } = [];

    public int ResourcesRead { get; set; }

    public int Skipped { get; set; }

    public void FileIssue(int? line, string? path, string reason) => FileIssues.Add(new FhirIssue(File, line, path, reason));

    /// <summary>A resource (or entry) that cannot be read at all; it counts as read and rejected.</summary>
    public void Reject(int line, string? path, string reason, string resourceType = "unknown")
    {
        var broken = new BrokenResource(new FhirSource(File, line, path ?? resourceType, resourceType, null), null);
        broken.Issues.Add(new FhirIssue(File, line, path, reason));
        Resources.Add(broken);
    }
}
