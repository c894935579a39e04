namespace Chronicle.IntegrationTests.Backups;

using System.Text.Json;
using Chronicle.Application;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Exporting;
using Chronicle.Application.Importing;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>chronicle export csv, then import csv into an empty database: the same practice (ADR 0203).</summary>
public sealed class CsvExportRoundTripTests
{
    private const string LastMonth = "2026-10";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_export_writes_every_kind_the_import_reads() =>
        Assert.Equal(ImportCsv.Kinds.Order(StringComparer.Ordinal), ExportCsv.Kinds.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_export_into_an_empty_database_gives_the_same_patients_enrollments_consents_minutes_care_plans_and_decisions(string provider)
    {
        using var world = new BackupWorld();
        await using var source = await TestDatabase.CreateAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));
        await RunAsync<MigrateDatabase>(source, clock, u => u.ExecuteAsync(Ct));
        await RunAsync<SeedDemoPractice>(source, clock, u => u.SeedAsync(Ct));
        var folder = Path.Combine(world.Folder, "export");

        var exported = await world.RunAsync(source, "export", "csv", "--out", folder);
        Assert.True(exported.ExitCode == 0, exported.ToString());
        foreach (var kind in ExportCsv.Kinds)
        {
            var imported = await world.RunAsync(target, "import", "csv", kind, Path.Combine(folder, ExportCsv.FileName(kind)));
            Assert.True(imported.ExitCode == 0, $"{kind}: {imported}");
            Assert.Contains("rejected 0", imported.Output + imported.Error, StringComparison.Ordinal);
        }

        Assert.Equal(await PatientsAsync(source), await PatientsAsync(target));
        Assert.Equal(await EnrollmentsAsync(source), await EnrollmentsAsync(target));
        Assert.Equal(await ConsentsAsync(source), await ConsentsAsync(target));
        Assert.Equal(await MinutesAsync(source), await MinutesAsync(target));
        var summary = await world.RunAsync(source, "time", "summary", "--month", LastMonth, "--json");
        Assert.True(OneCountPerPatientMonthTests.Rows(summary).Count > 10, summary.ToString());
        Assert.Equal(Normalized(summary), Normalized(await world.RunAsync(target, "time", "summary", "--month", LastMonth, "--json")));

        Assert.Equal(await CarePlansAsync(source), await CarePlansAsync(target));

