namespace Chronicle.Web.Api;

using Chronicle.Application.Common;
using Hl7.Fhir.Model;

/// <summary>
/// The one place where a problem's kind becomes an HTTP status and a FHIR issue type (ADR 0167):
/// the code's kind comes from <see cref="ProblemCatalogue"/>, never from how the code is spelled.
/// Invalid input 400, not found 404 (a record the caller may not see is reported as unknown, never
/// as forbidden), forbidden 403, conflict 409, rule 422, unavailable 503 with Retry-After.
/// </summary>
internal static class ApiErrorStatus
{
    /// <summary>Seconds a client waits before trying again when the database cannot be reached.</summary>
    public const int RetryAfterSeconds = 30;

    public static int For(string code) => StatusOf(ProblemCatalogue.KindOf(code));

    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.InvalidInput => StatusCodes.Status400BadRequest,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static OperationOutcome.IssueType IssueTypeOf(ProblemKind kind) => kind switch
    {
        ProblemKind.InvalidInput => OperationOutcome.IssueType.Invalid,
        ProblemKind.NotFound => OperationOutcome.IssueType.NotFound,
        ProblemKind.Forbidden => OperationOutcome.IssueType.Forbidden,
        ProblemKind.Conflict => OperationOutcome.IssueType.Conflict,
        ProblemKind.Unavailable => OperationOutcome.IssueType.Transient,
        _ => OperationOutcome.IssueType.BusinessRule,
    };

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid.",
        StatusCodes.Status401Unauthorized => "Sign-in is required.",
        StatusCodes.Status403Forbidden => "You may not do this.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "The request conflicts with what is stored.",
        StatusCodes.Status422UnprocessableEntity => "The rules do not allow this.",
        StatusCodes.Status429TooManyRequests => "Too many attempts.",
        StatusCodes.Status503ServiceUnavailable => "Chronicle cannot reach its database; try again shortly.",
        _ => "The request failed.",
    };
}
