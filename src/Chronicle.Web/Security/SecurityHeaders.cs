namespace Chronicle.Web.Security;

/// <summary>
/// The headers every answer carries, whoever writes it (a page, a static file, the JSON API, FHIR,
/// an error page, a 429 from the rate limiter): they are added when the response starts, so no
/// branch of the pipeline can forget them (ADR 0176).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from files this app serves (no inline script, no inline style, no
    /// eval); nothing may frame a page; forms post only back here; no plugins.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Browser features Chronicle never uses, switched off so an injected script cannot ask for them.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Static files (CSS, scripts) hold no patient data: a browser may keep them but asks again before using them.</summary>
    public const string StaticFileCaching = "no-cache";

    /// <summary>Everything else may carry patient data: pages, /api, /fhir, PDFs, errors.</summary>
    public const string PatientDataCaching = "no-store";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>For the static file middleware: marks its answers as cacheable before <see cref="Apply"/> runs.</summary>
    public static void MarkStatic(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.CacheControl = StaticFileCaching;
    }

    private static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";

        // Only a static file says otherwise (MarkStatic); whatever else set a cache header (the
        // error page's no-store included) is replaced by the one rule for patient data.
        if (headers.CacheControl != StaticFileCaching)
        {
            headers.CacheControl = PatientDataCaching;
            headers.Pragma = "no-cache";
        }
    }
}
