namespace Chronicle.Domain.Patients;

using Chronicle.Domain.Common;

/// <summary>A person the practice treats, identified within the practice by their MRN.</summary>
public sealed class Patient
{
    private Patient()
    {
        Mrn = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
        Address = Address.Empty;
        Demographics = SourceDemographics.None;
    }

    public PatientId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    /// <summary>Medical record number, unique within the practice.</summary>
    public string Mrn { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public Sex Sex { get; private set; }

    public Mbi? Mbi { get; private set; }

    public Address Address { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Qualified Medicare Beneficiary: may not be billed cost sharing.</summary>
    public bool Qmb { get; private set; }

    public DateOnly? DeceasedOn { get; private set; }

    /// <summary>The language the patient prefers to be spoken to in (BCP 47, e.g. <c>es</c>); null when not known.</summary>
    public string? PreferredLanguage { get; private set; }

    /// <summary>Race, ethnicity, birth sex, marital status and name affixes as the source system sent them.</summary>
    public SourceDemographics Demographics { get; private set; }

    public string DisplayName => $"{LastName}, {FirstName}";

    public int AgeOn(DateOnly date) => AgeInYears(BirthDate, date);

    /// <summary>Age in whole years on a date; for lists that read birth dates without the entity.</summary>
    public static int AgeInYears(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return birthDate.AddYears(age) > date ? age - 1 : age;
    }

    public static Patient Create(PracticeId practiceId, PatientDetails details, DateOnly today)
    {
        var patient = new Patient { Id = PatientId.New(), PracticeId = practiceId };
        patient.Update(details, today);
        return patient;
    }

    /// <summary>Applies imported or edited details; returns whether anything changed.</summary>
    public bool Update(PatientDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problem = details.Validate(today);
        if (problem is not null)
        {
            throw new InvalidValueException("patient", problem);
        }

        var before = Snapshot();
        Mrn = details.Mrn;
        FirstName = details.FirstName;
        LastName = details.LastName;
        BirthDate = details.BirthDate;
        Sex = details.Sex;
        Mbi = details.Mbi;
        Address = details.Address;
        Phone = details.Phone;
        Qmb = details.Qmb;
        DeceasedOn = details.DeceasedOn;
        // A source that does not carry the language or the demographics (a CSV without the column,
        // a form) leaves what another source gave.
        PreferredLanguage = details.PreferredLanguage ?? PreferredLanguage;
        Demographics = details.Demographics ?? Demographics;
        return before != Snapshot();
    }

    /// <summary>Sets or clears the preferred language (a person editing the patient); returns whether it changed.</summary>
    public bool SetPreferredLanguage(string? tag)
    {
        var value = string.IsNullOrWhiteSpace(tag) ? null : LanguageTag.TryParse(tag).GetOrThrow("preferred language");
        var changed = value != PreferredLanguage;
        PreferredLanguage = value;
        return changed;
    }

    private (string, string, string, DateOnly, Sex, Mbi?, Address, string?, bool, DateOnly?, string?, SourceDemographics) Snapshot() =>
        (Mrn, FirstName, LastName, BirthDate, Sex, Mbi, Address, Phone, Qmb, DeceasedOn, PreferredLanguage, Demographics);
}

public sealed record PatientDetails(
    string Mrn,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    Sex Sex,
    Mbi? Mbi,
    Address Address,
    string? Phone,
    bool Qmb,
    DateOnly? DeceasedOn = null,
    string? PreferredLanguage = null,
    SourceDemographics? Demographics = null)
{
    /// <summary>The first rule these details break, or null. Importers report it per row.</summary>
    public string? Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Mrn))
        {
            return "The MRN is empty.";
        }

        if (Identifiers.Problem("MRN", Mrn) is { } mrnProblem)
        {
            return mrnProblem;
        }

        if (string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName))
        {
            return "The patient has no name.";
        }

        if (BirthDate > today)
        {
            return $"The birth date {BirthDate:yyyy-MM-dd} is in the future.";
        }

        if (BirthDate.Year < 1880)
        {
            return $"The birth date {BirthDate:yyyy-MM-dd} is before 1880.";
        }

        if (DeceasedOn is { } died && (died < BirthDate || died > today))
        {
            return $"The date of death {died:yyyy-MM-dd} is before birth or in the future.";
        }

        if (PreferredLanguage is not null && !LanguageTag.IsValid(PreferredLanguage))
        {
            return LanguageTag.TryParse(PreferredLanguage).Error;
        }

        return null;
    }
}

public enum Sex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}

public static class Sexes
{
    public static ValueResult<Sex> TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "female" => ValueResult<Sex>.Ok(Sex.Female),
        "male" => ValueResult<Sex>.Ok(Sex.Male),
        "other" => ValueResult<Sex>.Ok(Sex.Other),
        "unknown" => ValueResult<Sex>.Ok(Sex.Unknown),
        _ => ValueResult<Sex>.Fail($"'{text}' is not a sex; use female, male, other or unknown."),
    };

    public static string ToCode(this Sex sex) => sex.ToString().ToLowerInvariant();
}
