namespace Chronicle.Application.CarePlans;

using Chronicle.Domain.CarePlans;

/// <summary>The care-plan page: the patient, the conditions a plan can start from, and the plan when there is one.</summary>
public sealed record CarePlanPage(
    Guid PatientId,
    string PatientName,
    string Mrn,
    DateOnly Today,
    bool CanEdit,
    bool CanSign,
    IReadOnlyList<PlanConditionChoice> Conditions,
    CarePlanView? Plan);

/// <param name="Template">The template that pre-fills this condition, or null when the team writes it.</param>
public sealed record PlanConditionChoice(Guid ConditionId, string Code, string Display, bool IsChronic, string? Template);

public sealed record CarePlanView(
    CarePlanStatus Status,
    int? ActiveVersion,
    VersionSummary Latest,
    CarePlanContent Content,
    IReadOnlyList<MissingElement> Missing,
    IReadOnlyList<VersionSummary> Versions,
    IReadOnlyList<ActivityView> Activities,
    IReadOnlyList<CopyView> Copies,
    DraftView? Draft)
{
    public CopyView? LastShared => Copies.Count == 0 ? null : Copies[0];
}

/// <param name="SignedBy">The practitioner who signed this version, or null while unsigned.</param>
public sealed record VersionSummary(int Number, string AuthorName, DateTimeOffset CreatedAt, DateOnly CreatedOn, string? Note, bool IsComplete, string? SignedBy, DateOnly? SignedOn);

public sealed record ActivityView(CarePlanActivityKind Kind, int Version, DateOnly OnDate, string ActorName, string? Note);

public sealed record CopyView(string Recipient, CopyRecipientKind RecipientKind, CopyMethod Method, DateOnly ProvidedOn, int Version, string RecordedBy);

public sealed record DraftView(int BasedOn, DateTimeOffset EditedAt, string EditedBy, CarePlanContent Content);

/// <summary>One version with the changes from the version before it.</summary>
public sealed record CarePlanVersionView(Guid PatientId, string PatientName, VersionSummary Version, CarePlanContent Content, IReadOnlyList<DiffSection> ChangesFromPrevious);

internal static class CarePlanViewMapper
{
    public static CarePlanView ToView(CarePlan plan, CarePlanDraft? draft)
    {
        var latest = plan.Latest;
        return new CarePlanView(
            plan.Status,
            plan.ActiveVersion?.Number,
            Summary(plan, latest),
            latest.Content,
            latest.Content.MissingElements(),
            plan.Versions.OrderByDescending(v => v.Number).Select(v => Summary(plan, v)).ToList(),
            plan.Activities.OrderByDescending(a => a.OnDate).ThenByDescending(a => a.RecordedAt)
                .Select(a => new ActivityView(a.Kind, a.VersionNumber, a.OnDate, a.ActorName, a.Note)).ToList(),
            plan.Copies.OrderByDescending(c => c.ProvidedOn).ThenByDescending(c => c.RecordedAt)
                .Select(c => new CopyView(c.Recipient, c.RecipientKind, c.Method, c.ProvidedOn, c.VersionNumber, c.RecordedByName)).ToList(),
            draft is null ? null : new DraftView(draft.BasedOn, draft.EditedAt, draft.EditedByName, draft.Content));
    }

    public static VersionSummary Summary(CarePlan plan, CarePlanVersion v)
    {
        var signature = plan.SignatureOf(v.Number);
        return new VersionSummary(v.Number, v.AuthorName, v.CreatedAt, v.CreatedOn, v.Note, v.IsComplete, signature?.ActorName, signature?.OnDate);
    }
}
