namespace Chronicle.IntegrationTests.Web;

using Chronicle.Application.Demo;
using Chronicle.Application.Patients;
using Chronicle.IntegrationTests.Infrastructure;

public sealed class PatientsPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_pages_through_every_patient_in_name_order(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var first = await PageHtml.GetAsync(client, "/Patients");
        var second = await PageHtml.GetAsync(client, "/Patients?pageNumber=2");

        var pageSize = ListPatients.DefaultPageSize;
        Assert.Equal(pageSize, PageHtml.Mrns(first).Count);
        Assert.Equal(SeedDemoPractice.PatientCount - pageSize, PageHtml.Mrns(second).Count);
        Assert.Equal(SeedDemoPractice.PatientCount, PageHtml.Mrns(first).Concat(PageHtml.Mrns(second)).Distinct().Count());
        Assert.Contains($"Showing 1–{pageSize} of {SeedDemoPractice.PatientCount} patients.", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Patients?pageNumber=2\" rel=\"next\">", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Patients\" rel=\"prev\">", second, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>", second, StringComparison.Ordinal);

        var names = PageHtml.Mrns(first).Select(m => System.Text.RegularExpressions.Regex.Match(PageHtml.Row(first, m)!, ">([^<]+, [^<]+)</a>").Groups[1].Value).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Searching_ignores_case_and_matches_every_word_against_name_or_mrn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var byLastName = await PageHtml.GetAsync(client, "/Patients?q=ABERNATHY");
        var byMrn = await PageHtml.GetAsync(client, "/Patients?q=rb1001");
        var byBoth = await PageHtml.GetAsync(client, "/Patients?q=harold%20aber");
        var byNobody = await PageHtml.GetAsync(client, "/Patients?q=zzz");

        Assert.Contains("RB1001", PageHtml.Mrns(byLastName));
        Assert.All(PageHtml.Mrns(byLastName), m => Assert.Contains("Abernathy,", PageHtml.Row(byLastName, m), StringComparison.Ordinal));
        Assert.Equal(["RB1001"], PageHtml.Mrns(byMrn));
        Assert.Equal(["RB1001"], PageHtml.Mrns(byBoth));
        Assert.Empty(PageHtml.Mrns(byNobody));
        Assert.Contains("No patient matches", byNobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_number_past_the_end_shows_the_last_page()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Patients?pageNumber=99");

        Assert.Equal(SeedDemoPractice.PatientCount - ListPatients.DefaultPageSize, PageHtml.Mrns(html).Count);
    }

    [Fact]
    public async Task Each_patient_links_to_their_chart()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Patients?q=RB1001");
        var link = System.Text.RegularExpressions.Regex.Match(PageHtml.Row(html, "RB1001")!, "href=\"(/Patients/[0-9a-f-]{36})\"").Groups[1].Value;
        var chart = await PageHtml.GetAsync(client, link);

        Assert.Contains("MRN RB1001", chart, StringComparison.Ordinal);
    }
}
