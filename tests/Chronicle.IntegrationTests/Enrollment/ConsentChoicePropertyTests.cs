namespace Chronicle.IntegrationTests.Enrollment;

using System.Globalization;
using System.Text;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Time;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>
/// One consent chooser (ADR 0195), through the real use cases on both databases: patients get
/// seeded random consent histories (accepted, declined and incomplete consents, some naming another
/// practitioner, several on one day, withdrawals and re-consents, some in the month they were
/// withdrawn) recorded with <see cref="RecordConsent"/> and <see cref="RevokeConsent"/>, and ten
/// minutes of time on five days of each month. For every patient-month of February to May the
/// enrollment gate (<see cref="CheckMonthConsent"/>: wizard, patient page, API), the time summary
/// (the ledger's consent cut) and month close agree with each other and with a plain model of the
/// rule: the month is consented when a complete accepted consent of the billing practitioner, dated
/// by the month's end, was not withdrawn before the month; its minutes count from the first day one did.
/// </summary>
public sealed class ConsentChoicePropertyTests
{
    private const int Patients = 14;
    private static readonly int[] Days = [1, 9, 16, 24, 31];
    private static readonly BillingMonth[] Months = [new(2026, 2), new(2026, 3), new(2026, 4), new(2026, 5)];
    private static readonly DateOnly[] Dates =
        [.. new[] { "2026-01-10", "2026-01-31", "2026-02-01", "2026-02-14", "2026-02-28", "2026-03-01", "2026-03-10", "2026-03-20", "2026-03-31", "2026-04-01", "2026-04-15", "2026-05-02", "2026-05-31" }
            .Select(d => DateOnly.Parse(d, CultureInfo.InvariantCulture))];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
        {
            data.Add(provider, 20261207);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_gate_the_ledger_and_month_close_choose_the_same_consent_for_every_history(string provider, int seed)
    {
        var random = new Random(seed);
        await using var world = await CreateAsync(provider);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 17, 0, 0, TimeSpan.Zero));
        var patients = await PatientsAsync(world);
        var histories = new Dictionary<Guid, List<ModelConsent>>();
        foreach (var (mrn, patientId) in patients)
        {
            Ok(await world.RunAsync<EnrollPatient, Result<Guid>>(u => u.ExecuteAsync(
                new EnrollRequest(patientId, Program: CareProgram.Ccm, PractitionerId: world.Staff(FirstPractitioner), Start: new DateOnly(2026, 1, 5), CareManagerId: world.Staff(Nurse)), Ct)));
            histories[patientId] = await RandomHistoryAsync(world, patientId, random, mrn);
        }

        var report = new StringBuilder();
        foreach (var month in Months)
        {
            var gates = Ok(await world.RunAsync<CheckMonthConsent, Result<IReadOnlyList<MonthConsent>>>(u => u.ForPracticeAsync(null, CareProgram.Ccm, month, Ct)))
                .ToDictionary(g => g.PatientId);
            var summary = Ok(await world.RunAsync<GetTimeSummary, Result<TimeSummary>>(u => u.ExecuteAsync(month, null, Ct))).Rows.ToDictionary(r => r.Mrn);
            var close = Ok(await world.RunAsync<CloseMonth, Result<MonthCloseResult>>(u => u.ExecuteAsync(month, false, null, Ct))).Rows.ToDictionary(r => r.Mrn);
            foreach (var (mrn, patientId) in patients)
            {
                var (gate, counted, decision) = (gates[patientId], summary[mrn], close[mrn].Decision);
                var gateCodes = gate.Missing.Select(f => f.Code).Where(IsConsentCode).Order().ToList();
                var closeCodes = decision.Reasons.Select(r => r.Code).Where(IsConsentCode).Order().ToList();
                var firstDay = FirstConsentedDay(histories[patientId], month);
                var expected = firstDay is { } from ? 10 * Days.Count(d => d <= month.LastDay.Day && d >= from.Day) : (int?)null;
                if (gate.Consented != firstDay.HasValue || !gateCodes.SequenceEqual(closeCodes)
                    || (firstDay.HasValue && gate.BillableFrom != firstDay)
                    || counted.ClinicalStaffMinutes != decision.ClinicalStaffMinutes
                    || (expected is { } minutes && minutes != counted.ClinicalStaffMinutes))
                {
                    report.Append(CultureInfo.InvariantCulture,
                        $"{month} {mrn} [{string.Join("; ", histories[patientId])}]: model from {firstDay:yyyy-MM-dd} ({expected} min), gate {gate.Consented} from {gate.BillableFrom:yyyy-MM-dd} [{string.Join(",", gateCodes)}], " +
                        $"close [{string.Join(",", closeCodes)}] {decision.ClinicalStaffMinutes} min, summary {counted.ClinicalStaffMinutes} min\n");
                }
            }
        }

