namespace Chronicle.Web.Security;

using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>How long a session lasts without a request; each request renews it.</summary>
    public static readonly TimeSpan SessionIdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// ASP.NET Core Identity over ChronicleDbContext (EF stores, Chronicle's password rules and
    /// claims), cookie sessions, the access policies, and the request's actor for the use cases.
    /// Cookies are Secure always, except on a developer's or test machine, where the local demo
    /// is served over plain http://localhost and they follow the request's scheme.
    /// </summary>
    public static IServiceCollection AddChronicleSecurity(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<IActorContext, HttpActorContext>());

        // Registered before AddIdentityCore, whose own validator is added only when none is.
        services.AddScoped<IPasswordValidator<ChronicleUser>, RulesPasswordValidator>();
        services.AddScoped<IExistingPasswordCheck, SignInPasswordCheck>();
        // Bearer tokens reach only the machine-facing surfaces; everything else is the cookie session.
        services.AddAuthentication(RequestScheme)
            .AddPolicyScheme(RequestScheme, "Cookie session or bearer token", o => o.ForwardDefaultSelector = context =>
                IsMachineFacing(context.Request.Path) && ApiTokenAuthenticationHandler.PresentsBearer(context.Request)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthentication().AddIdentityCookies();
        services.AddIdentityCore<ChronicleUser>(PasswordRules.Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ChronicleDbContext>()
            .AddSignInManager<ChronicleSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ChronicleClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            Harden(o, "Chronicle.Session", secure);
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.ExpireTimeSpan = SessionIdleTimeout;
            o.SlidingExpiration = true;

            // A signed-in user refused a page gets a 403 with the error page, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };

            // A program calling the JSON API is told to authenticate; only people are sent to the sign-in page.
            o.Events.OnRedirectToLogin = context =>
            {
                if (Api.ApiRoutes.IsApi(context.Request.Path) || Fhir.FhirRoutes.IsFhir(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => Harden(o, "Chronicle.TwoFactor", secure));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "Chronicle.Antiforgery";
            o.Cookie.SecurePolicy = secure;

            // Every answer carries X-Frame-Options DENY (SecurityHeaders), not only the ones with a token.
            o.SuppressXFrameOptionsHeader = true;
        });

        services.AddChronicleSessions();
        AccessPolicies.AddPolicies(services.AddAuthorizationBuilder());
        return services;
    }

    private const string RequestScheme = "Chronicle";

    private static bool IsMachineFacing(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase);

    private static void Harden(CookieAuthenticationOptions options, string name, CookieSecurePolicy secure)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = secure;
        options.Cookie.SameSite = SameSiteMode.Lax;
    }
}
