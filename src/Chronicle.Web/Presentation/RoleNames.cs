namespace Chronicle.Web.Presentation;

using Chronicle.Application.Security;

/// <summary>Roles as people call them.</summary>
public static class RoleNames
{
    public static string Of(string? role) => role switch
    {
        Roles.Admin => "Administrator",
        Roles.BillingPractitioner => "Billing practitioner",
        Roles.CareManager => "Care manager",
        Roles.Biller => "Biller",
        Roles.Auditor => "Auditor (read only)",
        Roles.Patient => "Patient",
        Roles.Caregiver => "Caregiver",
        Roles.OutsideProvider => "Outside provider",
        _ => role ?? "No role",
    };
}
