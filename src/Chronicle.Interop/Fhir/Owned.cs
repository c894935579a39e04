namespace Chronicle.Interop.Fhir;

using Hl7.Fhir.Model;

/// <summary>What every patient-owned resource needs: the reference to its patient and a stable source key.</summary>
internal static class Owned
{
    public const int SourceKeyLength = 200;

    public static FhirReference? Subject(ResourceReference? reference, string path, MappedResource mapped)
    {
        if (string.IsNullOrWhiteSpace(reference?.Reference))
        {
            mapped.AddIssue(path, "The resource does not say which patient it belongs to (no reference).");
            return null;
        }

        return new FhirReference(reference.Reference.Trim(), $"{path}.reference");
    }

    /// <summary>
    /// The key that finds this record again on the next import: the resource id, else the entry's
    /// fullUrl. Without either a re-import could not tell the record from a new one.
    /// </summary>
    public static string? SourceKey(FhirSource source, string? fullUrl, MappedResource mapped)
    {
        var key = !string.IsNullOrWhiteSpace(source.Id) ? source.Id : fullUrl;
        if (string.IsNullOrWhiteSpace(key))
        {
            mapped.AddIssue($"{source.Path}.id", "The resource has no id (and no fullUrl), so a second import could not recognise it.");
            return null;
        }

        if (key.Length > SourceKeyLength)
        {
            mapped.AddIssue($"{source.Path}.id", $"The resource's id or fullUrl is {key.Length} characters long; Chronicle keeps at most {SourceKeyLength}.");
            return null;
        }

        return key;
    }
}
