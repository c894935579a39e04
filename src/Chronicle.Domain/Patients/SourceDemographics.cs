namespace Chronicle.Domain.Patients;

/// <summary>
/// What a source system says about a patient beyond what Chronicle works with, kept so that it is
/// served back as it came: name prefix and suffix, marital status (HL7 v3 MaritalStatus code),
/// sex assigned at birth (F, M, UNK…), and race and ethnicity as CDC Race &amp; Ethnicity codes
/// (space-separated, OMB categories and detailed codes alike) with the text the source gave.
/// </summary>
public sealed record SourceDemographics(
    string? NamePrefix,
    string? NameSuffix,
    string? MaritalStatus,
    string? BirthSex,
    string? RaceCodes,
    string? RaceText,
    string? EthnicityCodes,
    string? EthnicityText)
{
    public static SourceDemographics None { get; } = new(null, null, null, null, null, null, null, null);

    public bool IsNone => this == None;

    public static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? [] : codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
