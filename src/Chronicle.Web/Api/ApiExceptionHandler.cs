namespace Chronicle.Web.Api;

using System.Text.Json;
using Chronicle.Application.Common;
using Chronicle.Data.Locking;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>
/// The JSON API's last line: a request the framework could not bind (malformed JSON, a property of
/// the wrong type, a query value that is not a number) is a 400 that names the property; anything
/// else is a 500 with the trace identifier to quote, and the stack stays in the log; a database that
/// cannot be reached is a 503 with Retry-After (ADR 0167). Pages keep
/// their own error page, so this handler declines every request outside <c>/api</c>.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiRoutes.IsApi(httpContext.Request.Path))
        {
            return false;
        }

        var (status, code, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, ProblemCatalogue.RequestInvalid, Describe(bad)),
            _ when DatabaseFailures.IsUnavailable(exception) => (ApiErrorStatus.For(ProblemCatalogue.DatabaseUnavailable), ProblemCatalogue.DatabaseUnavailable,
                $"Chronicle cannot reach its database at the moment; nothing was changed. Try again in {ApiErrorStatus.RetryAfterSeconds} seconds."),
            _ => (StatusCodes.Status500InternalServerError, ProblemCatalogue.ServerError,
                $"Chronicle could not complete the request. Quote reference {httpContext.TraceIdentifier} to your administrator."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = ApiErrorStatus.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogUnavailable(logger, exception, httpContext.TraceIdentifier);
        }
        else if (status >= 500)
        {
            LogUnexpected(logger, exception, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = ApiErrorStatus.Title(status),
                Detail = detail,
                Type = $"https://chronicle.dev/problems/{code.ToLowerInvariant()}",
                Extensions = { ["code"] = code },
            },
        });
    }

    /// <summary>Names the JSON property at fault when the body could not be read; System.Text.Json knows its path.</summary>
    private static string Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            if (json.Path is { Length: > 1 } path)
            {
                return $"Request property '{path.TrimStart('$', '.')}' has a value of the wrong type or format.";
            }

            var message = json.Message.Split(" Path:", 2)[0];
            return $"The request body is not valid: {message}";
        }

        return bad.Message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be reached during an API request {TraceId}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in an API request {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}
