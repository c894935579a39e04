namespace Chronicle.Web.Fhir;

using Chronicle.Interop.Fhir.Export;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>
/// The /fhir branch's last line, so that every answer under /fhir is an OperationOutcome: empty
/// error answers from the framework (401 from authentication, 403 from authorization) get one, and
/// an unexpected exception is a 500 with the trace identifier to quote, the stack in the log only.
/// Pages keep their error page and /api its ProblemDetails (Program.cs splits the pipeline by path).
/// </summary>
internal static partial class FhirErrorHandling
{
    public static IApplicationBuilder UseFhirErrors(this IApplicationBuilder fhir) =>
        fhir.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync })
            .UseStatusCodePages(context => StatusAsync(context.HttpContext));

    private static System.Threading.Tasks.Task StatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (_, type) = FhirErrorStatus.FromStatus(status);
        var (code, message) = status switch
        {
            StatusCodes.Status401Unauthorized => ("AUTHENTICATION-REQUIRED", "Authenticate with a bearer token issued by the practice (Authorization: Bearer chr_...); the token given is unknown or revoked, or none was given."),
            StatusCodes.Status403Forbidden => ("ACCESS-DENIED", "You may not use the FHIR API."),
            StatusCodes.Status404NotFound => ("FHIR-RESOURCE-UNKNOWN", "Nothing is served at this address."),
            StatusCodes.Status405MethodNotAllowed => ("FHIR-INTERACTION-UNSUPPORTED", $"{context.Request.Method} is not supported here."),
            StatusCodes.Status413PayloadTooLarge => ("REQUEST-TOO-LARGE", "The request body is too large."),
            _ => ("REQUEST-FAILED", "The request failed."),
        };
        return FhirResults.WriteAsync(context, Outcomes.Error(type, code, message), status);
    }

    private static async System.Threading.Tasks.Task WriteExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException bad)
        {
            var (_, type) = FhirErrorStatus.FromStatus(bad.StatusCode);
            await FhirResults.WriteAsync(context, Outcomes.Error(type, "REQUEST-INVALID", bad.Message), bad.StatusCode);
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FhirErrorHandling));
        if (Chronicle.Data.Locking.DatabaseFailures.IsUnavailable(exception))
        {
            const string code = Chronicle.Application.Common.ProblemCatalogue.DatabaseUnavailable;
            var (status, type) = FhirErrorStatus.For(code);
            context.Response.Headers.RetryAfter = Api.ApiErrorStatus.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await FhirResults.WriteAsync(context, Outcomes.Error(type, code,
                $"Chronicle cannot reach its database at the moment; nothing was changed. Try again in {Api.ApiErrorStatus.RetryAfterSeconds} seconds."), status);
            return;
        }

        LogUnexpected(logger, exception, context.TraceIdentifier);
        await FhirResults.WriteAsync(context, Outcomes.Error(Hl7.Fhir.Model.OperationOutcome.IssueType.Exception, "SERVER-ERROR",
            $"Chronicle could not complete the request. Quote reference {context.TraceIdentifier} to your administrator."), StatusCodes.Status500InternalServerError);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in a FHIR request {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception? exception, string traceId);
}
