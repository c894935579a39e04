namespace Chronicle.Web.Security;

using System.Security.Claims;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;

/// <summary>
/// The actor of the current request: the signed-in user's id, name, role, practice and patient
/// from their claims, the surface the request came through (/api, /fhir or the web UI) and the
/// client's address; <see cref="Actor.Anonymous"/> before sign-in. Work done outside any request
/// (migration and demo seeding at start-up) acts as the system.
/// </summary>
internal sealed class HttpActorContext(IHttpContextAccessor accessor) : IActorContext
{
    private static readonly Actor System = new("system", "system", Roles.System, AccessSurface.System, null);

    public Actor Current
    {
        get
        {
            if (accessor.HttpContext is not { } context)
            {
                return System;
            }

            var surface = SurfaceOf(context.Request.Path);
            var address = context.Connection.RemoteIpAddress?.ToString();
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
            {
                return Actor.Anonymous(surface, address);
            }

            return new Actor(
                userId,
                user.FindFirstValue(ClaimTypes.Name) ?? userId,
                user.FindFirstValue(ClaimTypes.Role) ?? Roles.Anonymous,
                surface,
                address,
                Guid.TryParse(user.FindFirstValue(ChronicleClaims.PracticeId), out var practice) ? new PracticeId(practice) : null,
                Guid.TryParse(user.FindFirstValue(ChronicleClaims.PatientId), out var patient) ? new PatientId(patient) : null);
        }
    }

    private static AccessSurface SurfaceOf(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? AccessSurface.Api
        : path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase) ? AccessSurface.Fhir
        : AccessSurface.Web;
}
