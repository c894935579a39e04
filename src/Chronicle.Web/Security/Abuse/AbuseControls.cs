namespace Chronicle.Web.Security.Abuse;

using System.Globalization;
using System.Threading.RateLimiting;
using Chronicle.Interop.Fhir.Export;
using Chronicle.Web.Api;
using Chronicle.Web.Fhir;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

/// <summary>
/// ASP.NET Core's rate limiter over guesses at secrets (sign-in, two-factor codes, invitations,
/// bearer tokens): after too many refusals from one address or at one account, 429 with
/// Retry-After, as ProblemDetails on /api, an OperationOutcome on /fhir and the error page for
/// people (ADR 0175).
/// </summary>
internal static class AbuseControls
{
    public const string Code = "TOO-MANY-ATTEMPTS";

    private const string Message = "Too many refused attempts from this address or for this account. Wait before trying again (Retry-After gives the seconds).";

    public static IServiceCollection AddAbuseControls(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AbuseLimits>().Bind(configuration.GetSection(AbuseLimits.SectionName));
        services.AddSingleton<FailedAttemptLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<FailedAttemptLimiter>((o, limiter) => o.GlobalLimiter = limiter);
        return services;
    }

    /// <summary>Recognises the attempt, lets the rate limiter judge it, and counts it when it was refused.</summary>
    public static IApplicationBuilder UseAbuseControls(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<FailedAttemptLimiter>();
        app.Use(async (context, next) =>
        {
            // Set (or cleared) on every pass: the error page re-executes the same request as a new
            // path, which must not be judged again as the attempt it explains.
            var attempt = await AttemptRecognizer.RecognizeAsync(context);
            context.Features.Set(attempt);
            if (attempt is null)
            {
                await next(context);
                return;
            }

            await next(context);
            if (AttemptRecognizer.Failed(attempt, context.Response))
            {
                limiter.RecordFailure(attempt);
            }
        });
        return app.UseRateLimiter();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        // Set as the answer starts: the error page re-executes the request and must keep it.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.RetryAfter = seconds;
            return Task.CompletedTask;
        });

        if (FhirRoutes.IsFhir(context.Request.Path))
        {
            await FhirResults.WriteAsync(context, Outcomes.Error(Hl7.Fhir.Model.OperationOutcome.IssueType.Throttled, Code, Message), StatusCodes.Status429TooManyRequests);
        }
        else if (ApiRoutes.IsApi(context.Request.Path))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = ApiErrorStatus.Title(StatusCodes.Status429TooManyRequests),
                    Detail = Message,
                    Type = $"https://chronicle.dev/problems/{Code.ToLowerInvariant()}",
                    Extensions = { ["code"] = Code },
                },
            });
        }

        // Pages: the empty 429 goes on to the error page, which explains it in the layout.
    }
}
