namespace Chronicle.Web.Deployment;

/// <summary>Where the deployment middleware sits in the pipeline (ADR 0190).</summary>
internal static class DeploymentPipeline
{
    /// <summary>
    /// First the forwarded headers, from the configured proxies only; then, in Production, the
    /// refusal of plain HTTP; then the public address replaces the request's scheme and host, so
    /// that everything built from the request (FHIR links, invitation links, the sign-in redirect,
    /// the same-origin check) uses it.
    /// </summary>
    public static WebApplication UseChronicleDeployment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deployment = app.Services.GetRequiredService<DeploymentOptions>();
        if (deployment.TrustsAProxy)
        {
            // Without a configured proxy the middleware is left out: with empty lists it would believe anyone.
            app.UseForwardedHeaders();
        }

        if (app.Environment.IsProduction())
        {
            app.UseMiddleware<PlainHttpRefusal>();
        }

        if (deployment.PublicBaseUrl is { } publicBase)
        {
            app.UsePublicAddress(publicBase);
        }

        return app;
    }

    private static void UsePublicAddress(this WebApplication app, Uri publicBase)
    {
        var host = new HostString(publicBase.Authority);
        app.Use((context, next) =>
        {
            context.Request.Scheme = publicBase.Scheme;
            context.Request.Host = host;
            return next(context);
        });

        var path = publicBase.AbsolutePath.TrimEnd('/');
        if (path.Length > 0)
        {
            app.UsePathBase(path);
        }
    }
}
