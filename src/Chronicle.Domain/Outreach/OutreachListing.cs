namespace Chronicle.Domain.Outreach;

using Chronicle.Domain.Common;

/// <summary>
/// A patient put on the practice's call list for enrollment, with the care manager who will call.
/// Append-only: assigning someone else is a new listing, and the latest one is in force. Listing a
/// patient who declined needs a reason, which is kept (see <see cref="CallList.CheckListing"/>).
/// </summary>
public sealed class OutreachListing
{
    private OutreachListing()
    {
        ListedById = string.Empty;
        ListedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public StaffId CareManagerId { get; private set; }

    public DateTimeOffset ListedAt { get; private set; }

    public string ListedById { get; private set; }

    public string ListedByName { get; private set; }

    /// <summary>Why a patient who declined is listed again; null otherwise.</summary>
    public string? Reason { get; private set; }

    public static OutreachListing Create(PracticeId practiceId, PatientId patientId, StaffId careManagerId, OutreachActor actor, DateTimeOffset at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new OutreachListing
        {
            Id = Guid.CreateVersion7(),
            PracticeId = practiceId,
            PatientId = patientId,
            CareManagerId = careManagerId,
            ListedAt = at.ToUniversalTime(),
            ListedById = actor.Id,
            ListedByName = actor.Name,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
    }
}

/// <summary>Who records outreach: the signed-in user's id and name, as the audit trail knows them.</summary>
public sealed record OutreachActor(string Id, string Name);
