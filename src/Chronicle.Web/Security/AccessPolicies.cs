namespace Chronicle.Web.Security;

using Chronicle.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

/// <summary>
/// Who may open which pages: every page needs a signed-in user unless it is named here as public;
/// folders of pages need the capability of the work done there, and which roles hold it is read
/// from <see cref="Permissions"/>, never restated here. Links are hidden by the same
/// policies, but hiding is a courtesy: the policies are what refuse. Which records a page then
/// shows is decided by PatientAccess in the Application.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>The practice's staff (and, on /api and /fhir, bearer tokens): whoever holds <see cref="Capability.ReadPatients"/>.</summary>
    public const string Staff = Prefix + nameof(Capability.ReadPatients);

    /// <summary>User administration.</summary>
    public const string Admin = Prefix + nameof(Capability.ManageUsers);

    /// <summary>The audit trail.</summary>
    public const string Audit = Prefix + nameof(Capability.ReadAuditTrail);

    /// <summary>Records shared with people outside the practice: the patient, their caregivers, outside providers.</summary>
    public const string SharedRecords = Prefix + nameof(Capability.ReadSharedRecords);

    /// <summary>Month close, claims and statements.</summary>
    public const string Billing = Prefix + nameof(Capability.CloseAndApproveBilling);

    /// <summary>Per-claim audit packets.</summary>
    public const string ClaimAudit = Prefix + nameof(Capability.ReadClaimAuditPackets);

    private const string Prefix = "capability:";

    /// <summary>The policy that admits exactly the roles <see cref="Permissions"/> gives a capability.</summary>
    public static string For(Capability capability) => Prefix + capability;

    public static void AddPolicies(AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // One policy per capability, read from the permissions table. Bearer tokens act for the
        // practice in /api and /fhir only: the token scheme never authenticates a page.
        foreach (var capability in Enum.GetValues<Capability>())
        {
            builder.AddPolicy(For(capability), p => p.RequireRole(Permissions.RolesWith(capability)));
        }
    }

    public static void Apply(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizePage("/Index", Staff);
        conventions.AuthorizeFolder("/Eligibility", Staff);
        conventions.AuthorizeFolder("/Outreach", Staff);
        conventions.AuthorizeFolder("/Patients", Staff);
        conventions.AuthorizeFolder("/CarePlans", Staff);
        conventions.AuthorizeFolder("/Time", Staff);
        conventions.AuthorizeFolder("/Enrollment", Staff);
        conventions.AuthorizePage("/Admin/Users", Admin);
        conventions.AuthorizePage("/Admin/Backups", Admin);
        conventions.AuthorizePage("/Admin/Tokens", For(Capability.ManageTokens));
        conventions.AuthorizePage("/Admin/Charges", For(Capability.ManageCharges));
        conventions.AuthorizePage("/Admin/Payers", For(Capability.ManagePayers));
        conventions.AuthorizePage("/Admin/TimeRules", For(Capability.ManageTimeRules));
        conventions.AuthorizePage("/Admin/BillingRules", For(Capability.ManageBillingRules));
        conventions.AuthorizePage("/Admin/BillingSetting", For(Capability.ManageBillingRules));
        conventions.AuthorizeFolder("/Audit", Audit);
        conventions.AuthorizeFolder("/Billing", Billing);
        conventions.AuthorizeFolder("/MyRecord", SharedRecords);
        conventions.AuthorizePage("/MyRecord/Consent", For(Capability.ActForPatient));
        conventions.AuthorizePage("/MyRecord/Statements", For(Capability.ActForPatient));
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
        roles.Any(r => Permissions.Allows(r, Capability.ReadSharedRecords)) ? "/MyRecord" : "/";
}
