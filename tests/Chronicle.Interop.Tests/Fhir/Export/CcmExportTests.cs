namespace Chronicle.Interop.Tests.Fhir.Export;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using DomainCarePlan = Chronicle.Domain.CarePlans.CarePlan;

/// <summary>The CCM record's mappers: the consent's states and period, the plan's status and version, goals' targets and the team's members.</summary>
public sealed class CcmExportTests
{
    private static readonly Practice Practice = Practice.Create(new PracticeDetails(
        "Riverbend Family Medicine", Npi.Parse("1999999992"), "123456789", Chronicle.Domain.Common.Address.Empty, null, PracticeTimeZone.Parse("America/Chicago"), "11"));

    private static readonly BillingPractitioner DrAdams = new(StaffId.New(), Npi.Parse("1245319599"));

    private static readonly PatientId Harold = PatientId.New();

    [Fact]
    public void A_given_consent_is_active_permits_from_its_date_and_names_practitioner_disclosures_program_and_method()
    {
        var consents = PatientConsents.Create(Practice.Id, Harold);
        var record = consents.Record(Details(ConsentDecision.Accepted, ConsentDisclosures.All)).GetValueOrThrow();

        var consent = ConsentExport.ToFhir(record, Practice);

        Assert.Equal(Consent.ConsentState.Active, consent.Status);
        Assert.Equal(record.OriginalId.Value.ToString(), consent.Id);
        Assert.Equal(["59284-0", "ccm", "verbal"], consent.Category.Select(c => c.Coding[0].Code!).ToArray());
        Assert.Equal(Consent.ConsentProvisionType.Permit, consent.Provision!.Type);
        Assert.Equal(("2026-01-08", (string?)null), (consent.Provision.Period!.Start, consent.Provision.Period.End));
        Assert.Equal($"Practitioner/{DrAdams.StaffId.Value}", consent.Provision.Actor.Single(a => a.Role!.Coding[0].Code == "PPRF").Reference!.Reference);
        Assert.Equal(["availability", "cost-sharing", "one-practitioner", "right-to-stop"], consent.Provision.Code.Select(c => c.Coding[0].Code!).ToArray());
        Assert.Equal($"Patient/{Harold.Value}", consent.Patient!.Reference);
    }

    [Fact]
    public void A_revoked_consent_is_inactive_and_its_period_ends_on_the_last_day_of_the_month_of_revocation()
    {
        var consents = PatientConsents.Create(Practice.Id, Harold);
        var original = consents.Record(Details(ConsentDecision.Accepted, ConsentDisclosures.All)).GetValueOrThrow();
        var revoked = Assert.Single(consents.Revoke(CareProgram.Ccm, DrAdams, new DateOnly(2026, 3, 10)).GetValueOrThrow());

        var consent = ConsentExport.ToFhir(revoked, Practice);

        Assert.Equal(Consent.ConsentState.Inactive, consent.Status);
        Assert.Equal(original.Id.Value.ToString(), consent.Id);
        Assert.Equal(("2026-01-08", "2026-03-31"), (consent.Provision!.Period!.Start, consent.Provision.Period.End));
    }

    [Fact]
    public void A_declined_consent_is_rejected_and_its_provision_denies()
    {
        var consents = PatientConsents.Create(Practice.Id, Harold);
        var record = consents.Record(Details(ConsentDecision.Declined, ConsentDisclosures.All)).GetValueOrThrow();

        var consent = ConsentExport.ToFhir(record, Practice);

        Assert.Equal(Consent.ConsentState.Rejected, consent.Status);
        Assert.Equal(Consent.ConsentProvisionType.Deny, consent.Provision!.Type);
    }

