namespace Chronicle.Web.Security;

using System.Security.Claims;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;

/// <summary>
/// The actor of a web request, built from the claims issued at sign-in (NameIdentifier, Name,
/// Role and the Chronicle claims); anonymous when nobody is signed in.
/// </summary>
internal sealed class HttpActorContext(IHttpContextAccessor accessor) : IActorContext
{
    public Actor Current
    {
        get
        {
            var context = accessor.HttpContext;
            var address = context?.Connection.RemoteIpAddress?.ToString();
            var user = context?.User;
            if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
            {
                return Actor.Anonymous(AccessSurface.Web, address);
            }

            return new Actor(
                id,
                user.FindFirstValue(ClaimTypes.Name) ?? id,
                user.FindFirstValue(ClaimTypes.Role) ?? Roles.Anonymous,
                AccessSurface.Web,
                address,
                GuidClaim(user, ChronicleClaims.PracticeId) is { } practice ? new PracticeId(practice) : null,
                GuidClaim(user, ChronicleClaims.PatientId) is { } patient ? new PatientId(patient) : null);
        }
    }

    private static Guid? GuidClaim(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
