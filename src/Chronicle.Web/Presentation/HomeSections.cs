namespace Chronicle.Web.Presentation;

using Chronicle.Application.Security;

/// <summary>A work queue the home page can show.</summary>
public enum HomeSection
{
    CallsDue,
    ConsentsToRecord,
    PlansToFinish,
    ReviewsDue,
    Notices,
    AwaitingSignature,
    ComplexAttestations,
    MonthClose,
    ClaimsToApprove,
    Denials,
    SetUp,
    AuditTrail,
}

/// <summary>
/// Which queues open each role's home page, in the order that role works them (ADR 0210). This
/// chooses what comes first for a role, not what the role may do: a queue is shown only when the
/// permissions table gives the role its <see cref="CapabilityOf">capability</see>, so a role can
/// never be offered work it may not do.
/// </summary>
public static class HomeSections
{
    private static readonly Dictionary<string, HomeSection[]> ByRole = new(StringComparer.Ordinal)
    {
        [Roles.CareManager] = [HomeSection.CallsDue, HomeSection.ConsentsToRecord, HomeSection.PlansToFinish, HomeSection.ReviewsDue, HomeSection.Notices],
        [Roles.BillingPractitioner] = [HomeSection.AwaitingSignature, HomeSection.ComplexAttestations, HomeSection.Notices],
        [Roles.Biller] = [HomeSection.MonthClose, HomeSection.ClaimsToApprove, HomeSection.Denials],
        [Roles.Admin] = [HomeSection.SetUp, HomeSection.Notices],
        [Roles.Auditor] = [HomeSection.AuditTrail],
    };

    /// <summary>The capability a queue's work needs; the queue is left out for a role without it.</summary>
    public static Capability CapabilityOf(HomeSection section) => section switch
    {
        HomeSection.CallsDue => Capability.LogTime,
        HomeSection.ConsentsToRecord => Capability.ChangeEnrollmentAndConsent,
        HomeSection.PlansToFinish or HomeSection.ReviewsDue => Capability.EditCarePlans,
        HomeSection.Notices => Capability.HandleCareTeamNotices,
        HomeSection.AwaitingSignature or HomeSection.ComplexAttestations => Capability.SignCarePlans,
        HomeSection.MonthClose or HomeSection.ClaimsToApprove or HomeSection.Denials => Capability.CloseAndApproveBilling,
        HomeSection.SetUp => Capability.ManageUsers,
        _ => Capability.ReadAuditTrail,
    };

    /// <summary>The queues of a role's home page that the permissions table lets it work.</summary>
    public static IReadOnlyList<HomeSection> For(string? role) =>
        role is not null && ByRole.TryGetValue(role, out var sections)
            ? [.. sections.Where(s => Permissions.Allows(role, CapabilityOf(s)))]
            : [];
}
