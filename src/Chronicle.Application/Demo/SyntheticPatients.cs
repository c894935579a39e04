namespace Chronicle.Application.Demo;

using System.Globalization;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// Builds generated patients through the domain's own constructors and commands, so every row obeys
/// the same rules as entered data: conditions from the demo's realistic ICD-10-CM combinations
/// (classified by the built-in chronic classifier), an initiating visit, enrollment of most eligible
/// patients with a consent (a few without), a signed care plan from the condition templates, and
/// time (<see cref="SyntheticTime"/>). One <see cref="Random"/> drives everything, so a seed gives
/// the same practice every time.
/// </summary>
internal sealed class SyntheticPatients(Practice practice, SyntheticStaff staff, IReadOnlyList<Domain.Payers.Payer> payers, Random random, DateTimeOffset now)
{
    private readonly DateOnly _today = practice.TimeZone.LocalDateOf(now);
    private readonly SyntheticTime _time = new(practice, random, now);
    private int _enrolled;

    public SyntheticBatch Build(int from, int count)
    {
        var batch = new SyntheticBatch();
        var ledger = _time.NewLedger();
        for (var i = from; i < from + count; i++)
        {
            var patient = NewPatient(i);
            batch.Patients.Add(patient);
            batch.Coverage.AddRange(DemoPayers.For(i, patient, payers, varied: false));
            var conditions = AddConditions(patient, batch);
            var practitioner = staff.Practitioners[i % staff.Practitioners.Count];
            var firstMonth = BillingMonth.Of(_today).Previous().FirstDay;
            var visitDate = firstMonth.AddDays(-random.Next(30, 400));
            var visit = Visit.Create(practice.Id, patient.Id, new VisitDetails(
                string.Create(CultureInfo.InvariantCulture, $"gen:visit:{i}"), visitDate, HcpcsCode.Parse(DemoVisits.Code(i)), CodeDescriptions.OrCode(DemoVisits.Code(i)), practitioner.Npi));
            batch.Visits.Add(visit);

            var chronic = conditions.Count(c => c.IsChronic);
            var program = chronic >= 2 ? CareProgram.Ccm : CareProgram.Pcm;
            var enrolls = chronic >= 2 ? random.NextDouble() < 0.85 : chronic == 1 && random.NextDouble() < 0.4;
            if (!enrolls)
            {
                continue;
            }

            var manager = staff.CareManagers[_enrolled++ % staff.CareManagers.Count];
            var billing = new BillingPractitioner(practitioner.Id, practitioner.Npi!.Value);
            var enrollments = PatientEnrollments.Create(practice.Id, patient.Id);
            var candidate = enrollments.Propose(program, billing, visitDate).GetValueOrThrow();
            Check(enrollments.Enroll(candidate.Id, visitDate, manager.Id, visit.Id));
            batch.Enrollments.Add(enrollments);
            batch.Enrolled++;

            // About 3% of enrolled patients have no consent on file yet: month close reports them.
            if (random.NextDouble() >= 0.03)
            {
                var consents = PatientConsents.Create(practice.Id, patient.Id);
                var method = random.Next(3) == 0 ? ConsentMethod.Written : ConsentMethod.Verbal;
                consents.Record(new ConsentDetails(program, billing, visitDate, method, ConsentDecision.Accepted, ConsentDisclosures.All, manager.Id, true, random.Next(10) == 0 ? "es" : "en"))
                    .GetValueOrThrow();
                batch.Consents.Add(consents);
            }

            var enrolled = enrollments.Enrollments.Single();
            if (random.NextDouble() < 0.92 && DemoCarePlans.Plan(patient, conditions, enrolled, staff.ById, practice, visitDate) is { } content)
            {
                batch.CarePlans.Add(NewPlan(patient, content, practitioner, manager, visitDate));
            }

            _time.Add(batch, ledger, patient.Id, program, manager, practitioner, staff.FrontDesk);
        }

        return batch;
    }

