namespace Chronicle.Domain.CarePlans;

using Chronicle.Domain.Common;

/// <summary>
/// The editor's working copy of a plan: what someone is typing, saved as they go (autosave) so a
/// long plan is never lost. It is not a version and not part of the record: it changes freely and
/// is discarded once it is saved as a new version.
/// </summary>
public sealed class CarePlanDraft
{
    private CarePlanDraft()
    {
        Content = CarePlanContent.Empty;
        EditedById = string.Empty;
        EditedByName = string.Empty;
    }

    public CarePlanId PlanId { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>The version the editing started from.</summary>
    public int BasedOn { get; private set; }

    public CarePlanContent Content { get; private set; }

    public DateTimeOffset EditedAt { get; private set; }

    public string EditedById { get; private set; }

    public string EditedByName { get; private set; }

    public static CarePlanDraft Begin(CarePlan plan, int basedOn, CarePlanContent content, PlanActor editor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var draft = new CarePlanDraft { PlanId = plan.Id, PracticeId = plan.PracticeId, PatientId = plan.PatientId };
        draft.Update(basedOn, content, editor, at);
        return draft;
    }

    public void Update(int basedOn, CarePlanContent content, PlanActor editor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(editor);
        BasedOn = basedOn;
        Content = content.Normalize();
        EditedAt = at.ToUniversalTime();
        EditedById = editor.Id;
        EditedByName = editor.Name;
    }
}
