namespace Chronicle.Web.Security.Abuse;

using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// Tells which requests are guesses at a secret, whom they aim at, and whether the guess was
/// refused. The forms show themselves again when they refuse and redirect when they accept, and a
/// refused bearer token is a 401; so the answer itself says whether the attempt failed, and the
/// sign-in pages need no code of their own for it (ADR 0175).
/// </summary>
internal static class AttemptRecognizer
{
    private const string EmailField = "Email";

    public static async Task<Attempt?> RecognizeAsync(HttpContext context)
    {
        var request = context.Request;
        var kind = KindOf(request);
        if (kind is null)
        {
            return null;
        }

        var address = Address(context.Connection.RemoteIpAddress);
        var account = kind switch
        {
            AttemptKind.SignIn => await TypedEmailAsync(request),
            AttemptKind.TwoFactorCode => await TwoFactorUserAsync(context),
            AttemptKind.Invitation => Fingerprint(request.Path.Value ?? string.Empty),
            _ => null,
        };
        return new Attempt(kind.Value, address, account);
    }

    /// <summary>A form that refused shows itself again (200, or 400 for a bad form); a refused token is a 401. 429 is the limiter's own answer.</summary>
    public static bool Failed(Attempt attempt, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(response);
        var status = response.StatusCode;
        return attempt.Kind == AttemptKind.BearerToken
            ? status == StatusCodes.Status401Unauthorized
            : status is < 300 or (>= 400 and not StatusCodes.Status429TooManyRequests and < 500);
    }

    private static AttemptKind? KindOf(HttpRequest request)
    {
        var path = request.Path;
        if (ApiTokenAuthenticationHandler.PresentsBearer(request) && (Api.ApiRoutes.IsApi(path) || Fhir.FhirRoutes.IsFhir(path)))
        {
            return AttemptKind.BearerToken;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        if (path.Equals("/Account/SignIn", StringComparison.OrdinalIgnoreCase))
        {
            return AttemptKind.SignIn;
        }

        if (path.Equals("/Account/SignInCode", StringComparison.OrdinalIgnoreCase))
        {
            return AttemptKind.TwoFactorCode;
        }

        return path.StartsWithSegments("/Account/Invitation", StringComparison.OrdinalIgnoreCase) ? AttemptKind.Invitation : null;
    }

    /// <summary>
    /// The client's address; an IPv6 client by its /64 network, since one machine is usually given
    /// a whole /64 and could otherwise change address for every guess.
    /// </summary>
    internal static string Address(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>The e-mail address typed, known or not, so that an unknown account is counted exactly like a known one.</summary>
    private static async Task<string?> TypedEmailAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var email = form[EmailField].ToString().Trim();
        return email.Length == 0 ? null : Fingerprint(email.ToUpperInvariant());
    }

    private static async Task<string?> TwoFactorUserAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return result.Principal?.FindFirstValue(ClaimTypes.Name) is { } userId ? Fingerprint(userId) : null;
    }

    /// <summary>Counts are keyed by a hash, so that memory never holds the e-mail addresses or invitation secrets typed.</summary>
    private static string Fingerprint(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
