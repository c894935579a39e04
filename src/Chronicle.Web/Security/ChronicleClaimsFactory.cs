namespace Chronicle.Web.Security;

using System.Globalization;
using System.Security.Claims;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>
/// The claims issued at sign-in (and again at every security-stamp check): Identity's
/// NameIdentifier, Name and Role, plus the practice, staff record and patient record the user is
/// linked to, from which every request's <see cref="Actor"/> is built.
/// </summary>
internal sealed class ChronicleClaimsFactory(
    UserManager<ChronicleUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ChronicleUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ChronicleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        Add(identity, ChronicleClaims.PracticeId, user.PracticeId?.Value);
        Add(identity, ChronicleClaims.StaffId, user.StaffId?.Value);
        Add(identity, ChronicleClaims.PatientId, user.PatientId?.Value);
        identity.AddClaim(new Claim(WebClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(WebClaims.MustChangePassword, "true"));
        }

        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, Guid? value)
    {
        if (value is { } id)
        {
            identity.AddClaim(new Claim(type, id.ToString("D", CultureInfo.InvariantCulture)));
        }
    }
}
