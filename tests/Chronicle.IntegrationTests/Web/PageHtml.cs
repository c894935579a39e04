namespace Chronicle.IntegrationTests.Web;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>Reads the parts of rendered pages the tests check: table rows keyed by MRN, and cells in them.</summary>
internal static partial class PageHtml
{
    public static IReadOnlyList<string> Mrns(string html) =>
        RowPattern().Matches(html).Select(m => m.Groups["mrn"].Value).ToList();

    /// <summary>The inner HTML of the row for one MRN, or null when the page has no such row.</summary>
    public static string? Row(string html, string mrn) =>
        RowPattern().Matches(html).FirstOrDefault(m => m.Groups["mrn"].Value == mrn)?.Groups["body"].Value;

    /// <summary>The number in the row's first right-aligned cell (the age column).</summary>
    public static int Age(string rowHtml) =>
        int.Parse(NumberCell().Match(rowHtml).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static int ConditionCount(string rowHtml) => ConditionItem().Count(rowHtml);

    /// <summary>The page's text with tags dropped and white space collapsed, as a reader hears it.</summary>
    public static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    public static async Task<string> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}:\n{html}");
        return html;
    }

    [GeneratedRegex("<tr data-mrn=\"(?<mrn>[^\"]+)\">(?<body>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num\">(?<n>\\d+)</td>")]
    private static partial Regex NumberCell();

    [GeneratedRegex("<li><span class=\"tag chronic\">")]
    private static partial Regex ConditionItem();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
