namespace Chronicle.IntegrationTests.Audit;

using System.Globalization;
using Chronicle.Application;
using Chronicle.Application.Audit;
using Chronicle.Application.Database;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Fhir;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>How events are appended: one chain under parallel writers, and only with the change they record.</summary>
public sealed class AuditAppendTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_writers_never_chain_from_the_same_event(string provider)
    {
        const int writers = 8;
        const int calls = 15;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = Services(database, "setup"))
        {
            await setup.GetRequiredService<MigrateDatabase>().ExecuteAsync(TestContext.Current.CancellationToken);
        }

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var services = Services(database, $"writer-{w}");
            await go.Task;
            for (var call = 0; call < calls; call++)
            {
                // Each call has its own scope and connection, as requests do; odd writers append batches.
                await using var scope = services.CreateAsyncScope();
                var batch = Enumerable.Range(0, w % 2 == 0 ? 1 : 3).Select(i => AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"writer {w} call {call:D2} entry {i}"))).ToList();
                await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(batch, TestContext.Current.CancellationToken);
            }
        })).ToList();
        go.SetResult();
        await Task.WhenAll(work);

        var events = await AuditData.EventsAsync(database);
        var expected = (writers / 2 * calls) + (writers / 2 * calls * 3);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.Equal(events.Count, events.Select(e => e.PreviousHash).Distinct().Count());
        foreach (var writer in events.GroupBy(e => e.ActorId))
        {
            // A writer's own events keep the order it appended them in.
            Assert.Equal(writer.Select(e => e.What).Order(StringComparer.Ordinal), writer.Select(e => e.What));
        }

        var (verified, _) = await AuditData.VerifyAsync(database);
        Assert.True(verified.ExitCode == 0, verified.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_csv_import_the_database_refuses_leaves_no_event_claiming_it_happened(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff");
        await AuditData.RefuseEventAsync(database, 3);

        var refused = await CsvFiles.ImportAsync(database, "patients", CsvFiles.Fixture("patients"));
        var eventsAfterRefusal = await AuditData.EventsAsync(database);
        var patientsAfterRefusal = await PatientCountAsync(database);
        await AuditData.AllowEventsAsync(database);
        await CsvFiles.ImportFixturesAsync(database, "patients");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("nothing from the file was written", refused.Output + refused.Error, StringComparison.Ordinal);
        Assert.Empty(eventsAfterRefusal);
        Assert.Equal(0, patientsAfterRefusal);
        Assert.Equal([1L, 2L, 3L], (await AuditData.EventsAsync(database)).Select(e => e.Sequence));
        Assert.Equal(0, (await AuditData.VerifyAsync(database)).Result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_fhir_file_the_database_refuses_leaves_no_event_claiming_it_happened(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database);
        await AuditData.RefuseEventAsync(database, 2);

        var (_, summary) = await FhirImportHelpers.ImportJsonAsync(database, FhirImportHelpers.Fixture("patients.ndjson"));

        Assert.Equal(1, summary.FilesNotWritten);
        Assert.Contains(summary.Issues, i => i.Reason.StartsWith("Nothing from this file was written", StringComparison.Ordinal));
        Assert.Empty(await AuditData.EventsAsync(database));
        Assert.Equal(0, await PatientCountAsync(database));
    }

    private static ServiceProvider Services(TestDatabase database, string user)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(new Actor(user, user, Roles.CareManager, AccessSurface.Api, "198.51.100.4")));
        services.AddChronicleApplication(database.Options);
        return services.BuildServiceProvider();
    }

    private static async Task<int> PatientCountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Patients.CountAsync(TestContext.Current.CancellationToken);
    }
}
