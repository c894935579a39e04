namespace Chronicle.Domain.Tests.CarePlans;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using static Chronicle.Domain.Tests.CarePlans.PlanFixture;

/// <summary>Versions, signing, reviews and copies: every change is a new record, never an edit.</summary>
public sealed class VersioningTests
{
    [Fact]
    public void A_new_plan_is_a_draft_with_version_1_and_a_created_activity()
    {
        var plan = CarePlan.Start(Practice, PatientId.New(), Complete(), Nurse, On("2026-03-02"), "first plan");

        Assert.Equal(CarePlanStatus.Draft, plan.Status);
        Assert.Null(plan.ActiveVersion);
        var version = Assert.Single(plan.Versions);
        Assert.Equal((1, "Rosa Castillo, RN", D("2026-03-02"), "first plan", true, ""), (version.Number, version.AuthorName, version.CreatedOn, version.Note, version.IsComplete, version.MissingElements));
        var activity = Assert.Single(plan.Activities);
        Assert.Equal((CarePlanActivityKind.Created, 1), (activity.Kind, activity.VersionNumber));
    }

    [Fact]
    public void A_version_records_which_elements_were_missing_when_written()
    {
        var plan = CarePlan.Start(Practice, PatientId.New(), Complete() with { Symptoms = [], Reconciliations = [] }, Nurse, On("2026-03-02"));

        Assert.False(plan.Latest.IsComplete);
        Assert.Equal("symptoms,medications", plan.Latest.MissingElements);
    }

    [Fact]
    public void A_revision_is_a_new_version_and_the_earlier_one_keeps_its_content()
    {
        var plan = Signed();
        var changed = Complete() with { Goals = [Complete().Goals[0] with { TargetValue = "7.0" }] };

        var v2 = plan.Revise(changed, Nurse, On("2026-04-01"), basedOn: 1, "tighter target").GetValueOrThrow();

        Assert.Equal(2, v2.Number);
        Assert.Equal("7.5", plan.Version(1).Content.Goals[0].TargetValue);
        Assert.Equal("7.0", v2.Content.Goals[0].TargetValue);
        Assert.Equal(CarePlanActivityKind.Revised, plan.Activities[^1].Kind);
        Assert.Equal(1, plan.ActiveVersion!.Number);
    }

    [Theory]
    [InlineData("no change", CarePlanCodes.NoChange)]
    [InlineData("stale", CarePlanCodes.Stale)]
    public void A_revision_that_changes_nothing_or_starts_from_an_old_version_is_refused(string variant, string code)
    {
        var plan = Signed();
        var basedOn = 1;
        if (variant == "stale")
        {
            plan.Revise(Complete() with { Prognosis = "Fair." }, Doctor, On("2026-03-10"), 1);
        }

        var content = variant == "stale" ? Complete() with { Prognosis = "Guarded." } : Complete() with { Prognosis = "  Good with treatment.  " };
        var outcome = plan.Revise(content, Nurse, On("2026-03-12"), basedOn);

        Assert.Equal(code, outcome.Failure?.Code);
    }

