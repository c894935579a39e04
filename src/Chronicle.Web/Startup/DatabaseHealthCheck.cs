namespace Chronicle.Web.Startup;

using Chronicle.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>/health is healthy when the configured database answers.</summary>
internal sealed class DatabaseHealthCheck(ChronicleDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{db.Provider} database reachable")
            : HealthCheckResult.Unhealthy($"{db.Provider} database unreachable");
}
