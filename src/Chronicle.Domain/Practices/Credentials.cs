namespace Chronicle.Domain.Practices;

/// <summary>
/// What a billing practitioner is called from their credential, for care teams and letters: a
/// nurse practitioner is not a doctor (docs/rules/ccm.md §1 lists who may bill: MD/DO, NP, PA, CNS, CNM).
/// </summary>
public static class Credentials
{
    public static string PractitionerTitle(string? credential) =>
        (credential ?? string.Empty).Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant() switch
        {
            "MD" or "DO" => "Primary care physician",
            "NP" or "FNP" or "AGNP" or "APRN" => "Nurse practitioner",
            "PA" or "PA-C" => "Physician assistant",
            "CNS" => "Clinical nurse specialist",
            "CNM" => "Certified nurse-midwife",
            _ => "Practitioner",
        };
}
