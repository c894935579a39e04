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

        return LanguageTag.IsValid(Language?.Trim())
            ? null
            : $"'{Language}' is not a language tag such as en, es or zh-Hant.";
    }
}
