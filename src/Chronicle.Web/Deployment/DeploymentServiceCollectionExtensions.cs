namespace Chronicle.Web.Deployment;

using System.Security.Cryptography.X509Certificates;
using Chronicle.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

internal static class DeploymentServiceCollectionExtensions
{
    /// <summary>The key ring's name: every instance, wherever installed, shares one ring (the default is the install folder).</summary>
    public const string ApplicationName = "Chronicle";

    /// <summary>
    /// Forwarded headers believed only from the configured proxies, and the data-protection key ring
    /// (session cookies, antiforgery tokens) kept in the database, encrypted with the configured
    /// certificate, so that restarts and several instances keep sessions and forms valid.
    /// </summary>
    public static IServiceCollection AddChronicleDeployment(this IServiceCollection services, DeploymentOptions deployment, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        services.AddSingleton(deployment);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The host is never taken from a header: links come from Chronicle:PublicBaseUrl.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // ASP.NET Core trusts loopback by default; only what the operator names is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in deployment.KnownProxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in deployment.KnownNetworks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });

        services.AddDbContext<DataProtectionKeyStore>(o => DatabaseServiceCollectionExtensions.ConfigureProvider(o, database));
        var keys = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DataProtectionKeyStore>();
        if (deployment.CertificateFile is { } file)
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, deployment.CertificatePassword));
        }

        return services;
    }
}
