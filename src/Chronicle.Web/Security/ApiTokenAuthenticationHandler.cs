namespace Chronicle.Web.Security;

using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Chronicle.Application.Security;
using Chronicle.Application.Security.Tokens;
using Chronicle.Data.Locking;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

/// <summary>
/// Authenticates <c>Authorization: Bearer chr_…</c> on /api and /fhir as the token's system, in
/// the role its scope gives (practice-wide or limited to listed patients). A bad token is a 401
/// with a <c>WWW-Authenticate</c> error, and never falls back to a cookie session.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthenticateApiToken authenticate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ChronicleToken";
    private const string BearerPrefix = "Bearer ";

    public static bool PresentsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await authenticate.ExecuteAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The bearer token is unknown or revoked.");
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, identity.TokenId.ToString()),
            new(ClaimTypes.Name, $"token {identity.Name}"),
            new(ClaimTypes.Role, identity.Role),
            new(ChronicleClaims.PracticeId, identity.PracticeId.Value.ToString()),
            new(WebClaims.TokenCanWrite, identity.CanWrite ? "true" : "false"),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A token that could not be checked because the database is unreachable is not a bad
        // token: the failure goes on to the error handlers, which answer 503 (ADR 0167).
        var result = await HandleAuthenticateOnceSafeAsync();
        if (result.Failure is { } failure && DatabaseFailures.IsUnavailable(failure))
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
    }
}