        // The whole close of last month: every decision's status, codes and units, reasons and minutes.
        var sourceClose = await world.RunAsync(source, "billing", "close", "--month", LastMonth, "--json");
        var targetClose = await world.RunAsync(target, "billing", "close", "--month", LastMonth, "--json");
        Assert.True(OneCountPerPatientMonthTests.Rows(sourceClose).Count > 10, sourceClose.ToString());
        Assert.Contains("99490", Decisions(sourceClose), StringComparison.Ordinal);
        Assert.Equal(Decisions(sourceClose), Decisions(targetClose));
    }

    private static string Normalized(CliResult result) =>
        string.Join("\n", OneCountPerPatientMonthTests.Rows(result).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value.GetRawText()}"));

    /// <summary>Per patient-month: status, codes and units, reason codes and the minutes counted; not ids, which each database makes.</summary>
    private static string Decisions(CliResult result) =>
        string.Join("\n", OneCountPerPatientMonthTests.Rows(result).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        {
            var d = r.Value;
            var lines = d.GetProperty("claim").ValueKind == JsonValueKind.Null ? "-" : string.Join(" ", d.GetProperty("claim").GetProperty("lines").EnumerateArray()
                .Select(l => $"{l.GetProperty("code").GetString()}x{l.GetProperty("units").GetInt32()}"));
            var reasons = d.GetProperty("reasons").EnumerateArray().Select(x => x.GetProperty("code").GetString());
            var status = d.GetProperty("status").GetString();
            return $"{r.Key}: {status} [{lines}] [{string.Join(" ", reasons)}] {d.GetProperty("countedMinutes").GetRawText()}";
        }));

    private static async Task<string> PatientsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var patients = await db.Patients.AsNoTracking().OrderBy(p => p.Mrn).ToListAsync(Ct);
        return string.Join("\n", patients.Select(p => $"{p.Mrn} {p.FirstName} {p.LastName} {p.BirthDate} {p.Sex} {p.Mbi} {p.Address} {p.Phone} {p.Qmb}"));
    }

    private static async Task<string> EnrollmentsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var mrns = await db.Patients.ToDictionaryAsync(p => p.Id, p => p.Mrn, Ct);
        var all = (await db.PatientEnrollments.AsNoTracking().AsSplitQuery().ToListAsync(Ct)).SelectMany(p => p.Enrollments).Where(e => e.Start is not null);
        return string.Join("\n", all.Select(e => $"{mrns[e.PatientId]} {e.Program} {e.PractitionerNpi} {e.Start} {e.End} {e.Status}").Order(StringComparer.Ordinal));
    }

    private static async Task<string> ConsentsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var mrns = await db.Patients.ToDictionaryAsync(p => p.Id, p => p.Mrn, Ct);
        var all = (await db.PatientConsents.AsNoTracking().ToListAsync(Ct)).SelectMany(p => p.Current);
        return string.Join("\n", all.Select(c => $"{mrns[c.PatientId]} {c.Program} {c.PractitionerNpi} {c.Date} {c.Method} {c.Decision} {c.Disclosures} {c.RevokedOn}").Order(StringComparer.Ordinal));
    }

    /// <summary>Every version's content (condition and staff links by what they name, not by id), every step of the history and every copy.</summary>
    private static async Task<string> CarePlansAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var mrns = await db.Patients.ToDictionaryAsync(p => p.Id, p => p.Mrn, Ct);
        var staff = await db.StaffMembers.ToDictionaryAsync(s => s.Id, s => s.ExternalId, Ct);
        var conditions = await db.Conditions.ToDictionaryAsync(c => c.Id, c => c.Code, Ct);
        var plans = await db.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).Include(p => p.Copies).AsSplitQuery().ToListAsync(Ct);
        Assert.NotEmpty(plans);
        string Actor(string id) => id.StartsWith("staff:", StringComparison.Ordinal) && staff.TryGetValue(new Chronicle.Domain.Common.StaffId(Guid.Parse(id[6..])), out var e) ? e : id;
        return string.Join("\n", plans.OrderBy(p => mrns[p.PatientId], StringComparer.Ordinal).SelectMany(p =>
            p.Versions.OrderBy(v => v.Number).Select(v =>
            {
                var content = v.Content with
                {
                    Problems = v.Content.Problems.Select(x => x with { ConditionId = null, Notes = x.Notes + (x.ConditionId is { } c ? " @" + conditions[c] : string.Empty) }).ToList(),
                    CareTeam = v.Content.CareTeam.Select(m => m with { StaffId = null, PortalUserId = null, Role = m.Role + (m.StaffId is { } s ? " @" + staff[s] : string.Empty) }).ToList(),
                };
                return $"{mrns[p.PatientId]} v{v.Number} {v.CreatedOn} {v.CreatedAt:O} {v.AuthorName} {Actor(v.AuthorId)} {v.IsComplete} {v.MissingElements} {v.Note} {Chronicle.Domain.CarePlans.CarePlanJson.Serialize(content)}";
            })
            .Concat(p.Activities.Select(a => $"{mrns[p.PatientId]} {a.Kind} v{a.VersionNumber} {a.OnDate} {a.RecordedAt:O} {a.ActorName} {Actor(a.ActorId)} {a.Note}").Order(StringComparer.Ordinal))
            .Concat(p.Copies.Select(c => $"{mrns[p.PatientId]} copy v{c.VersionNumber} {c.ProvidedOn} {c.RecordedAt:O} {c.Recipient} {c.RecipientKind} {c.Method} {c.RecordedByName} {Actor(c.RecordedById)}").Order(StringComparer.Ordinal))));
    }

    private static async Task<string> MinutesAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var mrns = await db.Patients.ToDictionaryAsync(p => p.Id, p => p.Mrn, Ct);
        var entries = await Chronicle.Application.Time.TimeEntries.InForce(db).ToListAsync(Ct);
        return string.Join("\n", entries.Select(e => $"{mrns[e.PatientId]} {e.Program} {e.Start:O} {e.DurationSeconds} {e.Activity} {e.Performer} {e.Inpatient} {e.Note}").Order(StringComparer.Ordinal));
    }

    private static async Task RunAsync<TUseCase>(TestDatabase database, TimeProvider clock, Func<TUseCase, Task> run)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton<IActorContext>(new FixedActorContext(SystemActor.Value));
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
