namespace Chronicle.IntegrationTests.Security;

using System.Net;
using System.Text;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Tests generated from the permissions table (<see cref="Permissions"/>): every write that /api
/// and /fhir offer, every page a capability guards, and the time controls on the chart, against
/// every signed-in role. The expectation is read from the table, never restated here, so a change
/// to the table changes what these tests demand. Writes aim at a patient that does not exist (or an
/// empty Bundle), so a role that may write gets past the permission check to "not found" and the
/// shared demo database is never changed.
/// </summary>
public sealed class PermissionsTableTests(DemoApps apps) : IClassFixture<DemoApps>
{
    private const string None = "00000000-0000-0000-0000-00000000beef";
    private const string TimeBody = """{"program":"ccm","activity":"phone-call","start":"2026-03-02T10:00:00","durationSeconds":600}""";

    /// <summary>Each write of /api and /fhir with the capability it needs; {none} is a patient (or record) that does not exist.</summary>
    private static readonly (Capability Capability, string Method, string Path, string Body)[] Writes =
    [
        (Capability.LogTime, "POST", "/api/v1/patients/{none}/time", TimeBody),
        (Capability.LogTime, "POST", "/api/v1/time/{none}/correction", TimeBody),
        (Capability.LogTime, "POST", "/api/v1/time/{none}/void", """{"reason":"duplicate"}"""),
        (Capability.LogTime, "POST", "/api/v1/timer", """{"patientId":"{none}","program":"ccm","activity":"phone-call"}"""),
        (Capability.ChangeEnrollmentAndConsent, "POST", "/api/v1/patients/{none}/consents/revoke", """{"program":"ccm","practitionerId":"{none}"}"""),
        (Capability.ChangeEnrollmentAndConsent, "POST", "/api/v1/patients/{none}/enrollments", """{"program":"ccm","practitionerId":"{none}"}"""),
        (Capability.ChangeEnrollmentAndConsent, "POST", "/api/v1/patients/{none}/enrollments/{none}/care-manager", """{"careManagerId":"{none}"}"""),
        (Capability.RecordVisits, "POST", "/api/v1/patients/{none}/visits", """{"date":"2026-03-02","code":"99214","npi":"1234567893"}"""),
        (Capability.EditCarePlans, "POST", "/api/v1/patients/{none}/careplan", """{"conditionIds":[]}"""),
        (Capability.EditCarePlans, "POST", "/api/v1/patients/{none}/careplan/reviews", """{"note":"no changes"}"""),
        (Capability.SignCarePlans, "POST", "/api/v1/patients/{none}/careplan/versions/1/signature", ""),
        (Capability.ImportRecords, "POST", "/fhir", """{"resourceType":"Bundle","type":"transaction","entry":[]}"""),
    ];

    /// <summary>Pages a capability guards on its own.</summary>
    private static readonly (Capability Capability, string Page)[] Pages =
    [
        (Capability.ReadPatients, "/Patients"),
        (Capability.ManageUsers, "/Admin/Users"),
        (Capability.ManageUsers, "/Admin/Backups"),
        (Capability.ManageTokens, "/Admin/Tokens"),
        (Capability.ManageCharges, "/Admin/Charges"),
        (Capability.ManagePayers, "/Admin/Payers"),
        (Capability.ManageTimeRules, "/Admin/TimeRules"),
        (Capability.ManageBillingRules, "/Admin/BillingRules"),
        (Capability.ManageBillingRules, "/Admin/BillingSetting"),
        (Capability.ReadAuditTrail, "/Audit"),
        (Capability.CloseAndApproveBilling, "/Billing?month=2026-03"),
        (Capability.CloseAndApproveBilling, "/Billing/Denials"),
        (Capability.ReadClaimAuditPackets, "/ClaimAudit"),
        (Capability.ReadSharedRecords, "/MyRecord"),
        (Capability.ActForPatient, "/MyRecord/Consent/{patient}"),
        (Capability.ActForPatient, "/MyRecord/Statements/{patient}"),
    ];

    public static TheoryData<string, string, int> WriteCases => Cases(Writes.Length);

    public static TheoryData<string, string, int> PageCases => Cases(Pages.Length);

