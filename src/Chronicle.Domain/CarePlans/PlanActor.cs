namespace Chronicle.Domain.CarePlans;

/// <summary>
/// Who writes, signs or reviews a plan, as the plan records them: a user id, a name to show, and
/// whether they are a billing practitioner (only one may sign; docs/rules/ccm.md §5.2, NOR-QA Q2).
/// </summary>
public sealed record PlanActor(string Id, string Name, bool IsBillingPractitioner)
{
    public const int MaxLength = 200;
}

/// <summary>When something happened: the instant, and the practice's local date it counts for.</summary>
public readonly record struct PlanMoment(DateTimeOffset At, DateOnly Today);
