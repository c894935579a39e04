namespace Chronicle.IntegrationTests.CarePlans;

using Chronicle.Application;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The care-plan use cases over a seeded demo database, run as whichever demo user a test names,
/// on a clock the test moves.
/// </summary>
internal sealed class PlanHarness : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;
    private readonly SwitchableActor _actors;

    private PlanHarness(TestDatabase database, ServiceProvider services, SwitchableActor actors, FakeTimeProvider clock)
    {
        _database = database;
        _services = services;
        _actors = actors;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public TestDatabase Database => _database;

    public Actor Nurse { get; private set; } = SystemActor.Value;

    public Actor Doctor { get; private set; } = SystemActor.Value;

    public Actor Biller { get; private set; } = SystemActor.Value;

    public static async Task<PlanHarness> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var actors = new SwitchableActor();

        // Noon in Chicago on 2 March 2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IActorContext>(actors);
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        var provider_ = services.BuildServiceProvider();
        var harness = new PlanHarness(database, provider_, actors, clock);
        await harness.RunAsync<MigrateDatabase, IReadOnlyList<string>>(SystemActor.Value, m => m.ExecuteAsync(TestContext.Current.CancellationToken));
        await harness.RunAsync<SeedDemoPractice, bool>(SystemActor.Value, s => s.SeedAsync(TestContext.Current.CancellationToken));
        harness.Nurse = await harness.ActorAsync(DemoSignIns.CareManager, Roles.CareManager);
        harness.Doctor = await harness.ActorAsync(DemoSignIns.BillingPractitioner, Roles.BillingPractitioner);
        harness.Biller = await harness.ActorAsync(DemoSignIns.Biller, Roles.Biller);
        return harness;
    }

    /// <summary>Runs a use case in a fresh scope as <paramref name="actor"/>.</summary>
    public async Task<TResult> RunAsync<TUseCase, TResult>(Actor actor, Func<TUseCase, Task<TResult>> run)
        where TUseCase : notnull
    {
        _actors.Current = actor;
        await using var scope = _services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public async Task<Guid> PatientIdAsync(string mrn)
    {
        await using var db = _database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }

    public async Task<List<Guid>> ConditionIdsAsync(Guid patientId)
    {
        await using var db = _database.NewContext();
        var id = new PatientId(patientId);
        return await db.Conditions.AsNoTracking().Where(c => c.PatientId == id).OrderBy(c => c.Code).Select(c => c.Id.Value).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<Actor> ActorAsync(string email, string role)
    {
        await using var db = _database.NewContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
        return new Actor(user.Id.ToString(), user.DisplayName, role, AccessSurface.Web, null, user.PracticeId);
    }

    private sealed class SwitchableActor : IActorContext
    {
        public Actor Current { get; set; } = SystemActor.Value;
    }
}