    public static TheoryData<string, string> ChartCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
            {
                foreach (var role in Roles.Staff)
                {
                    data.Add(provider, role);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_capability_is_in_the_table_and_the_read_only_roles_hold_no_change()
    {
        Assert.Equal(Enum.GetValues<Capability>().Order(), Permissions.Table.Keys.Order());
        Capability[] changes =
        [
            Capability.LogTime, Capability.LogTimeForOthers, Capability.ChangeEnrollmentAndConsent, Capability.RecordVisits, Capability.EditCarePlans,
            Capability.SignCarePlans, Capability.ImportRecords, Capability.CloseAndApproveBilling, Capability.ManageCharges, Capability.ManageTimeRules,
            Capability.ManageBillingRules, Capability.ManagePayers,
            Capability.ManageUsers, Capability.ManageTokens, Capability.ManagePortalAccess, Capability.HandleCareTeamNotices, Capability.WorkOutreach,
        ];
        Assert.DoesNotContain(changes, c => Permissions.Allows(Roles.Auditor, c));
        Capability[] clinical = [Capability.LogTime, Capability.ChangeEnrollmentAndConsent, Capability.RecordVisits, Capability.EditCarePlans, Capability.SignCarePlans, Capability.ImportRecords, Capability.WorkOutreach];
        Assert.DoesNotContain(clinical, c => Permissions.Allows(Roles.Biller, c));
    }

    [Theory]
    [MemberData(nameof(WriteCases))]
    public async Task Each_write_on_api_and_fhir_answers_as_the_table_says(string provider, string role, int index)
    {
        var (capability, method, path, body) = Writes[index];
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path.Replace("{none}", None, StringComparison.Ordinal), UriKind.Relative))
        {
            Content = new StringContent(body.Replace("{none}", None, StringComparison.Ordinal), Encoding.UTF8, path.StartsWith("/fhir", StringComparison.Ordinal) ? "application/fhir+json" : "application/json"),
        };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var what = $"{role} {method} {path} ({capability}): {(int)response.StatusCode} {text}";
        if (Permissions.Allows(role, capability))
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized), what);
            if (path.StartsWith("/api", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, what);
            }
        }
        else
        {
            // Portal roles are stopped by the surface's policy, staff by the use case: a 403 either way.
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, what);
        }
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task Each_page_a_capability_guards_opens_for_exactly_its_roles(string provider, string role, int index)
    {
        var (capability, path) = Pages[index];
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(role);
        var page = path.Contains("{patient}", StringComparison.Ordinal)
            ? path.Replace("{patient}", (await app.PatientIdAsync(DemoSignIns.PatientMrn)).ToString(), StringComparison.Ordinal)
            : path;

        using var response = await client.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);

        var expected = Permissions.Allows(role, capability) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
        Assert.True(expected == response.StatusCode, $"{role} GET {page} ({capability}): expected {(int)expected}, got {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(ChartCases))]
    public async Task The_chart_shows_the_timer_log_correct_and_void_controls_only_to_roles_that_log_time(string provider, string role)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(role);
        var patient = await app.PatientIdAsync("RB1001");

        var html = await client.GetStringAsync(new Uri($"/Patients/{patient}", UriKind.Relative), TestContext.Current.CancellationToken);

        string[] controls = ["id=\"timer-start\"", "id=\"log-minutes\"", "handler=Correct", "handler=Void"];
        var shown = controls.Where(c => html.Contains(c, StringComparison.Ordinal)).ToList();
        Assert.Contains("id=\"time\"", html, StringComparison.Ordinal);
        if (Permissions.Allows(role, Capability.LogTime))
        {
            // Correct and void appear with the month's records, which the demo may not have today.
            Assert.Equal(controls[..2], shown.Take(2));
        }
        else
        {
            Assert.Empty(shown);
        }
    }

    [Theory]
    [MemberData(nameof(ChartCases))]
    public async Task The_chart_shows_the_coverage_forms_only_to_roles_that_keep_payers(string provider, string role)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(role);
        var patient = await app.PatientIdAsync("RB1001");

        var html = await client.GetStringAsync(new Uri($"/Patients/{patient}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("id=\"coverage\"", html, StringComparison.Ordinal);
        Assert.Equal(Permissions.Allows(role, Capability.ManagePayers), html.Contains($"action=\"/Patients/{patient}/Coverage", StringComparison.Ordinal));
    }

    private static TheoryData<string, string, int> Cases(int count)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
        {
            foreach (var role in Roles.All)
            {
                for (var i = 0; i < count; i++)
                {
                    data.Add(provider, role, i);
                }
            }
        }

        return data;
    }
}