    [Theory]
    [InlineData("nurse signs", CarePlanCodes.NotPractitioner)]
    [InlineData("incomplete", CarePlanCodes.Incomplete)]
    [InlineData("old version", CarePlanCodes.NotLatest)]
    [InlineData("twice", CarePlanCodes.AlreadySigned)]
    public void Signing_is_refused_unless_a_billing_practitioner_signs_the_latest_complete_unsigned_version(string variant, string code)
    {
        var plan = CarePlan.Start(Practice, PatientId.New(), variant == "incomplete" ? Complete() with { Goals = [] } : Complete(), Nurse, On("2026-03-02"));
        var number = 1;
        var signer = variant == "nurse signs" ? Nurse : Doctor;
        if (variant == "old version")
        {
            plan.Revise(Complete() with { Prognosis = "Fair." }, Nurse, On("2026-03-03"), 1);
        }

        if (variant == "twice")
        {
            plan.Sign(1, Doctor, On("2026-03-02"));
        }

        var outcome = plan.Sign(number, signer, On("2026-03-04"));

        Assert.Equal(code, outcome.Failure?.Code);
        if (variant == "incomplete")
        {
            Assert.Contains("Measurable goals: No goal is set.", outcome.Failure!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Signing_a_revision_makes_it_the_active_version()
    {
        var plan = Signed();
        plan.Revise(Complete() with { Prognosis = "Fair." }, Nurse, On("2026-04-01"), 1);

        Assert.True(plan.Sign(2, Doctor, On("2026-04-02")).Succeeded);

        Assert.Equal(2, plan.ActiveVersion!.Number);
        Assert.Equal(CarePlanStatus.Active, plan.Status);
        Assert.True(plan.IsSigned(1));
        Assert.Equal("Adaeze Okafor, MD", plan.SignatureOf(2)!.ActorName);
    }

    [Fact]
    public void A_review_without_changes_is_recorded_as_activity_on_the_active_version()
    {
        var plan = Signed();

        var review = plan.RecordReview(Nurse, On("2026-04-20"), D("2026-04-18"), "Went over goals by phone; no changes").GetValueOrThrow();

        Assert.Equal((CarePlanActivityKind.Reviewed, 1, D("2026-04-18")), (review.Kind, review.VersionNumber, review.OnDate));
        Assert.Single(plan.Versions);
    }

    [Theory]
    [InlineData("draft", CarePlanCodes.NotActive)]
    [InlineData("future", CarePlanCodes.FutureDate)]
    [InlineData("before plan", CarePlanCodes.Invalid)]
    public void A_review_is_refused_on_a_draft_in_the_future_or_before_the_plan(string variant, string code)
    {
        var plan = variant == "draft" ? CarePlan.Start(Practice, PatientId.New(), Complete(), Nurse, On("2026-03-02")) : Signed();
        var on = variant switch { "future" => D("2026-04-21"), "before plan" => D("2026-02-27"), _ => D("2026-04-01") };

        Assert.Equal(code, plan.RecordReview(Nurse, On("2026-04-20"), on, null).Failure?.Code);
    }

    [Fact]
    public void A_copy_provided_records_to_whom_how_when_and_which_version()
    {
        var plan = Signed();

        var copy = plan.RecordCopy(new CopyDetails("Margaret Abernathy (daughter)", CopyRecipientKind.Caregiver, CopyMethod.Email, D("2026-03-03")), Nurse, On("2026-03-03")).GetValueOrThrow();

        Assert.Equal(("Margaret Abernathy (daughter)", CopyRecipientKind.Caregiver, CopyMethod.Email, D("2026-03-03"), 1),
            (copy.Recipient, copy.RecipientKind, copy.Method, copy.ProvidedOn, copy.VersionNumber));
        Assert.Equal(CarePlanCodes.Invalid, plan.RecordCopy(new CopyDetails(" ", CopyRecipientKind.Patient, CopyMethod.Paper, D("2026-03-03")), Nurse, On("2026-03-03")).Failure?.Code);
        Assert.Single(plan.Copies);
    }

    public static TheoryData<string, int?, string?, string?, bool> Months => new()
    {
        { "2026-02", null, null, null, false },
        { "2026-03", 1, "2026-03-02", "2026-03-05", true },
        { "2026-04", 1, "2026-04-18", "2026-03-05", true },
        { "2026-05", 1, "2026-05-06", "2026-05-07", true },
        { "2026-06", 1, "2026-05-06", "2026-05-07", false },
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void Month_facts_give_the_version_in_force_its_completeness_the_last_activity_and_copy(string month, int? version, string? lastActivity, string? lastCopy, bool activityInMonth)
    {
        var plan = Signed();
        plan.RecordCopy(new CopyDetails("Patient", CopyRecipientKind.Patient, CopyMethod.Paper, D("2026-03-05")), Nurse, On("2026-03-05"));
        plan.RecordReview(Nurse, On("2026-04-18"), D("2026-04-18"), null);

        // An unsigned revision is care-plan work in its month but does not replace the version in force.
        plan.Revise(Complete() with { Reconciliations = [] }, Nurse, On("2026-05-06"), 1);
        plan.RecordCopy(new CopyDetails("Patient", CopyRecipientKind.Patient, CopyMethod.Portal, D("2026-05-07")), Nurse, On("2026-05-07"));

        var facts = plan.MonthFacts(M(month));

        Assert.Equal(version, facts.VersionInForce);
        Assert.Equal(version is not null, facts.Complete);
        Assert.Equal(lastActivity is null ? null : D(lastActivity), facts.LastActivity);
        Assert.Equal(lastCopy is null ? null : D(lastCopy), facts.CopyProvidedOn);
        Assert.Equal(activityInMonth, facts.ActivityInMonth);
    }
}
