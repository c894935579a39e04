namespace Chronicle.IntegrationTests.Audit;

using System.Text.RegularExpressions;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The web app as the audit tests use it. Sign-in is not part of this branch yet, so every request
/// is anonymous and the audit page's [Authorize(Roles = "auditor,admin")] has no authorization
/// middleware to honour it; the routing check that refuses such an endpoint is switched off here.
/// Once sign-in exists, <see cref="Start"/> signs in as an auditor instead and the expected actor
/// below becomes that user; the tests themselves stay as they are.
/// </summary>
internal static partial class AuditWeb
{
    public const string ExpectedActorId = "anonymous";
    public const string ExpectedRole = Roles.Anonymous;

    public static WebApplicationFactory<Program> Start(TestDatabase database) =>
        new ChronicleAppFactory(database).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<RouteOptions>(o => o.SuppressCheckForUnhandledSecurityMetadata = true)));

    /// <summary>The sequence numbers of the audit page's rows, top to bottom.</summary>
    public static IReadOnlyList<long> Sequences(string html) =>
        EventRow().Matches(html).Select(m => long.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The inner HTML of one event's row.</summary>
    public static string Row(string html, long sequence) =>
        EventRow().Matches(html).Single(m => m.Groups["n"].Value == sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)).Groups["body"].Value;

    [GeneratedRegex("<tr data-sequence=\"(?<n>\\d+)\">(?<body>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex EventRow();
}
