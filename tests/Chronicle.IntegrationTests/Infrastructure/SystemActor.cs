namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Use cases from the web app's services acting as the system (as the CLI does), for tests that
/// compute the expected answer beside the page: outside a request the web's actor is anonymous.
/// </summary>
public static class SystemActor
{
    public static readonly Actor Value = new("test", "test", Roles.System, AccessSurface.System, null);

    public static T Create<T>(IServiceProvider scoped)
        where T : class
    {
        var access = new PatientAccess(scoped.GetRequiredService<ChronicleDbContext>(), new FixedActorContext(Value), TestClock.Provider);
        return ActivatorUtilities.CreateInstance<T>(scoped, access);
    }
}
