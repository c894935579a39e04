namespace Chronicle.Web.Api;

/// <summary>
/// The HTTP status of a business error, read from its stable code so that use cases stay free of
/// HTTP: <c>…-UNKNOWN</c> and <c>…-NOT-FOUND</c> are 404 (a record the caller may not see is
/// reported as unknown, never as forbidden); <c>ACCESS-DENIED</c> and <c>TOKEN-READ-ONLY</c> are 403; codes that say the
/// request clashes with what is stored (<c>…-EXISTS</c>, <c>…-DUPLICATE</c>, <c>…-OVERLAP</c>,
/// <c>…-CONFLICT</c>, <c>…-CONCURRENT</c>, <c>…-LOCKED</c>) are 409; every other business refusal
/// is 422, a well-formed request that the rules do not allow.
/// </summary>
internal static class ApiErrorStatus
{
    private static readonly string[] NotFoundSuffixes = ["-UNKNOWN", "-NOT-FOUND", "-NONE"];
    private static readonly string[] ConflictMarkers = ["-EXISTS", "DUPLICATE", "OVERLAP", "CONFLICT", "CONCURRENT", "-LOCKED"];

    public static int For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code is "ACCESS-DENIED" or ReadOnlyTokens.Code)
        {
            return StatusCodes.Status403Forbidden;
        }

        if (NotFoundSuffixes.Any(s => code.EndsWith(s, StringComparison.Ordinal)))
        {
            return StatusCodes.Status404NotFound;
        }

        if (ConflictMarkers.Any(m => code.Contains(m, StringComparison.Ordinal)))
        {
            return StatusCodes.Status409Conflict;
        }

        return StatusCodes.Status422UnprocessableEntity;
    }

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid.",
        StatusCodes.Status401Unauthorized => "Sign-in is required.",
        StatusCodes.Status403Forbidden => "You may not do this.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "The request conflicts with what is stored.",
        StatusCodes.Status422UnprocessableEntity => "The rules do not allow this.",
        StatusCodes.Status429TooManyRequests => "Too many attempts.",
        _ => "The request failed.",
    };
}
