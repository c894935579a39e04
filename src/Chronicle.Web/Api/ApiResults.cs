namespace Chronicle.Web.Api;

using Chronicle.Application.Common;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// Turns a use case's result into an HTTP answer: the value as JSON, or the business error as
/// ProblemDetails carrying its stable code (the same code the pages and the CLI show).
/// </summary>
internal static class ApiResults
{
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Problem(result.Error!);
    }

    public static Results<Created<T>, ProblemHttpResult> Created<T>(Result<T> result, Func<T, string> location)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(location);
        return result.Succeeded ? TypedResults.Created(location(result.Value!), result.Value!) : Problem(result.Error!);
    }

    /// <summary>A business error as ProblemDetails: the code in <c>code</c>, the message as detail, the status from <see cref="ApiErrorStatus"/>.</summary>
    public static ProblemHttpResult Problem(BusinessError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = ApiErrorStatus.For(error.Code);
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: ApiErrorStatus.Title(status),
            type: $"https://chronicle.dev/problems/{error.Code.ToLowerInvariant()}",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    /// <summary>A request that fails validation before any use case runs: 400 with the property and what is wrong.</summary>
    public static ProblemHttpResult Invalid(string property, string message) =>
        TypedResults.Problem(
            detail: $"{property}: {message}",
            statusCode: StatusCodes.Status400BadRequest,
            title: ApiErrorStatus.Title(StatusCodes.Status400BadRequest),
            type: "https://chronicle.dev/problems/request-invalid",
            extensions: new Dictionary<string, object?> { ["code"] = "REQUEST-INVALID", ["property"] = property });
}
