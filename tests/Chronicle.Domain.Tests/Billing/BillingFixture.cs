namespace Chronicle.Domain.Tests.Billing;

using System.Globalization;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;

/// <summary>
/// The month of docs/spec/billing-scenario.md's example (CCM, March 2026, 22 minutes of clinical-staff time,
/// everything in order), which every case changes in one respect.
/// </summary>
internal static class BillingFixture
{
    public const string DrAdams = "1234567893";
    public const string DrBrown = "1245319599";

    public static readonly PracticeTimeZone Chicago = PracticeTimeZone.Parse("America/Chicago");

    public static MonthFacts Baseline() => new()
    {
        Month = BillingMonth.Parse("2026-03"),
        TimeZone = Chicago,
        PlaceOfService = "11",
        BillingPractitioner = new PractitionerFact(DrAdams, "MD"),
        Patient = new PatientFact("1EG4TE5MK73", D("1948-02-11"), false,
        [
            new BillingConditionFact("E11.9", D("2015-04-01"), null, true),
            new BillingConditionFact("I10", D("2012-01-01"), null, true),
        ]),
        Program = CareProgram.Ccm,
        Enrollment = new EnrollmentPeriodFact(D("2026-01-05"), null),
        Consent = new ConsentFact(D("2026-01-05"), ConsentMethod.Verbal, ConsentDecision.Accepted, DrAdams, ConsentDisclosures.All, null),
        Visits = [new BillingVisitFact(D("2025-12-10"), "99214", DrAdams)],
        CarePlan = new CarePlanFact(true, D("2026-03-03"), D("2026-01-06")),
        Complexity = Complexity.None,
        TimeEntries =
        [
            Staff("2026-03-03T09:00", 12),
            Staff("2026-03-17T14:30", 10, activity: "care-coordination"),
        ],
        OtherServices = [new OtherServiceFact("99214", D("2026-03-20"), DrAdams)],
    };

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeEntryFact Staff(string localStart, int minutes, string staffId = "rn1", string activity = "phone-call", bool inpatient = false) =>
        Entry(localStart, minutes, Performer.ClinicalStaff, staffId, activity, inpatient);

    public static TimeEntryFact Doctor(string localStart, int minutes, string activity = "phone-call") =>
        Entry(localStart, minutes, Performer.BillingPractitioner, "dr-adams", activity, false);

    public static TimeEntryFact Entry(string localStart, int minutes, Performer performer, string staffId, string activity, bool inpatient)
    {
        var local = DateTime.ParseExact(localStart, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        return new TimeEntryFact(Chicago.TryToInstant(local).GetOrThrow("start"), minutes, performer, staffId, activity, inpatient);
    }

    /// <summary>Clinical-staff entries of the given lengths on successive days from 2 March, 09:00.</summary>
    public static TimeEntryFact[] StaffMinutes(params int[] minutes) =>
        minutes.Select((m, i) => Staff(string.Create(CultureInfo.InvariantCulture, $"2026-03-{i + 2:D2}T09:00"), m)).ToArray();

    public static TimeEntryFact[] DoctorMinutes(params int[] minutes) =>
        minutes.Select((m, i) => Doctor(string.Create(CultureInfo.InvariantCulture, $"2026-03-{i + 2:D2}T10:00"), m)).ToArray();

    public static BillingDecision Evaluate(MonthFacts facts) => MonthlyBilling.Evaluate(facts);

    public static string Lines(BillingDecision decision) =>
        decision.Claim is null ? "none" : string.Join(" ", decision.Claim.Lines.Select(l => $"{l.Code}x{l.Units}"));

    public static string Describe(BillingDecision decision) =>
        $"{decision.Status} {Lines(decision)} [{string.Join(", ", decision.Reasons.Select(r => r.Code))}] "
        + string.Join(" | ", decision.Explanation);
}