        Assert.True(report.Length == 0, $"seed {seed}:\n{report}");
    }

    private static bool IsConsentCode(string code) =>
        code is EnrollmentCodes.ConsentMissing or EnrollmentCodes.ConsentDeclined or EnrollmentCodes.ConsentRevoked or EnrollmentCodes.ConsentIncomplete or EnrollmentCodes.ConsentOtherPractitioner;

    /// <summary>The rule in plain words: the first day of the month a consent of the billing practitioner held, if one did.</summary>
    private static DateOnly? FirstConsentedDay(List<ModelConsent> history, BillingMonth month)
    {
        var covering = history.Where(c => c.First && c.Accepted && c.Disclosures == ConsentDisclosures.All && c.Date <= month.LastDay
            && (c.RevokedOn is not { } revoked || BillingMonth.Of(revoked) >= month)).ToList();
        if (covering.Count == 0)
        {
            return null;
        }

        var earliest = covering.Min(c => c.Date);
        return earliest > month.FirstDay ? earliest : month.FirstDay;
    }

    private static async Task<List<ModelConsent>> RandomHistoryAsync(EnrollmentWorld world, Guid patientId, Random random, string mrn)
    {
        var history = new List<ModelConsent>();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var first = random.Next(5) > 0;
            var date = Dates[random.Next(Dates.Length)];
            var practitioner = world.Staff(first ? FirstPractitioner : SecondPractitioner);
            if (random.Next(10) < 3)
            {
                var targets = history.Where(c => c.First == first && c.Accepted && c.RevokedOn is null && c.Date <= date).ToList();
                var revoked = await world.RunAsync<RevokeConsent, Result<int>>(u => u.ExecuteAsync(patientId, CareProgram.Ccm, practitioner, date, Ct));
                Assert.True(revoked.Succeeded == targets.Count > 0, $"{mrn}: revoking on {date:yyyy-MM-dd} gave {revoked.Error?.ToString() ?? revoked.Value.ToString(CultureInfo.InvariantCulture)}");
                targets.ForEach(c => c.RevokedOn = date);
                continue;
            }

            var accepted = random.Next(5) > 0;
            var disclosures = random.Next(4) == 0 ? (ConsentDisclosures)random.Next(0, (int)ConsentDisclosures.All) : ConsentDisclosures.All;
            Ok(await world.RunAsync<RecordConsent, Result<Guid>>(u => u.ExecuteAsync(
                new ConsentRequest(patientId, CareProgram.Ccm, practitioner, ConsentMethod.Verbal, accepted ? ConsentDecision.Accepted : ConsentDecision.Declined, disclosures,
                    date, world.Staff(Nurse), true, "en", null, RecordIncomplete: true),
                Ct)));
            history.Add(new ModelConsent(first, date, accepted, disclosures));
        }

        return history;
    }

    /// <summary>Patients CP1001… with an initiating visit, and ten minutes of the nurse's time on five days of every month, never overlapping.</summary>
    private static async Task<List<(string Mrn, Guid Id)>> PatientsAsync(EnrollmentWorld world)
    {
        var mrns = Enumerable.Range(1, Patients).Select(i => $"CP{1000 + i}").ToList();
        var patients = new StringBuilder("mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n");
        var visits = new StringBuilder("mrn,date,code,npi\n");
        var time = new StringBuilder("mrn,program,staff_id,start,minutes,activity,note,inpatient\n");
        foreach (var (mrn, index) in mrns.Select((m, i) => (m, i)))
        {
            patients.Append(CultureInfo.InvariantCulture, $"{mrn},Pat,Test{(char)('a' + index)},1950-01-{index + 1:00},female,,1 Main Street,Lakeside,IL,60601,,false\n");
            visits.Append(CultureInfo.InvariantCulture, $"{mrn},2025-12-01,99214,1625384973\n");
            foreach (var day in Months.SelectMany(m => Days.Where(d => d <= m.LastDay.Day).Select(d => new DateTime(m.Year, m.Month, d, 9, 0, 0))))
            {
                time.Append(CultureInfo.InvariantCulture, $"{mrn},ccm,{Nurse},{day.AddMinutes(12 * index):yyyy-MM-ddTHH:mm},10,phone-call,,false\n");
            }
        }

        using var files = new CsvFiles();
        foreach (var (kind, text) in new[] { ("patients", patients), ("visits", visits), ("time", time) })
        {
            var result = await CsvFiles.ImportAsync(world.Database, kind, files.Write($"{kind}.csv", text.ToString()));
            Assert.True(result.ExitCode == 0, $"{kind}: {result}");
        }

        await using var db = world.Database.NewContext();
        var ids = await db.Patients.Where(p => mrns.Contains(p.Mrn)).ToDictionaryAsync(p => p.Mrn, p => p.Id.Value, Ct);
        return mrns.ConvertAll(m => (m, ids[m]));
    }

    private sealed class ModelConsent(bool first, DateOnly date, bool accepted, ConsentDisclosures disclosures)
    {
        public bool First { get; } = first;

        public DateOnly Date { get; } = date;

        public bool Accepted { get; } = accepted;

        public ConsentDisclosures Disclosures { get; } = disclosures;

        public DateOnly? RevokedOn { get; set; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{(First ? "own" : "other")} {Date:MM-dd} {(Accepted ? "accepted" : "declined")}{(Disclosures == ConsentDisclosures.All ? string.Empty : " incomplete")}{(RevokedOn is { } r ? $" revoked {r:MM-dd}" : string.Empty)}");
    }
}
