namespace Chronicle.Application.Demo;

using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.CarePlans.Templates;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A realistic, signed care plan for every enrolled demo patient, built from the condition
/// templates: the enrollment's practitioner and care manager on the team (and the demo caregiver
/// and cardiologist where they have access), typical medicines with a reconciliation, and a copy
/// given to the patient. Runs inside the demo seed, after the demo enrollments, on what the seed
/// has added but not yet saved.
/// </summary>
public static class DemoCarePlans
{
    /// <summary>The outside cardiologist's NPI: synthetic, with a valid check digit (CMS's own example number).</summary>
    private const string DemoOutsideProviderNpi = "1234567893";

    private static readonly Dictionary<string, (string Name, string Instructions, string Purpose)[]> Medicines = new(StringComparer.Ordinal)
    {
        ["type-2-diabetes"] = [("Metformin 1000 mg tablet", "One tablet twice a day with meals", "Blood sugar")],
        ["hypertension"] = [("Lisinopril 20 mg tablet", "One tablet every morning", "Blood pressure")],
        ["heart-failure"] = [("Furosemide 40 mg tablet", "One tablet every morning", "Removes extra fluid"), ("Carvedilol 12.5 mg tablet", "One tablet twice a day", "Helps the heart pump")],
        ["copd"] = [("Tiotropium 2.5 mcg inhaler", "Two puffs once a day", "Keeps airways open"), ("Albuterol inhaler", "Two puffs when short of breath", "Quick relief")],
        ["chronic-kidney-disease"] = [],
        ["depression"] = [("Sertraline 50 mg tablet", "One tablet every morning", "Mood")],
        ["hyperlipidemia"] = [("Atorvastatin 40 mg tablet", "One tablet at bedtime", "Cholesterol")],
        ["ischemic-heart-disease"] = [("Aspirin 81 mg tablet", "One tablet a day", "Prevents clots")],
        ["osteoarthritis"] = [("Acetaminophen 650 mg tablet", "One tablet up to three times a day for pain", "Joint pain")],
        ["asthma"] = [("Fluticasone 110 mcg inhaler", "Two puffs twice a day", "Controls asthma"), ("Albuterol inhaler", "Two puffs when wheezing", "Quick relief")],
    };

    /// <summary>Adds a plan to the context for each enrolled patient among those the seed is adding; returns how many.</summary>
    public static int Add(ChronicleDbContext db, Practice practice, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(practice);
        var staff = Added<StaffMember>(db).ToDictionary(s => s.Id);
        var patients = Added<Patient>(db).ToDictionary(p => p.Id);
        var conditions = Added<Condition>(db).ToLookup(c => c.PatientId);
        var count = 0;
        foreach (var enrollments in Added<PatientEnrollments>(db).Where(e => patients.ContainsKey(e.PatientId)).ToList())
        {
            var enrolled = enrollments.Enrollments.FirstOrDefault(e => e.Status == EnrollmentStatus.Enrolled);
            var patient = patients[enrollments.PatientId];
            if (enrolled is null || Plan(patient, conditions[patient.Id], enrolled, staff, practice, today) is not { } plan)
            {
                continue;
            }

            var start = enrolled.Start is { } s && s <= today ? s : today;
            var doctor = staff[enrolled.PractitionerId];
            var nurse = enrolled.CareManager is { } id && staff.TryGetValue(id, out var manager) ? manager : doctor;
            var at = new PlanMoment(now.AddDays(start.DayNumber - today.DayNumber), start);
            var carePlan = CarePlan.Start(practice.Id, patient.Id, plan, Actor(nurse, false), at, "Demo plan from condition templates");
            carePlan.Sign(1, Actor(doctor, true), at);
            carePlan.RecordCopy(new CopyDetails($"{patient.FirstName} {patient.LastName}", CopyRecipientKind.Patient, CopyMethod.Paper, start), Actor(nurse, false), at);
            if (start.AddMonths(1) <= today)
            {
                carePlan.RecordReview(Actor(nurse, false), new PlanMoment(now, today), start.AddMonths(1), "Monthly call: went over goals and medicines; no changes.");
            }

            db.CarePlans.Add(carePlan);
            count++;
        }

        return count;
    }

    internal static CarePlanContent? Plan(Patient patient, IEnumerable<Condition> conditions, ProgramEnrollment enrolled, Dictionary<Domain.Common.StaffId, StaffMember> staff, Practice practice, DateOnly today)
    {
        var templated = conditions
            .Where(c => c.IsChronic && c.IsActiveOn(today) && c.Icd10 is { } icd && CarePlanTemplates.For(icd.Value) is not null)
            .Select(c => new PlanCondition(c.Id, c.Icd10!.Value.Value, c.Display ?? c.Code))
            .ToList();
        if (templated.Count == 0)
        {
            return null;
        }

        var practitioner = staff[enrolled.PractitionerId];
        var team = new List<CareTeamMember> { Member(practitioner, $"{Credentials.PractitionerTitle(practitioner.Credential)} (billing practitioner)", practice.Phone) };
        if (enrolled.CareManager is { } managerId && staff.TryGetValue(managerId, out var manager))
        {
            team.Add(Member(manager, "Care manager", practice.Phone));
        }

        if (patient.Mrn == DemoSignIns.PatientMrn)
        {
            team.Add(new CareTeamMember(Guid.NewGuid(), CareTeamKind.Caregiver, "Margaret Abernathy", "Caregiver", "217-555-0142", DemoSignIns.Caregiver, Relationship: "Daughter"));
        }

        if (patient.Mrn == DemoSignIns.SharedWithProviderMrn)
        {
            team.Add(new CareTeamMember(Guid.NewGuid(), CareTeamKind.OutsideProvider, "Dr Samuel Osei", "Cardiologist", "217-555-0300", DemoSignIns.OutsideProvider, "Lakeview Cardiology", Npi: DemoOutsideProviderNpi));
        }

        var keys = templated.Select(c => CarePlanTemplates.For(c.Icd10)!.Key).Distinct().ToList();
        var medicines = keys.SelectMany(k => Medicines[k]).DistinctBy(m => m.Name)
            .Select(m => new PlanMedication(Guid.NewGuid(), m.Name, m.Instructions, m.Purpose, staff[enrolled.PractitionerId].DisplayName)).ToList();
        var content = CarePlanTemplates.Apply(templated, new TemplateContext(today, team, medicines));
        var needsHelp = patient.Mrn[^1] % 3 == 0;
        return content with
        {
            TakesNoMedications = medicines.Count == 0,
            Reconciliations = [new MedicationReconciliation(Guid.NewGuid(), enrolled.Start ?? today, team[^1].Name, "Compared the list with the pharmacy fill history and the pill bottles; no changes.")],
            CommunityServices = needsHelp ? [new CommunityService(Guid.NewGuid(), "Home-delivered meals", "Riverbend Area Agency on Aging", "Ordered", "217-555-0400")] : [],
            CommunityServicesNote = needsHelp ? string.Empty : "None needed now: lives with family and drives to appointments.",
            CoordinationNote = content.Coordination.Count == 0 ? "No outside specialists are involved; the practice coordinates all care." : string.Empty,
        };
    }

    private static CareTeamMember Member(StaffMember s, string role, string? phone) =>
        new(Guid.NewGuid(), CareTeamKind.Staff, s.DisplayName, role, phone ?? string.Empty, s.Email ?? string.Empty, StaffId: s.Id);

    private static PlanActor Actor(StaffMember s, bool practitioner) => new($"staff:{s.Id}", s.DisplayName, practitioner);

    private static List<T> Added<T>(ChronicleDbContext db)
        where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
}
