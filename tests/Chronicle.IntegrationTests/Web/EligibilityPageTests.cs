namespace Chronicle.IntegrationTests.Web;

using Chronicle.Application.Demo;
using Chronicle.Application.Eligibility;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The "Eligible, not enrolled" page over the demo practice. Expectations come from ListEligibility
/// itself (the same answer as 'chronicle eligibility'), so they hold however complete the chronic
/// classification table is; only RB1025 (E11.9 + I10, not enrolled) is assumed to qualify for CCM; RB1001 has the same
/// conditions but is enrolled in the demo, so it is never on the list.
/// </summary>
public sealed class EligibilityPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_worklist_lists_exactly_the_eligible_patients_not_enrolled_with_their_conditions(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility");
        var expected = await EligibleNotEnrolledAsync(app);

        Assert.Equal(expected.Select(p => p.Mrn).Order(), PageHtml.Mrns(html).Order());
        Assert.Null(PageHtml.Row(html, "RB1001"));
        var melvin = PageHtml.Row(html, "RB1025");
        Assert.NotNull(melvin);
        Assert.Contains("Diabetes", melvin, StringComparison.Ordinal);
        Assert.Contains("E11.9", melvin, StringComparison.Ordinal);
        Assert.Contains("Hypertension", melvin, StringComparison.Ordinal);
        Assert.Contains("I10", melvin, StringComparison.Ordinal);
        Assert.Contains("built-in table", melvin, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/Patients/[0-9a-f-]{36}\">Abernathy, Melvin</a>", melvin);
        Assert.Null(PageHtml.Row(html, "RB1012"));
        Assert.Contains($"of {expected.Count} eligible patients not enrolled", PageHtml.Text(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ccm")]
    [InlineData("pcm-only")]
    public async Task Filtering_by_program_keeps_only_the_patients_of_that_program(string program)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, $"/Eligibility?program={program}");
        var expected = (await EligibleNotEnrolledAsync(app))
            .Where(p => program == "ccm" ? p.CcmEligible : !p.CcmEligible)
            .Select(p => p.Mrn);

        Assert.Equal(expected.Order(), PageHtml.Mrns(html).Order());
        Assert.Equal(program == "ccm", PageHtml.Mrns(html).Contains("RB1025"));
        Assert.Contains($"<option value=\"{program}\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_category_keeps_the_patients_with_a_condition_of_that_category()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility?category=Hypertension");
        var expected = (await EligibleNotEnrolledAsync(app))
            .Where(p => p.ChronicConditions.Any(c => c.Category == "Hypertension"))
            .Select(p => p.Mrn);

        Assert.Equal(expected.Order(), PageHtml.Mrns(html).Order());
        Assert.All(PageHtml.Mrns(html), mrn => Assert.Contains("Hypertension", PageHtml.Row(html, mrn), StringComparison.Ordinal));
        Assert.Contains("<option value=\"Hypertension\" selected=\"selected\">Hypertension</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Diabetes\">Diabetes</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RB1025")]
    [InlineData("rb1025")]
    [InlineData("melvin abernathy")]
    [InlineData("Abernathy, Melvin")]
    public async Task Searching_by_name_or_mrn_finds_the_patient(string search)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, $"/Eligibility?q={Uri.EscapeDataString(search)}");

        Assert.Equal(["RB1025"], PageHtml.Mrns(html));
    }

    [Fact]
    public async Task Sorting_by_mrn_descending_and_by_age_orders_the_rows_and_marks_the_header()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var byMrn = await PageHtml.GetAsync(client, "/Eligibility?sort=mrn&dir=desc");
        var byAge = await PageHtml.GetAsync(client, "/Eligibility?sort=age");
        var byConditions = await PageHtml.GetAsync(client, "/Eligibility?sort=conditions&dir=desc");

        var mrns = PageHtml.Mrns(byMrn);
        Assert.True(mrns.Count > 1);
        Assert.Equal(mrns.OrderDescending(StringComparer.Ordinal), mrns);
        Assert.Matches("<th scope=\"col\" aria-sort=\"descending\">\\s*<a class=\"sort\" href=\"/Eligibility\\?sort=mrn&amp;dir=asc\">MRN", byMrn);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(byMrn, "aria-sort="));

        var ages = PageHtml.Mrns(byAge).Select(m => PageHtml.Age(PageHtml.Row(byAge, m)!)).ToList();
        Assert.Equal(ages.Order(), ages);
        Assert.Contains("aria-sort=\"ascending\" class=\"num\"", byAge, StringComparison.Ordinal);

        var counts = PageHtml.Mrns(byConditions).Select(m => PageHtml.ConditionCount(PageHtml.Row(byConditions, m)!)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Sort_links_keep_the_filters_applied()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility?program=ccm&category=Diabetes&q=aber&asOf=2030-01-15");

        Assert.Contains("href=\"/Eligibility?asOf=2030-01-15&amp;program=ccm&amp;category=Diabetes&amp;q=aber&amp;sort=age&amp;dir=asc\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2030-01-15\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_before_any_condition_shows_the_empty_state()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility?asOf=1950-01-01");

        Assert.Empty(PageHtml.Mrns(html));
        Assert.Contains("No patient to enroll", html, StringComparison.Ordinal);
        Assert.Contains("Showing 0 of 0 eligible patients not enrolled on 1950-01-01", PageHtml.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_that_match_nobody_explain_and_offer_to_clear_them()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility?q=nobody-has-this-name");

        Assert.Empty(PageHtml.Mrns(html));
        Assert.Contains("No patient matches these filters", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Eligibility\">Clear the filters</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_reported_and_today_is_shown()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var html = await PageHtml.GetAsync(client, "/Eligibility?asOf=31%2F12%2F2026");

        Assert.Contains("&#x27;31/12/2026&#x27; is not a date in the form YYYY-MM-DD", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("RB1025", PageHtml.Mrns(html));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_eligibility_list_names_the_programs_each_patient_is_enrolled_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        await using var scope = app.Services.CreateAsyncScope();

        var list = (await SystemActor.Create<ListEligibility>(scope.ServiceProvider)
            .ExecuteAsync(new EligibilityQuery(), TestContext.Current.CancellationToken)).Value!;
        var enrolled = list.Patients.ToDictionary(p => p.Mrn, p => p.Enrolled);

        // The demo enrolls RB1001 in CCM and RB1009 in PCM; RB1017 declined; RB1025 was never asked.
        Assert.Equal(["ccm"], enrolled["RB1001"]);
        Assert.Equal(["pcm"], enrolled["RB1009"]);
        Assert.Empty(enrolled["RB1017"]);
        Assert.Empty(enrolled["RB1025"]);
    }

    private static async Task<IReadOnlyList<PatientEligibility>> EligibleNotEnrolledAsync(ChronicleAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await SystemActor.Create<ListEligibility>(scope.ServiceProvider)
            .ExecuteAsync(new EligibilityQuery(), TestContext.Current.CancellationToken);
        return result.Value!.Patients.Where(p => (p.CcmEligible || p.PcmEligible) && p.Enrolled.Count == 0).ToList();
    }
}
