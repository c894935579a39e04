namespace Chronicle.IntegrationTests.Deployment;

using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.Web.Deployment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

/// <summary>Production starts only with a public HTTPS address and a certificate for its keys; each problem names its setting (ADR 0190).</summary>
public sealed class DeploymentSettingsTests
{
    [Fact]
    public void Production_without_public_address_or_key_certificate_names_both_settings()
    {
        var (_, problems) = DeploymentOptions.Read(Configuration([]), new Environment("Production"));

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Chronicle:PublicBaseUrl is not set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("DataProtection:CertificateFile is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void Production_refuses_a_plain_http_public_address_and_unreadable_proxy_addresses()
    {
        using var certificate = new KeyCertificate();
        var (_, problems) = DeploymentOptions.Read(Configuration(new()
        {
            ["Chronicle:PublicBaseUrl"] = "http://chronicle.example.test/",
            ["Chronicle:KnownProxies:0"] = "10.0.0.300",
            ["Chronicle:KnownNetworks:0"] = "10.0.0.0/40",
            ["DataProtection:CertificateFile"] = certificate.FileName,
        }), new Environment("Production"));

        Assert.Equal(
            [
                "Chronicle:PublicBaseUrl 'http://chronicle.example.test/' must be https:// in Production: session cookies are sent over HTTPS only.",
                "Chronicle:KnownProxies:0 '10.0.0.300' is not a valid IP address.",
                "Chronicle:KnownNetworks:0 '10.0.0.0/40' is not a valid network (address/prefix length).",
            ],
            problems);
    }

    [Fact]
    public void A_complete_production_configuration_is_read_as_written()
    {
        using var certificate = new KeyCertificate();
        var (options, problems) = DeploymentOptions.Read(Configuration(new(certificate.ProductionSettings)
        {
            ["Chronicle:PublicBaseUrl"] = "https://chronicle.example.test/ccm",
            ["Chronicle:KnownProxies:0"] = "10.0.0.5",
            ["Chronicle:KnownNetworks:0"] = "192.168.10.0/24",
        }), new Environment("Production"));

        Assert.Empty(problems);
        Assert.Equal("https://chronicle.example.test/ccm/", options.PublicBaseUrl!.ToString());
        Assert.Equal("10.0.0.5", Assert.Single(options.KnownProxies).ToString());
        Assert.Equal("192.168.10.0/24", Assert.Single(options.KnownNetworks).ToString());
        Assert.True(options.TrustsAProxy);
    }

    [Fact]
    public void Outside_production_nothing_is_required()
    {
        var (options, problems) = DeploymentOptions.Read(Configuration([]), new Environment("Development"));

        Assert.Empty(problems);
        Assert.Null(options.PublicBaseUrl);
        Assert.False(options.TrustsAProxy);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Chronicle.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
