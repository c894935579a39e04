namespace Chronicle.Domain.Tests.Enrollment;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>Small builders for the enrollment tests: practitioners, a patient, consents and visits.</summary>
internal static class EnrollmentFixture
{
    public static readonly PracticeId Practice = PracticeId.New();

    public static readonly BillingPractitioner DrAdams = new(StaffId.New(), Npi.Parse("1234567893"));

    public static readonly BillingPractitioner DrBrown = new(StaffId.New(), Npi.Parse("1245319599"));

    public static readonly BillingPractitioner DrCruz = new(StaffId.New(), Npi.Parse("1003000126"));

    public static readonly StaffId NurseKim = StaffId.New();

    public static readonly StaffId NurseLee = StaffId.New();

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static BillingMonth M(string text) => BillingMonth.Parse(text);

    public static PatientEnrollments NewPatient() => PatientEnrollments.Create(Practice, PatientId.New());

    public static PatientConsents ConsentsOf(PatientEnrollments patient) => PatientConsents.Create(patient.PracticeId, patient.PatientId);

    public static ProgramEnrollment Propose(PatientEnrollments patient, BillingPractitioner practitioner, string date, CareProgram program = CareProgram.Ccm) =>
        patient.Propose(program, practitioner, D(date)).GetValueOrThrow();

    /// <summary>A candidate proposed and enrolled on <paramref name="start"/>.</summary>
    public static ProgramEnrollment Enroll(
        PatientEnrollments patient, BillingPractitioner practitioner, string start, CareProgram program = CareProgram.Ccm, StaffId? careManager = null)
    {
        var enrollment = Propose(patient, practitioner, start, program);
        Succeeds(patient.Enroll(enrollment.Id, D(start), careManager ?? NurseKim));
        return enrollment;
    }

    public static ConsentDetails Consent(
        BillingPractitioner practitioner,
        string date,
        CareProgram program = CareProgram.Ccm,
        ConsentDecision decision = ConsentDecision.Accepted,
        ConsentDisclosures disclosures = ConsentDisclosures.All) =>
        new(program, practitioner, D(date), ConsentMethod.Verbal, decision, disclosures, NurseKim, NoOtherCareManagement: true, "en");

    public static ConsentRecord Consented(PatientConsents consents, BillingPractitioner practitioner, string date, CareProgram program = CareProgram.Ccm) =>
        consents.Record(Consent(practitioner, date, program)).GetValueOrThrow();

    public static VisitFact Visit(string date, string code, BillingPractitioner by) =>
        new(VisitId.New(), D(date), HcpcsCode.Parse(code), by.Npi);

    public static void Succeeds(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.Failure?.ToString());

    public static Finding Refused(Outcome outcome, string code)
    {
        Assert.False(outcome.Succeeded, $"Expected {code}, but the command succeeded.");
        Assert.Equal(code, outcome.Failure!.Code);
        return outcome.Failure;
    }

    public static Finding Refused<T>(Outcome<T> outcome, string code)
    {
        Assert.False(outcome.Succeeded, $"Expected {code}, but the command succeeded.");
        Assert.Equal(code, outcome.Failure!.Code);
        Assert.Null(outcome.Value);
        return outcome.Failure;
    }
}
