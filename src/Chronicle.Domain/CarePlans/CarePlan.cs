namespace Chronicle.Domain.CarePlans;

using System.Globalization;
using Chronicle.Domain.Common;

public enum CarePlanStatus
{
    /// <summary>No version is signed yet.</summary>
    Draft = 1,

    /// <summary>A signed version is in force (a newer unsigned revision may be waiting).</summary>
    Active = 2,
}

/// <summary>
/// A patient's comprehensive care plan: its versions, the work done on it and the copies given out,
/// all append-only (docs/design.md §5). A revision is a new version; it comes into force when the billing
/// practitioner signs it, and until then the previously signed version stays active.
/// </summary>
public sealed class CarePlan
{
    private readonly List<CarePlanVersion> _versions = [];
    private readonly List<CarePlanActivity> _activities = [];
    private readonly List<CarePlanCopy> _copies = [];

    private CarePlan()
    {
    }

    public CarePlanId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>Grows with every change; the concurrency token for saving the plan.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<CarePlanVersion> Versions => _versions;

    public IReadOnlyList<CarePlanActivity> Activities => _activities;

    public IReadOnlyList<CarePlanCopy> Copies => _copies;

    public CarePlanVersion Latest => _versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A care plan always has a version.");

    /// <summary>The version in force: the latest one signed; null while none is.</summary>
    public CarePlanVersion? ActiveVersion => SignedOnOrBefore(DateOnly.MaxValue);

    public CarePlanStatus Status => ActiveVersion is null ? CarePlanStatus.Draft : CarePlanStatus.Active;

    public static CarePlan Start(PracticeId practiceId, PatientId patientId, CarePlanContent content, PlanActor author, PlanMoment when, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(author);
        var plan = new CarePlan { Id = CarePlanId.New(), PracticeId = practiceId, PatientId = patientId };
        plan.Write(content.Normalize(), author, when, CarePlanActivityKind.Created, note);
        return plan;
    }

    public CarePlanVersion Version(int number) =>
        _versions.Find(v => v.Number == number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "The plan has no such version.");

    public bool IsSigned(int number) => _activities.Exists(a => a.Kind == CarePlanActivityKind.Signed && a.VersionNumber == number);

    public CarePlanActivity? SignatureOf(int number) => _activities.Find(a => a.Kind == CarePlanActivityKind.Signed && a.VersionNumber == number);

    /// <summary>
    /// Writes a new version. <paramref name="basedOn"/> is the version the author started from:
    /// when someone wrote a newer one meanwhile, the revision is refused rather than silently
    /// overwriting theirs.
    /// </summary>
    public Outcome<CarePlanVersion> Revise(CarePlanContent content, PlanActor author, PlanMoment when, int basedOn, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(author);
        if (basedOn != Latest.Number)
        {
            return Outcome<CarePlanVersion>.Fail(CarePlanCodes.Stale, string.Create(CultureInfo.InvariantCulture,
                $"Version {Latest.Number} was written by {Latest.AuthorName} after you started from version {basedOn}; open the plan again and reapply your changes."));
        }

        var normalized = content.Normalize();
        if (CarePlanDiff.Between(Latest.Content, normalized).Count == 0)
        {
            return Outcome<CarePlanVersion>.Fail(CarePlanCodes.NoChange, "Nothing changed from the latest version; record a review instead if you went over the plan.");
        }

        return Outcome<CarePlanVersion>.Ok(Write(normalized, author, when, CarePlanActivityKind.Revised, note));
    }

    /// <summary>The billing practitioner signs the latest version, which must be complete; it becomes the active version.</summary>
    public Outcome<CarePlanActivity> Sign(int number, PlanActor signer, PlanMoment when)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var problem = !signer.IsBillingPractitioner
            ? new Finding(CarePlanCodes.NotPractitioner, "Only a billing practitioner signs a care plan.", CarePlanCodes.Source)
            : number != Latest.Number
            ? new Finding(CarePlanCodes.NotLatest, string.Create(CultureInfo.InvariantCulture, $"Version {number} is not the latest; sign version {Latest.Number}."))
            : IsSigned(number)
            ? new Finding(CarePlanCodes.AlreadySigned, string.Create(CultureInfo.InvariantCulture, $"Version {number} is already signed."))
            : Version(number).Content.MissingElements() is { Count: > 0 } missing
            ? new Finding(CarePlanCodes.Incomplete, $"The plan lacks required elements: {string.Join(" ", missing)}", CarePlanCodes.Source)
            : null;
        if (problem is not null)
        {
            return Outcome<CarePlanActivity>.Fail(problem);
        }

