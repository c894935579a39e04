namespace Chronicle.Web.Security;

using Chronicle.Interop.Fhir.Export;
using Chronicle.Web.Api;
using Chronicle.Web.Fhir;
using Microsoft.AspNetCore.Antiforgery;

/// <summary>
/// A browser sends the session cookie with any request to this site, even one another site's page
/// makes (a bodiless <c>POST /api/v1/timer/pause</c> needs no CORS preflight). So a change on /api or
/// /fhir made with the session cookie must show it comes from Chronicle's own pages: the browser's
/// <c>Sec-Fetch-Site: same-origin</c>, an <c>Origin</c> equal to this site, or the antiforgery token
/// in the <c>RequestVerificationToken</c> header. A bearer-token call carries no ambient credential
/// (the cookie is ignored when a token is presented) and is left alone; so are reads (ADR 0176).
/// </summary>
internal static class CrossSiteApiWrites
{
    public const string Code = "CROSS-SITE-REQUEST";

    private const string Message = "This change was sent from another site with your session cookie and was refused. Use Chronicle's own pages, or call the API with a bearer token.";

    public static IApplicationBuilder UseCrossSiteApiWriteCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsCheck(context) && !await ComesFromThisSiteAsync(context))
            {
                await RefuseAsync(context);
                return;
            }

            await next(context);
        });

    private static bool NeedsCheck(HttpContext context)
    {
        var request = context.Request;
        return (ApiRoutes.IsApi(request.Path) || FhirRoutes.IsFhir(request.Path))
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method) && !HttpMethods.IsTrace(request.Method)
            && !ApiTokenAuthenticationHandler.PresentsBearer(request)
            && context.User.Identity?.IsAuthenticated == true;
    }

    private static async Task<bool> ComesFromThisSiteAsync(HttpContext context)
    {
        var headers = context.Request.Headers;

        // Sent by every current browser and never settable by a page's script: authoritative when present.
        var fetchSite = headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase) || await HasAntiforgeryTokenAsync(context);
        }

        var origin = headers.Origin.ToString();
        if (origin.Length > 0)
        {
            var self = $"{context.Request.Scheme}://{context.Request.Host.Value}";
            return string.Equals(origin, self, StringComparison.OrdinalIgnoreCase) || await HasAntiforgeryTokenAsync(context);
        }

        // Neither header: an old browser or a script outside a browser; only the token proves intent.
        return await HasAntiforgeryTokenAsync(context);
    }

    private static async Task<bool> HasAntiforgeryTokenAsync(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        const int status = StatusCodes.Status403Forbidden;
        if (FhirRoutes.IsFhir(context.Request.Path))
        {
            await FhirResults.WriteAsync(context, Outcomes.Error(Hl7.Fhir.Model.OperationOutcome.IssueType.Forbidden, Code, Message), status);
            return;
        }

        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = ApiErrorStatus.Title(status),
                Detail = Message,
                Type = $"https://chronicle.dev/problems/{Code.ToLowerInvariant()}",
                Extensions = { ["code"] = Code },
            },
        });
    }
}
