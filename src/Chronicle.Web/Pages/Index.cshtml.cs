namespace Chronicle.Web.Pages;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Claims;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Practices;
using Chronicle.Application.Time.Worklist;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Web.Pages.Home;
using Chronicle.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The home page: the practice, then the signed-in role's work queues (ADR 0210), each filled by
/// the use case that owns that work (the worklist, enrollments, care plans, claims, set-up status),
/// never by a second copy of its rules.
/// </summary>
public sealed class IndexModel(GetPracticeOverview overview, IServiceProvider services) : PageModel
{
    /// <summary>How many rows a queue shows before its "see all" link.</summary>
    public const int QueueRows = 8;

    public PracticeOverview Overview { get; private set; } = null!;

    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];

    public CareManagerWorklist? Calls { get; private set; }

    public IReadOnlyList<EnrollmentListRow> Proposed { get; private set; } = [];

    public CarePlanList? Plans { get; private set; }

    public HomeBilling? Billing { get; private set; }

    public SetUpChecklist? SetUp { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await overview.ExecuteAsync(cancellationToken);
        if (Overview.PracticeName is null)
        {
            return;
        }

        Sections = HomeSections.For(User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value);
        if (Sections.Contains(HomeSection.CallsDue))
        {
            Calls = (await Get<GetCareManagerWorklist>().ExecuteAsync(new WorklistQuery(), cancellationToken)).Value;
        }

        if (Sections.Contains(HomeSection.ConsentsToRecord))
        {
            var list = await Get<ListEnrollments>().ExecuteAsync(new EnrollmentListQuery(Status: EnrollmentStatus.Candidate), cancellationToken);
            Proposed = list.Value?.Rows ?? [];
        }

        if (Sections.Any(s => s is HomeSection.PlansToFinish or HomeSection.ReviewsDue or HomeSection.AwaitingSignature))
        {
            Plans = (await Get<ListCarePlans>().ExecuteAsync(new CarePlanListQuery(), cancellationToken)).Value;
        }

        if (Sections.Any(s => s is HomeSection.MonthClose or HomeSection.ClaimsToApprove or HomeSection.Denials or HomeSection.ComplexAttestations))
        {
            Billing = await HomeBilling.LoadAsync(Today().Month.Previous(), Get<ListClaims>(), Get<ListUnclaimedDecisions>(), cancellationToken);
        }

        if (Sections.Contains(HomeSection.SetUp))
        {
            SetUp = await SetUpChecklist.LoadAsync(services, Today().Date.Year, cancellationToken);
        }
    }

    /// <summary>The rows of a queue for the complex-CCM attestation: claims whose minutes would support complex CCM without an attestation.</summary>
    public IReadOnlyList<ClaimSummary> ComplexityNotAttested =>
        Billing?.Claims.Where(c => c.Reasons.Any(r => r.Code == BillingReasonCodes.ComplexityNotAttested)).ToList() ?? [];

    /// <summary>Today on the practice's clock (on 31 December evening in Chicago it is still that year, and that month).</summary>
    private (DateOnly Date, BillingMonth Month) Today()
    {
        var now = Get<TimeProvider>().GetUtcNow();
        var date = Domain.Practices.PracticeTimeZone.TryParse(Overview.TimeZone).Value is { } zone ? zone.LocalDateOf(now) : DateOnly.FromDateTime(now.UtcDateTime);
        return (date, BillingMonth.Of(date));
    }

    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}