        return Outcome<CarePlanActivity>.Ok(AddActivity(CarePlanActivityKind.Signed, number, when.Today, signer, when.At, null));
    }

    /// <summary>Records that the active plan was reviewed on <paramref name="on"/>, changed or not.</summary>
    public Outcome<CarePlanActivity> RecordReview(PlanActor reviewer, PlanMoment when, DateOnly on, string? note)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (ActiveDatedProblem(on, when.Today, "reviewed") is { } problem)
        {
            return Outcome<CarePlanActivity>.Fail(problem);
        }

        return Outcome<CarePlanActivity>.Ok(AddActivity(CarePlanActivityKind.Reviewed, ActiveVersion!.Number, on, reviewer, when.At, note));
    }

    /// <summary>Records that a copy of the active plan was provided to someone.</summary>
    public Outcome<CarePlanCopy> RecordCopy(CopyDetails details, PlanActor recordedBy, PlanMoment when)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(recordedBy);
        var problem = !PlanText.Has(details.Recipient)
            ? new Finding(CarePlanCodes.Invalid, "Say to whom the copy was provided.")
            : ActiveDatedProblem(details.ProvidedOn, when.Today, "provided");
        if (problem is not null)
        {
            return Outcome<CarePlanCopy>.Fail(problem);
        }

        var copy = CarePlanCopy.Create(this, ActiveVersion!.Number, details, recordedBy, when.At);
        _copies.Add(copy);
        Revision++;
        return Outcome<CarePlanCopy>.Ok(copy);
    }

    /// <summary>What billing needs to know about the plan for a month (see <see cref="CarePlanMonthFacts"/>).</summary>
    public CarePlanMonthFacts MonthFacts(BillingMonth month)
    {
        var inForce = SignedOnOrBefore(month.LastDay);
        var lastWork = _activities.Where(a => a.OnDate <= month.LastDay).Select(a => (DateOnly?)a.OnDate).Max();
        var lastCopy = _copies.Where(c => c.ProvidedOn <= month.LastDay).Select(c => (DateOnly?)c.ProvidedOn).Max();
        return new CarePlanMonthFacts(PatientId, month, inForce?.Number, inForce?.IsComplete ?? false,
            inForce?.Content.MissingElements() ?? [], lastWork, lastCopy);
    }

    private CarePlanVersion? SignedOnOrBefore(DateOnly date) =>
        _activities.Where(a => a.Kind == CarePlanActivityKind.Signed && a.OnDate <= date)
            .MaxBy(a => a.VersionNumber) is { } signed ? Version(signed.VersionNumber) : null;

    private Finding? ActiveDatedProblem(DateOnly on, DateOnly today, string verb) =>
        ActiveVersion is null ? new Finding(CarePlanCodes.NotActive, $"The plan has no signed version yet, so it cannot be {verb}; the billing practitioner signs it first.")
        : on > today ? new Finding(CarePlanCodes.FutureDate, string.Create(CultureInfo.InvariantCulture, $"{on:yyyy-MM-dd} is in the future."))
        : on < _versions.Min(v => v.CreatedOn) ? new Finding(CarePlanCodes.Invalid, string.Create(CultureInfo.InvariantCulture, $"{on:yyyy-MM-dd} is before the plan was created."))
        : null;

    private CarePlanVersion Write(CarePlanContent content, PlanActor author, PlanMoment when, CarePlanActivityKind kind, string? note)
    {
        var version = CarePlanVersion.Create(this, _versions.Count + 1, content, author, when, note);
        _versions.Add(version);
        AddActivity(kind, version.Number, when.Today, author, when.At, note);
        return version;
    }

    private CarePlanActivity AddActivity(CarePlanActivityKind kind, int version, DateOnly on, PlanActor actor, DateTimeOffset at, string? note)
    {
        var activity = CarePlanActivity.Create(this, kind, version, on, actor, at, note);
        _activities.Add(activity);
        Revision++;
        return activity;
    }
}

/// <summary>
/// A patient's plan as billing sees one month (docs/rules/ccm.md §10 "Care plan present"): whether the
/// version in force at the month's end is complete, the last date of care-plan work and the last
/// date a copy was provided, each on or before the month's last day.
/// </summary>
public sealed record CarePlanMonthFacts(
    PatientId PatientId,
    BillingMonth Month,
    int? VersionInForce,
    bool Complete,
    IReadOnlyList<MissingElement> Missing,
    DateOnly? LastActivity,
    DateOnly? CopyProvidedOn)
{
    public bool ActivityInMonth => LastActivity is { } last && Month.Contains(last);
}
