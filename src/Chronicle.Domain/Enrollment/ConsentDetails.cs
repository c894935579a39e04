namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// What was documented about one consent conversation (docs/rules/ccm.md §4): for which program and
/// billing practitioner, when, how, by whom, which disclosures were made, the patient's answer
/// that no other practitioner provides care management (null when it was not asked), the
/// decision, the language it was held in, and the signed form when there is one.
/// </summary>
public sealed record ConsentDetails(
    CareProgram Program,
    BillingPractitioner Practitioner,
    DateOnly Date,
    ConsentMethod Method,
    ConsentDecision Decision,
    ConsentDisclosures Disclosures,
    StaffId? ObtainedBy,
    bool? NoOtherCareManagement,
    string Language,
    SignedDocument? Document = null)
{
    /// <summary>The first rule these details break, or null.</summary>
    public string? Validate()
    {
        if (!Enum.IsDefined(Program) || !Enum.IsDefined(Method) || !Enum.IsDefined(Decision))
        {
            return "The program, method or decision is not one Chronicle knows.";
        }

        if ((Disclosures & ~ConsentDisclosures.All) != 0)
        {
            return "The disclosures include one Chronicle does not know.";
        }

        return IsLanguageTag(Language?.Trim())
            ? null
            : $"'{Language}' is not a language tag such as en, es or zh-Hant.";
    }

    // A BCP 47 tag in the shape that matters here: a 2–3 letter language, then subtags of 1–8
    // letters or digits, as "en", "es-MX", "zh-Hant".
    private static bool IsLanguageTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > 35)
        {
            return false;
        }

        var parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
