namespace Chronicle.Web.Security;

using Chronicle.Application.Security;

/// <summary>
/// Every surface's refusal of an existing patient's record goes on the audit trail: a request whose
/// route names a patient (pages, /api, /fhir) and is answered 403 or 404 — whether a role policy,
/// a use case or <see cref="PatientAccess"/> refused it. One place for all surfaces, after the
/// answer is decided, so no endpoint can forget it.
/// </summary>
internal static class RefusedAccessAudit
{
    /// <summary>Paths whose <c>{id}</c> route value is a patient's id; elsewhere only <c>{patientId}</c> is.</summary>
    private static readonly string[] PatientIdPaths = ["/Patients", "/MyRecord", "/api/v1/patients", "/fhir/Patient"];

    public static IApplicationBuilder UseRefusedAccessAudit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound && PatientIdOf(context) is { } patientId)
            {
                var request = $"{context.Request.Method} {context.Request.PathBase}{context.Request.Path}";
                await context.RequestServices.GetRequiredService<RecordRefusedAccess>().ExecuteAsync(patientId, status, request, context.RequestAborted);
            }
        });

    private static Guid? PatientIdOf(HttpContext context)
    {
        var values = context.Request.RouteValues;
        if (Guid.TryParse(values["patientId"]?.ToString(), out var patient))
        {
            return patient;
        }

        var path = context.Request.Path;
        if (path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase) && values["type"] is string type && type != "Patient")
        {
            return null;
        }

        return PatientIdPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) && Guid.TryParse(values["id"]?.ToString(), out var id)
            ? id
            : null;
    }
}
