namespace Chronicle.Domain.Codes;

using Chronicle.Domain.Common;

/// <summary>
/// An ICD-10-CM diagnosis code in its shape only: a letter, two alphanumerics (the category, e.g.
/// E11, C4A or, from FY2026, the chapter-23 QA0), then up to four alphanumerics, written with or without the dot
/// after the category. Whether a code exists and is billable is a question for the loaded code set
/// (<see cref="Icd10CodeSet"/>), not for this type.
/// </summary>
public readonly record struct Icd10Code
{
    private Icd10Code(string value) => Value = value;

    /// <summary>The code without a dot, upper case, e.g. E119. This is how CMS files and X12 carry it.</summary>
    public string Value { get; }

    /// <summary>The three-character category, e.g. E11.</summary>
    public string Category => Value[..3];

    /// <summary>The form people read, with the dot: E11.9.</summary>
    public string Display => Value.Length > 3 ? $"{Value[..3]}.{Value[3..]}" : Value;

    public static ValueResult<Icd10Code> TryParse(string? text)
    {
        var raw = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (raw.Length == 0)
        {
            return ValueResult<Icd10Code>.Fail("The ICD-10-CM code is empty.");
        }

        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && (dot != 3 || raw.IndexOf('.', dot + 1) >= 0 || raw.Length == 4))
        {
            return ValueResult<Icd10Code>.Fail($"'{text}' is not an ICD-10-CM code: a dot may only follow the first three characters.");
        }

        var value = dot >= 0 ? raw.Remove(dot, 1) : raw;
        if (value.Length is < 3 or > 7)
        {
            return ValueResult<Icd10Code>.Fail($"'{text}' is not an ICD-10-CM code: codes have 3 to 7 characters.");
        }

        if (!char.IsAsciiLetterUpper(value[0]))
        {
            return ValueResult<Icd10Code>.Fail($"'{text}' is not an ICD-10-CM code: it must start with a letter.");
        }

        if (!value.All(char.IsAsciiLetterOrDigit))
        {
            return ValueResult<Icd10Code>.Fail($"'{text}' is not an ICD-10-CM code: only letters and digits are allowed.");
        }

        // Every category has a digit in the second place except those of chapter 23 (FY2026), whose
        // blocks are lettered after the Q (QA0…); later releases may add QB and on, so any letter passes.
        if (!char.IsAsciiDigit(value[1]) && value[0] != 'Q')
        {
            return ValueResult<Icd10Code>.Fail($"'{text}' is not an ICD-10-CM code: the second character must be a digit (chapter 23 codes such as QA0 aside).");
        }

        return ValueResult<Icd10Code>.Ok(new Icd10Code(value));
    }

    public static Icd10Code Parse(string text) => TryParse(text).GetOrThrow("ICD-10-CM code");

    public override string ToString() => Display;
}
