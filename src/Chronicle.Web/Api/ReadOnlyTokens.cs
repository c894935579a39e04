namespace Chronicle.Web.Api;

using Chronicle.Web.Security;

/// <summary>
/// A bearer token issued without write access may call only GET and HEAD; every other method is
/// refused here, once for every endpoint, before any use case runs.
/// </summary>
internal static class ReadOnlyTokens
{
    public const string Code = Chronicle.Application.Common.ProblemCatalogue.TokenReadOnly;

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var writeClaim = http.User.FindFirst(WebClaims.TokenCanWrite)?.Value;
        var reads = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (writeClaim is not null && writeClaim != "true" && !reads)
        {
            return ApiResults.Problem(new Application.Common.BusinessError(Code, "This token was issued for reading only; ask the practice for a token with write access."));
        }

        return await next(context);
    }
}
