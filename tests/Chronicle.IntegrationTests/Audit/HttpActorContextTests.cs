namespace Chronicle.IntegrationTests.Audit;

using System.Net;
using System.Security.Claims;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Http;

/// <summary>The web actor is built from the sign-in claims, the path's surface and the client's address.</summary>
public sealed class HttpActorContextTests
{
    private static readonly Guid Practice = Guid.Parse("0190c0de-0000-7000-8000-000000000001");
    private static readonly Guid Patient = Guid.Parse("0190c0de-0000-7000-8000-0000000000aa");

    [Theory]
    [InlineData("/Patients/1", AccessSurface.Web)]
    [InlineData("/api/v1/patients", AccessSurface.Api)]
    [InlineData("/fhir/Patient/1", AccessSurface.Fhir)]
    [InlineData("/FHIR/metadata", AccessSurface.Fhir)]
    [InlineData("/apiary", AccessSurface.Web)]
    public void A_signed_in_user_becomes_an_actor_with_their_claims_and_the_surface_of_the_path(string path, AccessSurface surface)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "u-17"),
            new Claim(ClaimTypes.Name, "avery"),
            new Claim(ClaimTypes.Role, Roles.Patient),
            new Claim(ChronicleClaims.PracticeId, Practice.ToString()),
            new Claim(ChronicleClaims.PatientId, Patient.ToString()),
        ], "test");

        var actor = ActorFor(path, new ClaimsPrincipal(identity));

        Assert.Equal(new Actor("u-17", "avery", Roles.Patient, surface, "203.0.113.9", new PracticeId(Practice), new PatientId(Patient)), actor);
    }

    [Fact]
    public void Nobody_signed_in_is_the_anonymous_actor_with_their_address()
    {
        Assert.Equal(Actor.Anonymous(AccessSurface.Web, "203.0.113.9"), ActorFor("/Eligibility", new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void Work_outside_any_request_acts_as_the_system()
    {
        var actor = new HttpActorContext(new HttpContextAccessor()).Current;

        Assert.Equal((Roles.System, AccessSurface.System, (string?)null), (actor.Role, actor.Surface, actor.Address));
    }

    private static Actor ActorFor(string path, ClaimsPrincipal user)
    {
        var context = new DefaultHttpContext { User = user };
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        return new HttpActorContext(new HttpContextAccessor { HttpContext = context }).Current;
    }
}
