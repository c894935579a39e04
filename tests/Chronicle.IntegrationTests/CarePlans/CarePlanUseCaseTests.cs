namespace Chronicle.IntegrationTests.CarePlans;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Templates, versioning, signing, completeness, reviews and copies through the use cases, on both databases.</summary>
public sealed class CarePlanUseCaseTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_started_from_diabetes_and_hypertension_is_prefilled_and_names_what_is_missing(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await h.PatientIdAsync("RB1037");
        var conditions = await h.ConditionIdsAsync(harold);

        var started = await h.RunAsync<StartCarePlan, Application.Common.Result<int>>(h.Nurse, u => u.ExecuteAsync(harold, conditions, Token));
        var page = await GetAsync(h, h.Nurse, harold);

        Assert.Equal(1, started.Value);
        var plan = page.Plan!;
        Assert.Equal(CarePlanStatus.Draft, plan.Status);
        Assert.Equal(["E11.9", "I10"], plan.Content.Problems.Select(p => p.Code!));
        Assert.Equal(conditions, plan.Content.Problems.Select(p => p.ConditionId!.Value.Value));
        Assert.Contains(plan.Content.Goals, g => g.Measure == "HbA1c" && g.TargetValue == "below 7.5" && g.DueDate == new DateOnly(2026, 9, 2));
        Assert.Contains(plan.Content.Interventions, i => i.Responsible == "Rosa Castillo, RN (Care manager)");
        Assert.Contains(plan.Content.Interventions, i => i.Responsible == "Adaeze Okafor, MD (Primary care physician (billing practitioner))");
        Assert.Equal(["Adaeze Okafor, MD", "Rosa Castillo, RN"], plan.Content.CareTeam.Select(m => m.Name));
        Assert.Equal([CarePlanElement.MedicationManagement, CarePlanElement.CommunityServices], plan.Missing.Select(m => m.Element));
        Assert.Equal(["Type 2 diabetes", "High blood pressure"], page.Conditions.Select(c => c.Template!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_billing_practitioner_signs_only_a_complete_plan_and_a_signed_revision_replaces_the_active_one(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await StartedAsync(h, "RB1037");

        var byNurse = await SignAsync(h, h.Nurse, harold, 1);
        var incomplete = await SignAsync(h, h.Doctor, harold, 1);
        var v2 = await ReviseAsync(h, h.Nurse, harold, 1, Completed);
        var signed = await SignAsync(h, h.Doctor, harold, 2);
        h.Clock.Advance(TimeSpan.FromDays(31));
        var v3 = await ReviseAsync(h, h.Nurse, harold, 2, c => c with { Goals = [c.Goals[0] with { TargetValue = "below 7.0" }, .. c.Goals.Skip(1)] });
        var page = await GetAsync(h, h.Nurse, harold);
        var diff = await h.RunAsync<GetCarePlanVersion, Application.Common.Result<CarePlanVersionView>>(h.Nurse, u => u.ExecuteAsync(harold, 3, Token));

        // The permissions table refuses a nurse before the plan is read (the plan would refuse too: CarePlanCodes.NotPractitioner).
        Assert.Equal(Application.Security.PatientAccess.NoAccessCode, byNurse.Error?.Code);
        Assert.Equal(CarePlanCodes.Incomplete, incomplete.Error?.Code);
        // The demo patient has active prescriptions, which a new plan lists; what it lacks is their reconciliation.
        Assert.Contains("Medication management: No medication reconciliation is recorded", incomplete.Error!.Message, StringComparison.Ordinal);
        Assert.Equal((2, 2, 3), (v2.Value, signed.Value, v3.Value));
        Assert.Equal((CarePlanStatus.Active, 2), (page.Plan!.Status, page.Plan.ActiveVersion));
        Assert.Equal([3, 2, 1], page.Plan.Versions.Select(v => v.Number));
        Assert.Equal(("Adaeze Okafor, MD", (DateOnly?)new DateOnly(2026, 3, 2)), (page.Plan.Versions[1].SignedBy!, page.Plan.Versions[1].SignedOn));
        Assert.Null(page.Plan.Versions[0].SignedBy);
        var goals = Assert.Single(diff.Value!.ChangesFromPrevious);
        Assert.Equal("Measurable goals", goals.Title);
        Assert.Equal("Changed 'Lower my average blood sugar (A1c)': Target 'below 7.5' → 'below 7.0'", Assert.Single(goals.Lines).ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_is_kept_until_it_becomes_a_version_and_a_stale_revision_is_refused(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await StartedAsync(h, "RB1037");
        var content = (await GetAsync(h, h.Nurse, harold)).Plan!.Content;

        var saved = await h.RunAsync<SaveCarePlanDraft, Application.Common.Result<DateTimeOffset>>(h.Nurse, u => u.ExecuteAsync(harold, 1, content with { Prognosis = "Draft prognosis" }, Token));
        var withDraft = await GetAsync(h, h.Doctor, harold);
        await ReviseAsync(h, h.Doctor, harold, 1, c => c with { Prognosis = "Doctor's prognosis" });
        var stale = await ReviseAsync(h, h.Nurse, harold, 1, c => c with { Prognosis = "Nurse's prognosis" });
        var after = await GetAsync(h, h.Nurse, harold);

        Assert.True(saved.Succeeded);
        Assert.Equal(("Draft prognosis", 1, "Rosa Castillo, RN"), (withDraft.Plan!.Draft!.Content.Prognosis, withDraft.Plan.Draft.BasedOn, withDraft.Plan.Draft.EditedBy));
        Assert.Equal(1, withDraft.Plan.Latest.Number);
        Assert.Equal(CarePlanCodes.Stale, stale.Error?.Code);
        Assert.Null(after.Plan!.Draft);
        Assert.Equal("Doctor's prognosis", after.Plan.Content.Prognosis);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reviews_and_copies_are_recorded_and_month_facts_agree_with_the_bulk_query(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await StartedAsync(h, "RB1037");
        await ReviseAsync(h, h.Nurse, harold, 1, Completed);
        await SignAsync(h, h.Doctor, harold, 2);
        var copy = await h.RunAsync<RecordCarePlanCopy, Application.Common.Result<CopyView>>(h.Nurse, u =>
            u.ExecuteAsync(harold, "Margaret Abernathy (daughter)", CopyRecipientKind.Caregiver, CopyMethod.Email, new DateOnly(2026, 3, 2), Token));
        h.Clock.Advance(TimeSpan.FromDays(40));
        var review = await h.RunAsync<RecordCarePlanReview, Application.Common.Result<DateOnly>>(h.Nurse, u => u.ExecuteAsync(harold, null, "Reviewed by phone; no changes", Token));

        var march = await FactsAsync(h, harold, "2026-03");
        var april = await FactsAsync(h, harold, "2026-04");
        var may = await FactsAsync(h, harold, "2026-05");
        var page = await GetAsync(h, h.Nurse, harold);

        Assert.True(copy.Succeeded);
        Assert.Equal(new DateOnly(2026, 4, 11), review.Value);
        Assert.Equal((2, true, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), true), (march.VersionInForce, march.Complete, march.LastActivity, march.CopyProvidedOn, march.ActivityInMonth));
        Assert.Equal((true, new DateOnly(2026, 4, 11), true), (april.Complete, april.LastActivity, april.ActivityInMonth));
        Assert.False(may.ActivityInMonth);
        Assert.Equal(2, page.Plan!.Versions.Count);
        Assert.Equal(("Margaret Abernathy (daughter)", CopyMethod.Email), (page.Plan.LastShared!.Recipient, page.Plan.LastShared.Method));
        Assert.Contains(page.Plan.Activities, a => a.Kind == CarePlanActivityKind.Reviewed && a.Note == "Reviewed by phone; no changes");

        await using var db = h.Database.NewContext();
        var practice = (await db.Patients.AsNoTracking().SingleAsync(p => p.Id == new PatientId(harold), Token)).PracticeId;
        foreach (var facts in new[] { march, april, may })
        {
            var row = (await CarePlanMonthQuery.ForPracticeAsync(db, practice, facts.Month, Token))[new PatientId(harold)];
            Assert.Equal((facts.VersionInForce, facts.Complete, facts.LastActivity, facts.CopyProvidedOn), (row.VersionInForce, row.Complete, row.LastActivity, row.CopyProvidedOn));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_biller_reads_but_cannot_change_a_plan_and_versions_are_never_rewritten(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await StartedAsync(h, "RB1037");
        IReadOnlyList<string> firstBodies;
        await using (var db = h.Database.NewContext())
        {
            firstBodies = await RawBodiesAsync(db, 1);
        }

        var refused = await ReviseAsync(h, h.Biller, harold, 1, c => c with { Prognosis = "x" });
        var read = await GetAsync(h, h.Biller, harold);
        await ReviseAsync(h, h.Nurse, harold, 1, Completed);
        await SignAsync(h, h.Doctor, harold, 2);

        Assert.Equal(PatientAccess.NoAccessCode, refused.Error?.Code);
        Assert.False(read.CanEdit);
        Assert.NotNull(read.Plan);
        await using (var db = h.Database.NewContext())
        {
            Assert.Equal(firstBodies, await RawBodiesAsync(db, 1));
            Assert.Equal(2, await db.CarePlanVersions.CountAsync(v => v.PatientId == new Domain.Common.PatientId(harold), Token));
        }
    }

    internal static CarePlanContent Completed(CarePlanContent c) => c with
    {
        Reconciliations = [new MedicationReconciliation(Guid.NewGuid(), new DateOnly(2026, 3, 2), "Rosa Castillo, RN", "Compared with the pharmacy list; no changes")],
        TakesNoMedications = c.Medications.Count == 0,
        CommunityServicesNote = "None needed now: lives with his daughter, who drives him to visits.",
    };

    internal static async Task<Guid> StartedAsync(PlanHarness h, string mrn)
    {
        var patient = await h.PatientIdAsync(mrn);
        var started = await h.RunAsync<StartCarePlan, Application.Common.Result<int>>(h.Nurse, async u => await u.ExecuteAsync(patient, await h.ConditionIdsAsync(patient), Token));
        Assert.True(started.Succeeded, started.Error?.ToString());
        return patient;
    }

    private static Task<CarePlanPage> GetAsync(PlanHarness h, Actor actor, Guid patient) =>
        h.RunAsync<GetCarePlan, CarePlanPage>(actor, async u => (await u.ExecuteAsync(patient, Token)).Value!);

    private static Task<Application.Common.Result<int>> SignAsync(PlanHarness h, Actor actor, Guid patient, int number) =>
        h.RunAsync<SignCarePlan, Application.Common.Result<int>>(actor, u => u.ExecuteAsync(patient, number, Token));

    private static async Task<Application.Common.Result<int>> ReviseAsync(PlanHarness h, Actor actor, Guid patient, int basedOn, Func<CarePlanContent, CarePlanContent> change)
    {
        var latest = (await GetAsync(h, h.Nurse, patient)).Plan!.Content;
        return await h.RunAsync<ReviseCarePlan, Application.Common.Result<int>>(actor, u => u.ExecuteAsync(patient, basedOn, change(latest), "revised", Token));
    }

    private static Task<CarePlanMonthFacts> FactsAsync(PlanHarness h, Guid patient, string month) =>
        h.RunAsync<GetCarePlanMonthFacts, CarePlanMonthFacts>(h.Biller, async u => (await u.ExecuteAsync(patient, BillingMonth.Parse(month), Token)).Value!);

    /// <summary>The stored bodies of every plan's version <paramref name="number"/> (the demo's and the test's), read past EF's mapping.</summary>
    private static async Task<IReadOnlyList<string>> RawBodiesAsync(ChronicleDbContext db, int number) =>
        await db.Database.SqlQuery<string>($"SELECT \"ContentJson\" AS \"Value\" FROM \"CarePlanVersions\" WHERE \"Number\" = {number}").OrderBy(v => v).ToListAsync(Token);
}
