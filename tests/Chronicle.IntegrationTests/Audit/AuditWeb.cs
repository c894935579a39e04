namespace Chronicle.IntegrationTests.Audit;

using System.Text.RegularExpressions;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.Application.Demo;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The web app as the audit tests use it: the seeded demo practice, with the demo auditor signed
/// in through the sign-in form, so reads are recorded for that user.
/// </summary>
internal static partial class AuditWeb
{
    public const string ExpectedRole = Roles.Auditor;

    public static ChronicleAppFactory Start(TestDatabase database) => new(database);

    /// <summary>A client signed in as the demo auditor (which also makes the app seed the demo first).</summary>
    public static Task<HttpClient> AuditorClientAsync(ChronicleAppFactory app) => app.SignedInClientAsync(DemoSignIns.Auditor);

    /// <summary>The demo auditor's user id, the actor id their reads are recorded under.</summary>
    public static async Task<string> AuditorIdAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.NewContext();
        var id = await db.Users.Where(u => u.Email == DemoSignIns.Auditor).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        return id.ToString();
    }

    /// <summary>The sequence numbers of the audit page's rows, top to bottom.</summary>
    public static IReadOnlyList<long> Sequences(string html) =>
        EventRow().Matches(html).Select(m => long.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The inner HTML of one event's row.</summary>
    public static string Row(string html, long sequence) =>
        EventRow().Matches(html).Single(m => m.Groups["n"].Value == sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)).Groups["body"].Value;

    [GeneratedRegex("<tr data-sequence=\"(?<n>\\d+)\">(?<body>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex EventRow();
}
