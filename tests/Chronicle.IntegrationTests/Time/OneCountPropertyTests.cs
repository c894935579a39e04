namespace Chronicle.IntegrationTests.Time;

using System.Globalization;
using System.Text;
using Chronicle.Application;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Application.Time.Worklist;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Issue 14's property through the real use cases, on both databases: a practice imported from
/// CSV gets seeded random time (four people, one the billing practitioner and one non-clinical;
/// overlaps within and across patients; inpatient calls; a consent dated mid-March; the DST day of
/// 8 March; both edges of February, March and April). For every patient-month the worklist, the
/// time summary and month close count the same minutes, and no claim bills a threshold the ledger
/// does not reach. The domain's property test covers many more cases; this one proves the reads.
/// </summary>
public sealed class OneCountPropertyTests
{
    private static readonly BillingMonth[] Months = [new(2026, 2), new(2026, 3), new(2026, 4)];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
        {
            data.Add(provider, 20261107);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Worklist_time_summary_and_month_close_count_every_patient_month_alike(string provider, int seed)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);
        await world.ImportAsync("staff", "staff_id,first_name,last_name,role,credential,npi,email\nCT-03,Lena,Park,clinical-staff,LPN,,\nCT-04,Ruth,Mills,non-clinical,,,\n");
        await world.ImportAsync("consents", "mrn,program,billing_npi,date,method,decision,disclosures,obtained_by,revoked_on\n" +
            $"CL1002,ccm,{ClaimsWorld.DoctorNpi},2026-03-15,verbal,accepted,availability;cost-sharing;one-practitioner;right-to-stop,CT-02,\n");
        await world.ImportAsync("time", RandomTime(new Random(seed)));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 15, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        var report = new StringBuilder();

        foreach (var month in Months)
        {
            var worklist = (await RunAsync<GetCareManagerWorklist, Result<CareManagerWorklist>>(world, clock, u => u.ExecuteAsync(new WorklistQuery(month, Everyone: true), token))).Value!;
            var summary = (await RunAsync<GetTimeSummary, Result<TimeSummary>>(world, clock, u => u.ExecuteAsync(month, null, token))).Value!;
            var close = (await RunAsync<CloseMonth, Result<MonthCloseResult>>(world, clock, u => u.ExecuteAsync(month, false, null, token))).Value!;

            var closed = close.Rows.ToDictionary(r => (r.Mrn, r.Program.ToCode()));
            foreach (var row in summary.Rows)
            {
                var decision = closed[(row.Mrn, row.Program)].Decision;
                var listed = worklist.Rows.Single(w => w.Mrn == row.Mrn && w.Program == row.Program);
                var counts = (row.ClinicalStaffMinutes, row.BillingPractitionerMinutes);
                if (counts != (decision.ClinicalStaffMinutes, decision.BillingPractitionerMinutes)
                    || (listed.Minutes, listed.PractitionerMinutes) != (row.ClinicalStaffMinutes + row.BillingPractitionerMinutes, row.BillingPractitionerMinutes))
                {
                    report.Append(CultureInfo.InvariantCulture,
                        $"{month} {row.Mrn}: summary {counts}, close ({decision.ClinicalStaffMinutes}, {decision.BillingPractitionerMinutes}), worklist ({listed.Minutes}, {listed.PractitionerMinutes}); ");
                }

                if (closed[(row.Mrn, row.Program)].Claim is { } claim)
                {
                    CheckThresholds(month, row, claim.Lines.Select(l => (l.Code, l.Units)).ToList(), report);
                }
            }

            Assert.True(summary.Rows.Count >= 3, $"{month}: only {summary.Rows.Count} patient-months have time");
        }

        Assert.True(report.Length == 0, $"seed {seed}: {report}");
    }

    private static void CheckThresholds(BillingMonth month, TimeSummaryRow row, List<(HcpcsCode Code, int Units)> lines, StringBuilder report)
    {
        foreach (var family in RuleSets.For(month)!.Families)
        {
            var billed = lines.Where(l => l.Code == family.BaseCode || l.Code == family.AddOnCode).ToList();
            if (billed.Count == 0)
            {
                continue;
            }

            var minutes = family.Basis == TimeBasis.PractitionerOnly ? row.BillingPractitionerMinutes : row.ClinicalStaffMinutes + row.BillingPractitionerMinutes;
            var needed = family.BaseMinutes + (billed.Where(l => l.Code == family.AddOnCode).Sum(l => l.Units) * family.AddOnMinutes);
            if (minutes < needed)
            {
                report.Append(CultureInfo.InvariantCulture, $"{month} {row.Mrn}: {family.Name} needs {needed} minutes, the ledger has {minutes}; ");
            }
        }
    }

    /// <summary>
    /// Whole minutes at whole-minute starts (as the CSV carries them), so that the worklist's
    /// total equals the close's clinical-staff and practitioner minutes added.
    /// </summary>
    private static string RandomTime(Random random)
    {
        string[] mrns = ["CL1001", "CL1002", "CL1003", "CL1004"];
        string[] staff = ["CT-01", "CT-02", "CT-02", "CT-03", "CT-04"];
        var first = new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Unspecified);
        var edges = new[] { new DateTime(2026, 2, 28, 23, 0, 0), new DateTime(2026, 3, 31, 23, 0, 0), new DateTime(2026, 3, 8, 1, 0, 0), new DateTime(2026, 4, 30, 23, 0, 0), new DateTime(2026, 3, 15, 0, 0, 0) };
        var rows = new List<(string Staff, DateTime Start)>();
        var csv = new StringBuilder("mrn,program,staff_id,start,minutes,activity,note,inpatient\n");
        for (var n = 0; n < 90; n++)
        {
            var person = staff[random.Next(staff.Length)];
            var theirs = rows.Where(r => r.Staff == person).ToList();
            var start = random.Next(4) switch
            {
                0 when theirs.Count > 0 => theirs[random.Next(theirs.Count)].Start.AddMinutes(random.Next(-12, 20)),
                1 => edges[random.Next(edges.Length)].AddMinutes(random.Next(0, 150)),
                _ => first.AddMinutes(random.Next(0, 90 * 24 * 60)),
            };

            // 02:00–02:59 on 8 March does not exist in Chicago; the import rightly refuses it.
            if (start.Date == new DateTime(2026, 3, 8) && start.Hour == 2)
            {
                start = start.AddHours(1);
            }

            rows.Add((person, start));
            csv.Append(CultureInfo.InvariantCulture,
                $"{mrns[random.Next(mrns.Length)]},ccm,{person},{start:yyyy-MM-ddTHH:mm},{random.Next(1, 41)},phone-call,,{(random.Next(10) == 0 ? "true" : "false")}\n");
        }

        return csv.ToString();
    }

    private static async Task<T> RunAsync<TUseCase, T>(ClaimsWorld world, TimeProvider clock, Func<TUseCase, Task<T>> run)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton<IActorContext>(new SystemActors());
        services.AddLogging();
        services.AddChronicleApplication(world.Database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private sealed class SystemActors : IActorContext
    {
        public Actor Current => SystemActor.Value;
    }
}
