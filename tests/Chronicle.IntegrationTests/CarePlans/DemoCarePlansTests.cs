namespace Chronicle.IntegrationTests.CarePlans;

using Chronicle.Application.Demo;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The demo seed's plans: every enrolled patient gets an active, complete plan from the templates; others none.</summary>
public sealed class DemoCarePlansTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_enrolled_patient_gets_a_signed_complete_plan_and_a_candidate_gets_none(string provider)
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync(token);
            var practice = Practice.Create(new PracticeDetails("Demo", Npi.Parse("1234567893"), "123456789", Address.Empty, "217-555-0100", PracticeTimeZone.Parse("America/Chicago"), "11"));
            var doctor = StaffMember.Create(practice.Id, new StaffDetails("md", "Adaeze", "Okafor", StaffRole.BillingPractitioner, "MD", Npi.Parse("1234567893"), "a@x.example"));
            var nurse = StaffMember.Create(practice.Id, new StaffDetails("rn", "Rosa", "Castillo", StaffRole.ClinicalStaff, "RN", null, "r@x.example"));
            db.AddRange(practice, doctor, nurse);
            AddPatient(db, practice, doctor, nurse, "RB1001", enroll: true, ("E11.9", "Type 2 diabetes"), ("I10", "Hypertension"));
            AddPatient(db, practice, doctor, nurse, "RB1002", enroll: true, ("I50.22", "Heart failure"), ("N18.31", "CKD 3a"));
            AddPatient(db, practice, doctor, nurse, "RB1003", enroll: false, ("J44.9", "COPD"), ("I10", "Hypertension"));

            Assert.Equal(2, DemoCarePlans.Add(db, practice, new DateTimeOffset(2026, 3, 20, 18, 0, 0, TimeSpan.Zero), Today));
            await db.SaveChangesAsync(token);
        }

        await using var read = database.NewContext();
        var plans = await read.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).Include(p => p.Copies)
            .Join(read.Patients, p => p.PatientId, pt => pt.Id, (p, pt) => new { pt.Mrn, Plan = p })
            .ToDictionaryAsync(x => x.Mrn, x => x.Plan, token);
        Assert.Equal(["RB1001", "RB1002"], plans.Keys.Order());
        Assert.All(plans.Values, plan =>
        {
            Assert.Equal(CarePlanStatus.Active, plan.Status);
            Assert.True(plan.ActiveVersion!.IsComplete, plan.ActiveVersion.MissingElements);
            Assert.Single(plan.Copies);
            Assert.Equal("Rosa Castillo, RN", plan.Latest.AuthorName);
            Assert.Equal("Adaeze Okafor, MD", plan.SignatureOf(1)!.ActorName);
        });
        var harold = plans["RB1001"].Latest.Content;
        Assert.Contains(harold.CareTeam, m => m.Kind == CareTeamKind.Caregiver && m.Name == "Margaret Abernathy");
        Assert.Contains(harold.Medications, m => m.Name == "Metformin 1000 mg tablet");
        Assert.Contains(plans["RB1002"].Latest.Content.CareTeam, m => m.Kind == CareTeamKind.OutsideProvider);
        Assert.Contains(plans["RB1002"].Latest.Content.Goals, g => g.Measure == "eGFR (kidney filter rate)");
    }

    private static void AddPatient(ChronicleDbContext db, Practice practice, StaffMember doctor, StaffMember nurse, string mrn, bool enroll, params (string Code, string Display)[] conditions)
    {
        var patient = Patient.Create(practice.Id, new PatientDetails(mrn, "Test", mrn, new DateOnly(1950, 1, 1), Sex.Female, null, Address.Empty, null, false), Today);
        db.Patients.Add(patient);
        foreach (var (code, display) in conditions)
        {
            var icd = Icd10Code.Parse(code);
            db.Conditions.Add(Condition.Create(practice.Id, patient.Id,
                new ConditionDetails($"t:{code}", CodeSystem.Icd10Cm, icd.Value, display, icd, new DateOnly(2020, 1, 1), null, ClinicalStatus.Active, null),
                ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, icd.Value, icd)));
        }

        var enrollments = PatientEnrollments.Create(practice.Id, patient.Id);
        var proposed = enrollments.Propose(CareProgram.Ccm, new BillingPractitioner(doctor.Id, doctor.Npi!.Value), new DateOnly(2026, 1, 10)).GetValueOrThrow();
        if (enroll)
        {
            Assert.True(enrollments.Enroll(proposed.Id, new DateOnly(2026, 1, 15), nurse.Id).Succeeded);
        }

        db.Add(enrollments);
    }
}
