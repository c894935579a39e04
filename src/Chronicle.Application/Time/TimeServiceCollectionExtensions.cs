namespace Chronicle.Application.Time;

using Chronicle.Application.Time.Rules;
using Chronicle.Application.Time.Timer;
using Chronicle.Application.Time.Worklist;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The time ledger's use cases, registered by <see cref="ApplicationServiceCollectionExtensions"/> with one line.</summary>
internal static class TimeServiceCollectionExtensions
{
    public static IServiceCollection AddTimeLedger(this IServiceCollection services)
    {
        services.AddScoped<LogTime>();
        services.AddScoped<CorrectTime>();
        services.AddScoped<VoidTime>();
        services.AddScoped<ListTime>();
        services.AddScoped<GetTimeMonth>();
        services.AddScoped<GetPatientTimePanel>();
        services.AddScoped<GetPatientHeader>();
        services.AddScoped<GetTimeSummary>();
        services.AddScoped<LockTimeMonth>();
        services.AddScoped<LiveTimer>();
        services.AddScoped<StopTimer>();
        services.AddScoped<GetCareManagerWorklist>();
        services.AddScoped<GetTimeDashboard>();
        services.AddScoped<PracticeTimeRules>();
        return services;
    }
}
