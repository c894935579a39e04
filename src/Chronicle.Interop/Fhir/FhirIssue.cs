namespace Chronicle.Interop.Fhir;

/// <summary>
/// A problem found while reading a FHIR file: the file, the line the resource (or the error)
/// starts on, the FHIR path such as <c>Bundle.entry[12].resource.birthDate</c>, and what is wrong.
/// </summary>
public sealed record FhirIssue(string File, int? Line, string? Path, string Reason)
{
    public override string ToString() =>
        $"{File}{(Line is { } line ? $":{line}" : string.Empty)}{(Path is null ? string.Empty : $" [{Path}]")}: {Reason}";
}
