namespace Chronicle.Web.Security;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Web.Api;
using Chronicle.Web.Fhir;

/// <summary>
/// The temporary password holds on every surface: a session signed in with it may call neither
/// /api nor /fhir until the password is changed (the pages send it to the change-password page,
/// <see cref="PasswordChangeRequiredFilter"/>). The answer is a 403 in the surface's own error form.
/// </summary>
internal static class PasswordChangeRequiredForApis
{
    private static readonly BusinessError Refusal = new(
        PatientAccess.NoAccessCode,
        "This account signed in with a temporary password; choose your own on /Account/ChangePassword before using the API.");

    public static IApplicationBuilder UsePasswordChangeRequiredForApis(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var api = ApiRoutes.IsApi(path);
            if ((api || FhirRoutes.IsFhir(path)) && context.User.HasClaim(c => c.Type == WebClaims.MustChangePassword))
            {
                var result = api ? (IResult)ApiResults.Problem(Refusal) : FhirResults.Error(Refusal);
                await result.ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
