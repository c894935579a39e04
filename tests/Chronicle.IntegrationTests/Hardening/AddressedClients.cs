namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The test server has no client addresses; this gives each test client one (from a header only
/// this test host reads), so that counts per address can be seen to be separate.
/// </summary>
internal sealed class AddressedClients(ChronicleAppFactory app, Uri? baseAddress = null) : IDisposable
{
    private const string Header = "X-Test-Client-Address";

    private readonly WebApplicationFactory<Program> _app = app.WithWebHostBuilder(b =>
        b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new AddressFromHeader())));

    private readonly List<HttpClient> _clients = [];

    /// <summary>A cookie-keeping browser-like client (same origin, no redirects) at this address.</summary>
    public HttpClient At(string address)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress ?? new Uri(WebSignIn.Origin), AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Origin", WebSignIn.Origin);
        client.DefaultRequestHeaders.Add(Header, address);
        _clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _app.Dispose();
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
