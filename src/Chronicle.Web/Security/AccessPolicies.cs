namespace Chronicle.Web.Security;

using Chronicle.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

/// <summary>
/// Who may open which pages, in one place: every page needs a signed-in user unless it is named
/// here as public; folders of pages belong to the roles that use them. Links are hidden by the same
/// policies, but hiding is a courtesy: the policies are what refuse. Which records a page then
/// shows is decided by PatientAccess in the Application.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>The practice's staff: administrator, billing practitioner, care manager, biller, auditor.</summary>
    public const string Staff = "staff";

    public const string Admin = "admin";

    /// <summary>The audit trail: auditors and administrators.</summary>
    public const string Audit = "audit";

    /// <summary>Records shared with people outside the practice: the patient, their caregivers, outside providers.</summary>
    public const string SharedRecords = "shared-records";

    /// <summary>Month close, claims and statements: billers, billing practitioners and administrators.</summary>
    public const string Billing = "billing";

    /// <summary>Per-claim audit packets: auditors, administrators, billers and billing practitioners.</summary>
    public const string ClaimAudit = "claim-audit";

    public static void AddPolicies(AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            // Bearer tokens act for the practice in /api and /fhir only: the token scheme never authenticates a page.
            .AddPolicy(Staff, p => p.RequireRole([.. Roles.Staff, .. Roles.ApiClients]))
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Audit, p => p.RequireRole(Roles.Auditor, Roles.Admin))
            .AddPolicy(Billing, p => p.RequireRole(Roles.Biller, Roles.BillingPractitioner, Roles.Admin))
            .AddPolicy(ClaimAudit, p => p.RequireRole(Roles.Auditor, Roles.Admin, Roles.Biller, Roles.BillingPractitioner))
            .AddPolicy(SharedRecords, p => p.RequireRole(Roles.Patient, Roles.Caregiver, Roles.OutsideProvider));
    }

    public static void Apply(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizePage("/Index", Staff);
        conventions.AuthorizeFolder("/Eligibility", Staff);
        conventions.AuthorizeFolder("/Patients", Staff);
        conventions.AuthorizeFolder("/CarePlans", Staff);
        conventions.AuthorizeFolder("/Time", Staff);
        conventions.AuthorizeFolder("/Enrollment", Staff);
        conventions.AuthorizeFolder("/Admin", Admin);
        conventions.AuthorizeFolder("/Audit", Audit);
        conventions.AuthorizeFolder("/Billing", Billing);
        conventions.AuthorizeFolder("/MyRecord", SharedRecords);
        conventions.AuthorizeFolder("/ClaimAudit", ClaimAudit);
        conventions.AuthorizeFolder("/Notices", Staff);

        // Everything under /Account other than these needs a signed-in user (the fallback policy).
        conventions.AllowAnonymousToPage("/Account/SignIn");
        conventions.AllowAnonymousToPage("/Account/SignInCode");
        conventions.AllowAnonymousToPage("/Account/Invitation");
        conventions.AllowAnonymousToPage("/Error");
    }

    /// <summary>Where a user goes after signing in when they asked for nothing in particular.</summary>
    public static string LandingPage(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Patient or Roles.Caregiver or Roles.OutsideProvider) ? "/MyRecord" : "/";
}
