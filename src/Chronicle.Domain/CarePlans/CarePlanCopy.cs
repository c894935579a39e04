namespace Chronicle.Domain.CarePlans;

using Chronicle.Domain.Common;

public enum CopyRecipientKind
{
    Patient = 1,
    Caregiver = 2,
    OutsideProvider = 3,
}

public enum CopyMethod
{
    Paper = 1,
    Portal = 2,
    Email = 3,
    Fax = 4,
    Mail = 5,
    DirectMessage = 6,
}

/// <summary>What a person says when recording that a copy of the plan was provided.</summary>
public sealed record CopyDetails(string Recipient, CopyRecipientKind RecipientKind, CopyMethod Method, DateOnly ProvidedOn);

/// <summary>
/// A copy of the plan given to the patient, a caregiver or an outside provider: to whom, how, when,
/// and which version (docs/rules/ccm.md §5.2 "Document that it was provided"). Append-only.
/// </summary>
public sealed class CarePlanCopy
{
    private CarePlanCopy()
    {
        Recipient = string.Empty;
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public CarePlanId PlanId { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public int VersionNumber { get; private set; }

    public string Recipient { get; private set; }

    public CopyRecipientKind RecipientKind { get; private set; }

    public CopyMethod Method { get; private set; }

    public DateOnly ProvidedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    internal static CarePlanCopy Create(CarePlan plan, int version, CopyDetails details, PlanActor actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        PlanId = plan.Id,
        PracticeId = plan.PracticeId,
        PatientId = plan.PatientId,
        VersionNumber = version,
        Recipient = PlanText.Clean(details.Recipient),
        RecipientKind = details.RecipientKind,
        Method = details.Method,
        ProvidedOn = details.ProvidedOn,
        RecordedAt = at.ToUniversalTime(),
        RecordedById = actor.Id,
        RecordedByName = actor.Name,
    };
}