    [Fact]
    public void A_plan_is_a_draft_until_signed_and_then_exports_the_signed_version_while_a_revision_waits()
    {
        var plan = DomainCarePlan.Start(Practice.Id, Harold, Content("Keep HbA1c under 8"), Nurse, At(1));
        var draft = CarePlanExport.ToFhir(plan);
        plan.Sign(1, Doctor, At(2)).GetValueOrThrow();
        plan.Revise(Content("Keep HbA1c under 7"), Nurse, At(3), basedOn: 1).GetValueOrThrow();

        var signed = CarePlanExport.ToFhir(plan);
        var team = CareTeamExport.ToFhir(plan);

        Assert.Equal(RequestStatus.Draft, draft.Status);
        Assert.Equal(RequestStatus.Active, signed.Status);
        Assert.Equal("Keep HbA1c under 8", signed.Description);
        Assert.Equal("assess-plan", signed.Category.Single().Coding[0].Code);
        Assert.Equal([$"Goal/{GoalId}"], signed.Goal.Select(g => g.Reference!).ToArray());
        Assert.Equal([$"Condition/{ConditionId.Value}"], signed.Addresses.Select(a => a.Reference!).ToArray());
        Assert.Equal($"CareTeam/{plan.Id.Value}", signed.CareTeam.Single().Reference);
        Assert.Contains("&lt;script&gt;", signed.Text!.Div, StringComparison.Ordinal);
        Assert.Equal(CareTeam.CareTeamStatus.Active, team.Status);
        Assert.Equal(["116154003", "Nurse", "133932002"], team.Participant.Select(p => p.Role[0].Coding.FirstOrDefault(c => c.System == "http://snomed.info/sct")?.Code ?? p.Role[0].Text!).ToArray());
        Assert.Equal([$"Patient/{Harold.Value}", $"Practitioner/{NurseStaff.Value}", "#m2"], team.Participant.Select(p => p.Member!.Reference!).ToArray());
        var caregiver = Assert.IsType<RelatedPerson>(Assert.Single(team.Contained));
        Assert.Equal(("m2", "Margaret Abernathy", "Daughter"), (caregiver.Id, caregiver.Name[0].Text, caregiver.Relationship[0].Text));
    }

    [Theory]
    [InlineData("7.5", "%", typeof(Quantity))]
    [InlineData("< 140/90", "mmHg", typeof(FhirString))]
    public void A_goal_target_is_a_quantity_when_it_is_a_number_and_text_otherwise(string value, string unit, Type detail)
    {
        var goal = new PlanGoal(Guid.NewGuid(), "Lower it", null, "HbA1c", value, unit, new DateOnly(2027, 3, 1), GoalStatus.Achieved, [new GoalProgressNote(new DateOnly(2026, 2, 1), "8.1")]);

        var resource = GoalExport.ToFhir(goal, Harold, []);

        var target = Assert.Single(resource.Target);
        Assert.IsType(detail, target.Detail);
        Assert.Equal("HbA1c", target.Measure!.Text);
        Assert.Equal("2027-03-01", ((Date)target.Due!).Value);
        Assert.Equal(Goal.GoalLifecycleStatus.Completed, resource.LifecycleStatus);
        Assert.Equal("achieved", resource.AchievementStatus!.Coding[0].Code);
        Assert.Equal("2026-02-01", Assert.Single(resource.Note).Time);
    }

    [Theory]
    [InlineData(EnrollmentStatus.Candidate, "planned")]
    [InlineData(EnrollmentStatus.Enrolled, "active")]
    [InlineData(EnrollmentStatus.Unenrolled, "finished")]
    [InlineData(EnrollmentStatus.Transferred, "finished")]
    [InlineData(EnrollmentStatus.Declined, "cancelled")]
    [InlineData(EnrollmentStatus.EnrolledElsewhere, "cancelled")]
    public void An_enrollment_status_maps_to_the_episode_status_its_search_finds_it_by(EnrollmentStatus status, string code)
    {
        var mapped = EpisodeOfCareExport.StatusOf(status);

        Assert.Equal(code, Hl7.Fhir.Utility.EnumUtility.GetLiteral(mapped));
        Assert.Contains(status, EpisodeOfCareExport.StatusesOf(code)!);
    }

    private static readonly StaffId NurseStaff = StaffId.New();

    private static readonly ConditionId ConditionId = ConditionId.New();

    private static readonly Guid GoalId = Guid.NewGuid();

    private static readonly PlanActor Nurse = new("nurse", "Rosa Castillo, RN", false);

    private static readonly PlanActor Doctor = new("doctor", "Dr Adams", true);

    private static PlanMoment At(int day) => new(new DateTimeOffset(2026, 1, day, 15, 0, 0, TimeSpan.Zero), new DateOnly(2026, 1, day));

    private static ConsentDetails Details(ConsentDecision decision, ConsentDisclosures disclosures) =>
        new(CareProgram.Ccm, DrAdams, new DateOnly(2026, 1, 8), ConsentMethod.Verbal, decision, disclosures, null, true, "en");

    private static CarePlanContent Content(string outcome) =>
        SampleCarePlans.Complete(new PlanProblem(Guid.NewGuid(), "Type 2 diabetes <script>", ConditionId, "E11.9"), outcome, GoalId, NurseStaff);
}
