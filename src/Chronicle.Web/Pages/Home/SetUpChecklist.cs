namespace Chronicle.Web.Pages.Home;

using Chronicle.Application.Billing;
using Chronicle.Application.Codes;
using Chronicle.Application.Users;

/// <summary>One step of setting up the practice: done or not, what it means, and where to do it.</summary>
public sealed record SetUpStep(string Title, bool Done, string Detail, string? Link, string? LinkText);

/// <summary>
/// The administrator's set-up checklist: the ICD-10-CM code set, the year's billing rules and
/// national fees, the practice's own charges, and a sign-in for every staff member. Each step asks
/// the use case that owns it ('codes status', 'rules list', the charges and users pages).
/// </summary>
public sealed record SetUpChecklist(IReadOnlyList<SetUpStep> Steps)
{
    public static async Task<SetUpChecklist> LoadAsync(IServiceProvider services, int year, CancellationToken cancellationToken)
    {
        var codes = await services.GetRequiredService<GetCodeSetStatus>().ExecuteAsync(cancellationToken);
        var years = await services.GetRequiredService<ListRuleYears>().ExecuteAsync(cancellationToken);
        var charges = (await services.GetRequiredService<ListPracticeCharges>().ExecuteAsync(null, cancellationToken)).Value ?? [];
        var users = (await services.GetRequiredService<ListUsers>().ExecuteAsync(cancellationToken)).Value;
        var rules = years.FirstOrDefault(y => y.Year == year);
        var without = users?.StaffWithoutUser.Count ?? 0;
        return new SetUpChecklist(
        [
            new("ICD-10-CM code set", codes.ActiveIcd10Release is not null,
                codes.ActiveIcd10Release is { } release ? $"{release} checks diagnosis codes." : "Not loaded: diagnosis codes are checked for their shape only. Load the CMS release with 'chronicle codes import icd10cm <zip>'.",
                null, null),
            new($"Billing rules and fees for {year}", rules is { HasFees: true, Provisional: false },
                rules is null ? $"No rules for {year} yet: carry the last year forward, then confirm it."
                : rules.Provisional ? $"{year} was carried forward from {rules.CarriedFrom} and is not confirmed yet."
                : rules.HasFees ? $"{year}'s rules are in force with national fees." : $"{year} has rules but no national fees: import the Physician Fee Schedule.",
                "/Admin/BillingRules", "Billing rules"),
            new("The practice's charges", charges.Count > 0,
                charges.Count > 0 ? $"{charges.Count} codes have a practice charge." : "No charges set: claims use the national amounts as the charge.",
                "/Admin/Charges", "Charges"),
            new("Staff sign-ins", users is not null && without == 0,
                users is null ? "The user list could not be read." : without == 0 ? $"{users.Users.Count} users; every staff member can sign in." : $"{without} staff members have no sign-in yet.",
                "/Admin/Users", "Users"),
        ]);
    }
}
