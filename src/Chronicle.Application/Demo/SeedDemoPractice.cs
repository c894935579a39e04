namespace Chronicle.Application.Demo;

using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Application.Users;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Seeds the demo practice: synthetic staff in every role, 48 patients with realistic chronic
/// conditions, office visits and coverage (<see cref="DemoPayers"/>), and one sign-in per role (<see cref="DemoSignIns"/>), including a
/// caregiver granted RB1001 and an outside provider RB1002 is shared with. Deterministic, so every
/// fresh clone shows the same practice, and idempotent: a database that already holds the demo
/// practice is left as it is.
/// </summary>
public sealed class SeedDemoPractice(ChronicleDbContext db, UserAccounts accounts, AuditTrail audit, TimeProvider clock)
{
    public const int PatientCount = 48;

    /// <summary>Seeds only when the database holds no practice at all (first run of the web app).</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Practices.AnyAsync(cancellationToken) && await SeedAsync(cancellationToken);

    /// <summary>Seeds the demo practice unless it is already there; returns whether it wrote anything.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        var npi = DemoNpi(DemoPracticeData.PracticeNpiBase);
        if (await db.Practices.AnyAsync(p => p.GroupNpi == npi, cancellationToken))
        {
            return false;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var practice = Practice.Create(new PracticeDetails(
            DemoPracticeData.PracticeName, npi, "123456789",
            new Address("400 Mill Street", "Riverbend", "IL", "62701-4512"), "217-555-0100",
            PracticeTimeZone.Parse(DemoPracticeData.TimeZone), "11"));
        db.Practices.Add(practice);

        var staff = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
        var practitioners = new List<StaffMember>();
        foreach (var s in DemoPracticeData.Staff)
        {
            var member = StaffMember.Create(practice.Id, new StaffDetails(
                s.Id, s.First, s.Last, StaffRoles.TryParse(s.Role).Value, s.Credential,
                s.NpiBase is null ? null : DemoNpi(s.NpiBase), s.Email));
            db.StaffMembers.Add(member);
            staff[s.Id] = member;
            if (member.Role == StaffRole.BillingPractitioner)
            {
                practitioners.Add(member);
            }
        }

        var payers = DemoPayers.Directory(practice);
        db.Payers.AddRange(payers);
        var patients = AddPatients(practice, practitioners, today);
        var index = 0;
        foreach (var patient in patients.Values.OrderBy(p => p.Mrn, StringComparer.Ordinal))
        {
            db.Coverages.AddRange(DemoPayers.For(index++, patient, payers, varied: true));
        }

        DemoEnrollments.Add(db, practice, staff, patients, today);
        DemoTime.Add(db, practice, staff, patients, clock.GetUtcNow());
        await AddSignInsAsync(practice, staff, patients, cancellationToken);
        DemoCarePlans.Add(db, practice, clock.GetUtcNow(), today);
        DemoClinical.Add(db, practice, [.. patients.Values.OrderBy(p => p.Mrn, StringComparer.Ordinal).Select(p => (p, ConditionCodes(p)))], clock.GetUtcNow());
        DemoBillingHistory.Add(db, practice, staff, patients, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var changes = audit.TrackPatientChanges(AuditActions.Seed, "demo seed");
        await db.SaveChangesAsync(cancellationToken);
        await changes.RecordAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task AddSignInsAsync(Practice practice, Dictionary<string, StaffMember> staff, Dictionary<string, Patient> patients, CancellationToken cancellationToken)
    {
        NewAccount Staff(string email, string role, string staffId) =>
            new(email, staff[staffId].DisplayName, role, practice.Id, staff[staffId].Id);

        var harold = patients[DemoSignIns.PatientMrn];
        await AddAsync(Staff(DemoSignIns.Admin, Roles.Admin, "fd-baptiste"));
        await AddAsync(Staff(DemoSignIns.BillingPractitioner, Roles.BillingPractitioner, "dr-okafor"));
        await AddAsync(Staff(DemoSignIns.CareManager, Roles.CareManager, "rn-castillo"));
        await AddAsync(Staff(DemoSignIns.Biller, Roles.Biller, "bl-moreau"));
        await AddAsync(Staff(DemoSignIns.Auditor, Roles.Auditor, "co-fischer"));
        await AddAsync(new NewAccount(DemoSignIns.Patient, $"{harold.FirstName} {harold.LastName}", Roles.Patient, PatientId: harold.Id));
        var caregiver = await AddAsync(new NewAccount(DemoSignIns.Caregiver, "Margaret Abernathy", Roles.Caregiver));
        var provider = await AddAsync(new NewAccount(DemoSignIns.OutsideProvider, "Dr Samuel Osei (cardiology)", Roles.OutsideProvider));

        var now = clock.GetUtcNow();
        db.CaregiverGrants.Add(CaregiverGrant.Create(practice.Id, harold.Id, caregiver.Id, now, now.AddYears(1)));
        db.ProviderShares.Add(ProviderShare.Create(practice.Id, patients[DemoSignIns.SharedWithProviderMrn].Id, provider.Id, now, now.AddYears(1)));

        async Task<Data.Security.ChronicleUser> AddAsync(NewAccount account)
        {
            var added = await accounts.AddAsync(account, DemoSignIns.Password, mustChangePassword: false, cancellationToken);
            return added.Value ?? throw new InvalidOperationException($"The demo sign-in {account.Email} could not be created: {added.Error}");
        }
    }

    private Dictionary<string, Patient> AddPatients(Practice practice, List<StaffMember> practitioners, DateOnly today)
    {
        var patients = new Dictionary<string, Patient>(StringComparer.Ordinal);
        var random = new Random(20261129);
        for (var i = 0; i < PatientCount; i++)
        {
            var first = DemoPracticeData.FirstNames[i % DemoPracticeData.FirstNames.Length];
            var last = DemoPracticeData.LastNames[(i * 7) % DemoPracticeData.LastNames.Length];
            var birth = new DateOnly(1938 + random.Next(0, 25), 1 + random.Next(0, 12), 1 + random.Next(0, 28));
            var patient = Patient.Create(practice.Id, new PatientDetails(
                $"RB{1001 + i}", first, last, birth, i % 2 == 0 ? Sex.Male : Sex.Female,
                DemoMbi(random),
                new Address($"{100 + (i * 13)} Elm Avenue", DemoPracticeData.Cities[i % DemoPracticeData.Cities.Length], "IL", "62701"),
                $"217-555-{1000 + i:D4}", Qmb: i % 9 == 0), today);
            db.Patients.Add(patient);
            patients[patient.Mrn] = patient;

            var set = DemoPracticeData.ConditionSets[i % DemoPracticeData.ConditionSets.Length];
            foreach (var (code, display, chronic) in set)
            {
                var icd = Icd10Code.Parse(code);
                var onset = today.AddDays(-random.Next(chronic ? 400 : 20, chronic ? 4000 : 60));
                db.Conditions.Add(Condition.Create(practice.Id, patient.Id,
                    new ConditionDetails($"demo:{code}", CodeSystem.Icd10Cm, icd.Value, display, icd, onset,
                        chronic ? null : onset.AddDays(14), chronic ? ClinicalStatus.Active : ClinicalStatus.Resolved, null),
                    ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, icd.Value, icd)));
            }

            var practitioner = practitioners[i % practitioners.Count];
            var visitDate = today.AddDays(-random.Next(10, 300));
            db.Visits.Add(Visit.Create(practice.Id, patient.Id,
                new VisitDetails($"demo:visit:{i}", visitDate, HcpcsCode.Parse(DemoVisits.Code(i)), CodeDescriptions.OrCode(DemoVisits.Code(i)), practitioner.Npi)));
        }

        return patients;
    }

    /// <summary>The ICD-10-CM codes the seed gave a patient (still in the change tracker, not yet saved).</summary>
    private IReadOnlyList<string> ConditionCodes(Patient patient) =>
        [.. db.ChangeTracker.Entries<Condition>().Where(e => e.Entity.PatientId == patient.Id).Select(e => e.Entity.Code)];

    private static Npi DemoNpi(string nineDigits) => Npi.Parse(nineDigits + Npi.CheckDigit(nineDigits));

    private static Mbi DemoMbi(Random random)
    {
        const string letters = "ACDEFGHJKMNPQRTUVWXY";
        const string digits = "0123456789";
        char L() => letters[random.Next(letters.Length)];
        char D() => digits[random.Next(digits.Length)];
        char X() => random.Next(2) == 0 ? L() : D();
        var text = new string([(char)('1' + random.Next(9)), L(), X(), D(), L(), X(), D(), L(), L(), D(), D()]);
        return Mbi.Parse(text);
    }
}
