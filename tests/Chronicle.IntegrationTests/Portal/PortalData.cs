namespace Chronicle.IntegrationTests.Portal;

using Chronicle.Application;
using Chronicle.Application.Security;
using Chronicle.Domain.Audit;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>What the portal tests read straight from the database, and use cases run as a chosen actor.</summary>
internal static class PortalData
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Token)).Id.Value;
    }

    public static async Task<CarePlanContent> ActivePlanAsync(TestDatabase database, string mrn)
    {
        var id = new PatientId(await PatientIdAsync(database, mrn));
        await using var db = database.NewContext();
        var plan = await db.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).AsSplitQuery().SingleAsync(p => p.PatientId == id, Token);
        return plan.ActiveVersion!.Content;
    }

    public static async Task<List<AuditEvent>> EventsAsync(TestDatabase database, Guid patientId)
    {
        var id = new PatientId(patientId);
        await using var db = database.NewContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.PatientId == id).OrderBy(e => e.Sequence).ToListAsync(Token);
    }

    /// <summary>Runs a use case of a fresh scope as <paramref name="actor"/> on the real clock.</summary>
    public static Task<T> RunAsync<TUseCase, T>(TestDatabase database, Actor actor, Func<TUseCase, Task<T>> run)
        where TUseCase : notnull =>
        InScopeAsync(database, actor, services => run(services.GetRequiredService<TUseCase>()));

    /// <summary>Runs <paramref name="run"/> with the services of a fresh scope acting as <paramref name="actor"/>.</summary>
    public static async Task<T> InScopeAsync<T>(TestDatabase database, Actor actor, Func<IServiceProvider, Task<T>> run)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TestClock.Provider);
        services.AddSingleton<IActorContext>(new FixedActorContext(actor));
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}
