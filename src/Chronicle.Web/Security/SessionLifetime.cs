namespace Chronicle.Web.Security;

using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>Configuration section <c>Sessions</c>.</summary>
public sealed class SessionSettings
{
    public const string SectionName = "Sessions";

    /// <summary>How long a session may last from sign-in however busy it is (the sliding expiry ends idle ones sooner).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}

/// <summary>
/// How sessions end (ADR 0171). Every request's cookie is checked against the account's security
/// stamp at most a minute after the last check, so signing out, "sign out everywhere", a password
/// reset or a lock ends every copy of the cookie within a minute. Besides the sliding expiry, a
/// session ends at an absolute lifetime counted from sign-in, which neither activity nor a
/// refreshed cookie extends. Both use the application's clock.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>Kept in the cookie's properties, which renewals carry over, so it keeps the first sign-in's time.</summary>
    private const string SignedInAtKey = "chronicle.signed-in-at";

    public static IServiceCollection AddChronicleSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionSettings>()
            .BindConfiguration(SessionSettings.SectionName)
            .Validate(s => s.AbsoluteLifetime > TimeSpan.Zero, "Sessions:AbsoluteLifetime must be a positive time span such as 12:00:00.")
            .ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = StampCheckInterval;
            o.TimeProvider = clock;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider, IOptions<SessionSettings>>((o, clock, settings) => Configure(o, clock, settings.Value.AbsoluteLifetime));
        return services;
    }

    private static void Configure(CookieAuthenticationOptions options, TimeProvider clock, TimeSpan lifetime)
    {
        options.TimeProvider = clock;
        var signingIn = options.Events.OnSigningIn;
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (password or two-factor change) keeps the time of the first.
            context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            return signingIn(context);
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var started = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                    ? at
                    : (DateTimeOffset?)null;

            // A cookie without the time (issued before this check existed) or past its lifetime ends here.
            if (started is null || clock.GetUtcNow() - started.Value >= lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            // Identity's security-stamp check.
            await validate(context);
        };
    }
}
