namespace Chronicle.Web.Deployment;

/// <summary>One start-up line that says how Production is reached, before anyone sees a refused request.</summary>
internal static partial class DeploymentAnnouncement
{
    public static void AnnounceDeployment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsProduction())
        {
            return;
        }

        var deployment = app.Services.GetRequiredService<DeploymentOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Chronicle.Deployment");
        var publicBase = deployment.PublicBaseUrl?.ToString() ?? "(not set)";
        foreach (var url in app.Urls.Where(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            if (deployment.TrustsAProxy)
            {
                LogBehindProxy(logger, url, string.Join(", ", deployment.KnownProxies.Select(p => p.ToString()).Concat(deployment.KnownNetworks.Select(n => n.ToString()))), publicBase);
            }
            else
            {
                LogPlainHttp(logger, url);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plain HTTP at {Url} serves only requests forwarded over HTTPS by {Proxies}; public address {PublicBaseUrl}")]
    private static partial void LogBehindProxy(ILogger logger, string url, string proxies, string publicBaseUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Production listens on plain HTTP at {Url} with no proxy configured (Chronicle:KnownProxies): every request there but /health gets an 'HTTPS required' page. Serve HTTPS or configure the TLS proxy (README, Deployment)")]
    private static partial void LogPlainHttp(ILogger logger, string url);
}
