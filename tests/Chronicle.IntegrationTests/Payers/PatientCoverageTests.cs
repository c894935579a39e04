namespace Chronicle.IntegrationTests.Payers;

using Chronicle.Application;
using Chronicle.Application.Common;
using Chronicle.Application.Payers;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Coverage on the patient page (ADR 0251): read as part of the chart, added, changed and ended by a
/// biller under the coverage CSV's rules (MBI for Original Medicare, dates, one primary at a time)
/// with each refusal naming its field; a care manager reads it but changes nothing. Audited.
/// </summary>
public sealed class PatientCoverageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_biller_keeps_coverage_under_the_import_rules_and_a_care_manager_only_reads_it(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);
        var token = TestContext.Current.CancellationToken;
        Guid patient;
        Domain.Common.PracticeId practiceId;
        await using (var db = world.Database.NewContext())
        {
            patient = (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "CL1001", token)).Id.Value;
            practiceId = (await db.Practices.AsNoTracking().SingleAsync(token)).Id;
        }

        var biller = new Actor("ct-biller", "Beth Biller", Roles.Biller, AccessSurface.Web, null, practiceId);
        var nurse = new Actor("ct-nurse", "Tomas Reyes", Roles.CareManager, AccessSurface.Web, null, practiceId);
        await using var app = new Runner(world);
        var before = await app.AsAsync<GetPatientCoverage, Result<PatientCoverageView>>(biller, u => u.ExecuteAsync(patient, token));
        var medicare = Assert.Single(before.Value!.Coverage);

        // A Medicare Advantage primary while Original Medicare is still the open-ended primary: refused on the start date.
        var overlapping = await Save(biller, null, new CoverageForm(CoverageFixtures.AdvantagePayerId, "LK778812", "HMO", "primary", "2026-05-01", null));
        var badMbi = await Save(biller, null, new CoverageForm(CoverageFixtures.MedicarePayerId, "12345", null, "secondary", "2026-05-01", null));
        var badDate = await Save(biller, null, new CoverageForm(CoverageFixtures.AdvantagePayerId, "LK778812", null, "primary", "May 1st", null));
        var ended = await app.AsAsync<SaveCoverage, CoverageSaved>(biller, u => u.EndAsync(patient, medicare.Id, "2026-04-30", token));
        var added = await Save(biller, null, new CoverageForm(CoverageFixtures.AdvantagePayerId, " LK778812 ", null, "primary", "2026-05-01", null));
        var endsEarly = await app.AsAsync<SaveCoverage, CoverageSaved>(biller, u => u.EndAsync(patient, added.CoverageId!.Value, "2026-04-01", token));
        var changed = await Save(biller, added.CoverageId, new CoverageForm(CoverageFixtures.AdvantagePayerId, "LK778812", "HMO", "primary", "2026-05-01", null));
        var nurseSaves = await Save(nurse, null, new CoverageForm(CoverageFixtures.AdvantagePayerId, "LK1", null, "secondary", "2026-06-01", null));
        var nurseReads = await app.AsAsync<GetPatientCoverage, Result<PatientCoverageView>>(nurse, u => u.ExecuteAsync(patient, token));

        Assert.Equal((CoverageFixtures.MedicarePayerId, "1EG4TE5MK73", "primary", (DateOnly?)null, true), (medicare.PayerCode, medicare.MemberId, medicare.Order, medicare.End, medicare.InForceToday));
        Assert.True(before.Value.CanEdit);
        Assert.Equal(("start_date", SaveCoverage.InvalidCode), (overlapping.Field, overlapping.Error?.Code));
        Assert.Contains("one primary at a time", overlapping.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("member_id", badMbi.Field);
        Assert.Contains("MBI", badMbi.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("start_date", badDate.Field);
        Assert.True(ended.Succeeded && ended.Changed, ended.Error?.ToString());
        Assert.True(added.Succeeded && added.Changed, added.Error?.ToString());
        Assert.Equal("end_date", endsEarly.Field);
        Assert.True(changed.Succeeded && changed.Changed, changed.Error?.ToString());
        Assert.Equal(PatientAccess.NoAccessCode, nurseSaves.Error?.Code);
        Assert.False(nurseReads.Value!.CanEdit);
        Assert.Equal(
            [(CoverageFixtures.AdvantagePayerId, "LK778812", "HMO", new DateOnly(2026, 5, 1), (DateOnly?)null), (CoverageFixtures.MedicarePayerId, "1EG4TE5MK73", null, new DateOnly(2015, 1, 1), new DateOnly(2026, 4, 30))],
            nurseReads.Value.Coverage.Select(c => (c.PayerCode, c.MemberId, c.PlanType, c.Start, c.End)));

        await using (var db = world.Database.NewContext())
        {
            var id = new Domain.Common.PatientId(patient);
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.PatientId == id && e.What.StartsWith("coverage")).Select(e => e.Action).ToListAsync(token);
            Assert.Equal(3, events.Count(a => a != "read"));
            Assert.Equal(2, events.Count(a => a == "read"));
        }

        Task<CoverageSaved> Save(Actor actor, Guid? coverage, CoverageForm form) => app.AsAsync<SaveCoverage, CoverageSaved>(actor, u => u.ExecuteAsync(patient, coverage, form, token));
    }

    /// <summary>The application's use cases as a chosen actor on 6 April 2026.</summary>
    private sealed class Runner(ClaimsWorld world) : IAsyncDisposable
    {
        private readonly Actors _actors = new();
        private ServiceProvider? _provider;

        public async Task<T> AsAsync<TUseCase, T>(Actor actor, Func<TUseCase, Task<T>> run)
            where TUseCase : notnull
        {
            if (_provider is null)
            {
                var services = new ServiceCollection();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 4, 6, 15, 0, 0, TimeSpan.Zero)));
                services.AddSingleton<IActorContext>(_actors);
                services.AddLogging();
                services.AddChronicleApplication(world.Database.Options);
                TestDatabase.AddTestClaimFiles(services);
                _provider = services.BuildServiceProvider();
            }

            _actors.Current = actor;
            await using var scope = _provider.CreateAsyncScope();
            return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
        }

        public async ValueTask DisposeAsync()
        {
            if (_provider is not null)
            {
                await _provider.DisposeAsync();
            }
        }

        private sealed class Actors : IActorContext
        {
            public Actor Current { get; set; } = SystemActor.Value;
        }
    }
}
