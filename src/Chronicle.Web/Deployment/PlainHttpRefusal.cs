namespace Chronicle.Web.Deployment;

using System.Net;

/// <summary>
/// Production over plain HTTP: the sign-in page would fail with a 500 (its antiforgery and session
/// cookies are Secure), so every request that did not arrive over HTTPS — directly, or from a
/// configured proxy saying X-Forwarded-Proto: https — gets a page that says what is wrong and what
/// to configure, with status 400. /health stays open for a load balancer's plain checks.
/// </summary>
internal sealed partial class PlainHttpRefusal(RequestDelegate next, DeploymentOptions deployment, ILogger<PlainHttpRefusal> logger)
{
    private int _logged;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        // Once per process: enough for the operator, and a flood of requests cannot flood the log.
        if (Interlocked.Exchange(ref _logged, 1) == 0)
        {
            LogRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", deployment.TrustsAProxy);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(deployment.TrustsAProxy), context.RequestAborted);
    }

    public static string Explanation(bool trustsAProxy) => trustsAProxy
        ? "This request reached Chronicle over plain HTTP from an address that is not one of its configured proxies (Chronicle:KnownProxies, Chronicle:KnownNetworks), or the proxy did not send X-Forwarded-Proto: https. Add the proxy's address to the configuration, or have it forward the scheme."
        : "Chronicle runs in Production, where sessions and forms need HTTPS, but this request came over plain HTTP and no reverse proxy is configured. Serve HTTPS (Kestrel certificate) or put Chronicle behind a TLS proxy and name its address in Chronicle:KnownProxies.";

    private static string Page(bool trustsAProxy) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>HTTPS required — Chronicle</title></head>
        <body><main><h1>HTTPS required</h1><p>{WebUtility.HtmlEncode(Explanation(trustsAProxy))}</p>
        <p>See the Deployment section of Chronicle's README.</p></main></body></html>
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plain HTTP request from {Address} refused in Production (proxy configured: {ProxyConfigured}); serve HTTPS or configure the TLS proxy (README, Deployment)")]
    private static partial void LogRefused(ILogger logger, string address, bool proxyConfigured);
}
