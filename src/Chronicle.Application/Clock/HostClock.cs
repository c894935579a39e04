namespace Chronicle.Application.Clock;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// How a host (web app, CLI) registers its clock from <see cref="ClockSettings"/>: the set clock outside
/// Production, the machine's otherwise. Registered before the application's services, which keep
/// whatever clock a host registered.
/// </summary>
public static partial class HostClock
{
    /// <summary>Registers the clock; answers what to log at start (null when the clock is the machine's), or the setting's problem.</summary>
    public static (string? Notice, string? Problem) Register(IServiceCollection services, string? now, string? runs, bool isProduction)
    {
        ArgumentNullException.ThrowIfNull(services);
        var (settings, problem) = ClockSettings.Read(now, runs);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (settings is null)
        {
            return (null, null);
        }

        if (isProduction)
        {
            return ($"{ClockSettings.NowKey} is set but ignored in Production: the clock is the machine's.", null);
        }

        services.AddSingleton(settings.CreateProvider(TimeProvider.System));
        return ($"The clock is {settings.Describe()} ({ClockSettings.NowKey}); every date and time the application reads comes from it.", null);
    }

    /// <summary>Says at start that the clock is set (or that the setting is ignored), so no one mistakes it for the machine's.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Notice}")]
    public static partial void LogNotice(ILogger logger, string notice);
}
