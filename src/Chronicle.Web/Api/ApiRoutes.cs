namespace Chronicle.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>. Each capability maps its endpoints in its own file
/// (<c>PatientEndpoints</c>, ...) onto the group made here; the group answers every error as
/// ProblemDetails and needs a signed-in caller. Which records the caller then sees is decided by
/// the use cases (PatientAccess), exactly as for the pages.
/// </summary>
internal static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    public static WebApplication MapChronicleApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization()
            .WithTags("Chronicle")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilter(ReadOnlyTokens.Filter);

        PatientEndpoints.Map(api);
        TimeEndpoints.Map(api);
        TimerEndpoints.Map(api);
        EnrollmentEndpoints.Map(api);
        CarePlanEndpoints.Map(api);
        return app;
    }

    /// <summary>Whether a request belongs to the JSON API, which answers in ProblemDetails rather than with pages.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
