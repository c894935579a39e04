namespace Chronicle.Domain.CarePlans;

using Chronicle.Domain.Common;

public enum CarePlanActivityKind
{
    Created = 1,
    Revised = 2,
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "'Signed' is the clinical word for the practitioner's signature, not a type name.")]
    Signed = 3,

    /// <summary>The plan was reviewed (monitored); recorded even when nothing changed.</summary>
    Reviewed = 4,
}

/// <summary>
/// Care-plan work on a date: creating, revising, signing or reviewing it. Billing needs the plan to
/// be established, revised or monitored in each billed month (docs/rules/ccm.md §5.2); these records
/// are that evidence. Append-only.
/// </summary>
public sealed class CarePlanActivity
{
    private CarePlanActivity()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
    }

    public Guid Id { get; private set; }

    public CarePlanId PlanId { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CarePlanActivityKind Kind { get; private set; }

    /// <summary>The version the work was done on.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The practice's local date the work counts for.</summary>
    public DateOnly OnDate { get; private set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string? Note { get; private set; }

    internal static CarePlanActivity Create(CarePlan plan, CarePlanActivityKind kind, int version, DateOnly on, PlanActor actor, DateTimeOffset at, string? note) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = plan.Id,
        PracticeId = plan.PracticeId,
        PatientId = plan.PatientId,
        Kind = kind,
        VersionNumber = version,
        OnDate = on,
        RecordedAt = at.ToUniversalTime(),
        ActorId = actor.Id,
        ActorName = actor.Name,
        Note = PlanText.Has(note) ? PlanText.Clean(note) : null,
    };
}
