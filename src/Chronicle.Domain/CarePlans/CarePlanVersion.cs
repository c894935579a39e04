namespace Chronicle.Domain.CarePlans;

using Chronicle.Domain.Common;

/// <summary>
/// One version of a patient's care plan, never changed once written: the content, who wrote it and
/// when, and whether the content was complete (kept with the version so billing can ask without
/// reading the body). Whether it is signed is recorded by a later <see cref="CarePlanActivity"/>.
/// </summary>
public sealed class CarePlanVersion
{
    private CarePlanVersion()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Content = CarePlanContent.Empty;
        MissingElements = string.Empty;
    }

    public Guid Id { get; private set; }

    public CarePlanId PlanId { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>1, 2, 3, … in the order written.</summary>
    public int Number { get; private set; }

    public CarePlanContent Content { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The practice's local date of <see cref="CreatedAt"/>.</summary>
    public DateOnly CreatedOn { get; private set; }

    /// <summary>What the author said about the revision; empty when nothing was said.</summary>
    public string? Note { get; private set; }

    public bool IsComplete { get; private set; }

    /// <summary>The codes of the missing elements, comma-separated, for a set-based billing query.</summary>
    public string MissingElements { get; private set; }

    internal static CarePlanVersion Create(CarePlan plan, int number, CarePlanContent content, PlanActor author, PlanMoment when, string? note)
    {
        var missing = content.MissingElements();
        return new CarePlanVersion
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            PracticeId = plan.PracticeId,
            PatientId = plan.PatientId,
            Number = number,
            Content = content,
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = when.At.ToUniversalTime(),
            CreatedOn = when.Today,
            Note = PlanText.Has(note) ? PlanText.Clean(note) : null,
            IsComplete = missing.Count == 0,
            MissingElements = string.Join(",", missing.Select(m => m.Element.Code()).Distinct()),
        };
    }
}