    private Patient NewPatient(int i)
    {
        var first = DemoPracticeData.FirstNames[random.Next(DemoPracticeData.FirstNames.Length)];
        var last = DemoPracticeData.LastNames[random.Next(DemoPracticeData.LastNames.Length)];
        var birth = new DateOnly(1934 + random.Next(0, 26), 1 + random.Next(0, 12), 1 + random.Next(0, 28));
        return Patient.Create(practice.Id, new PatientDetails(
            string.Create(CultureInfo.InvariantCulture, $"SY{i + 1:D7}"), first, last, birth, random.Next(2) == 0 ? Sex.Male : Sex.Female,
            NewMbi(),
            new Address(string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(9999)} Elm Avenue"), DemoPracticeData.Cities[random.Next(DemoPracticeData.Cities.Length)], "IL", "62701"),
            string.Create(CultureInfo.InvariantCulture, $"217-555-{random.Next(10_000):D4}"), Qmb: random.Next(12) == 0), _today);
    }

    private List<Condition> AddConditions(Patient patient, SyntheticBatch batch)
    {
        var set = DemoPracticeData.ConditionSets[random.Next(DemoPracticeData.ConditionSets.Length)];
        var conditions = new List<Condition>(set.Length);
        foreach (var (code, display, chronic) in set)
        {
            var icd = Icd10Code.Parse(code);
            var onset = _today.AddDays(-random.Next(chronic ? 500 : 20, chronic ? 5000 : 60));
            var condition = Condition.Create(practice.Id, patient.Id,
                new ConditionDetails($"gen:{code}", CodeSystem.Icd10Cm, icd.Value, display, icd, onset,
                    chronic ? null : onset.AddDays(14), chronic ? ClinicalStatus.Active : ClinicalStatus.Resolved, null),
                ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, icd.Value, icd));
            conditions.Add(condition);
            batch.Conditions.Add(condition);
        }

        return conditions;
    }

    private CarePlan NewPlan(Patient patient, CarePlanContent content, StaffMember doctor, StaffMember nurse, DateOnly start)
    {
        var at = new PlanMoment(now.AddDays(start.DayNumber - _today.DayNumber), start);
        var plan = CarePlan.Start(practice.Id, patient.Id, content, Actor(nurse, false), at, "Generated plan from condition templates");
        plan.Sign(1, Actor(doctor, true), at);
        plan.RecordCopy(new CopyDetails($"{patient.FirstName} {patient.LastName}", CopyRecipientKind.Patient, CopyMethod.Paper, start), Actor(nurse, false), at);

        // Most plans were reviewed on a call last month, as a billed month requires; the rest show the reason.
        if (random.NextDouble() < 0.9)
        {
            var lastMonth = BillingMonth.Of(_today).Previous();
            var reviewed = lastMonth.FirstDay.AddDays(random.Next(lastMonth.DayCount));
            plan.RecordReview(Actor(nurse, false), new PlanMoment(now, _today), reviewed, "Monthly call: went over goals and medicines.").GetValueOrThrow();
        }

        return plan;
    }

    private static PlanActor Actor(StaffMember s, bool practitioner) => new($"staff:{s.Id}", s.DisplayName, practitioner);

    private Mbi NewMbi()
    {
        const string letters = "ACDEFGHJKMNPQRTUVWXY";
        char L() => letters[random.Next(letters.Length)];
        char D() => (char)('0' + random.Next(10));
        char X() => random.Next(2) == 0 ? L() : D();
        return Mbi.Parse(new string([(char)('1' + random.Next(9)), L(), X(), D(), L(), X(), D(), L(), L(), D(), D()]));
    }

    private static void Check(Outcome outcome)
    {
        if (outcome.Failure is { } failure)
        {
            throw new InvalidOperationException($"The generated enrollment breaks a rule: {failure}");
        }
    }
}
