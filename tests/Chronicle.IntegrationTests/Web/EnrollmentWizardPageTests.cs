namespace Chronicle.IntegrationTests.Web;

using System.Globalization;
using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The enrollment wizard's forms, posted as a browser without JavaScript would, through to the patient's page.</summary>
public sealed class EnrollmentWizardPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_wizard_enrolls_a_worklist_patient_and_the_patient_page_shows_the_history(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        app.CreateClient().Dispose();
        Guid patient, practitioner, nurse;
        await using (var db = database.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1030", Ct)).Id.Value;
            practitioner = (await db.StaffMembers.SingleAsync(s => s.ExternalId == "dr-okafor", Ct)).Id.Value;
            nurse = (await db.StaffMembers.SingleAsync(s => s.ExternalId == "rn-castillo", Ct)).Id.Value;
        }

        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = $"/Enrollment/Enroll/{patient}";
        var worklist = await client.GetStringAsync(new Uri("/Eligibility", UriKind.Relative), Ct);
        Assert.Contains($"href=\"{page}\"", worklist, StringComparison.Ordinal);

        var visitStep = await PostAsync(client, page, $"{page}?handler=Propose", ("program", "ccm"), ("practitionerId", practitioner.ToString()));
        var recorded = await PostAsync(client, visitStep, $"{visitStep}&handler=Visit", ("date", today), ("code", "99214"));
        Assert.Contains("&visit=", recorded, StringComparison.Ordinal);
        var consentStep = recorded.Replace("step=visit", "step=consent", StringComparison.Ordinal);
        Assert.Contains("Only one practitioner can bill for it each month", await client.GetStringAsync(new Uri(consentStep, UriKind.Relative), Ct), StringComparison.Ordinal);
        var careTeamStep = await PostAsync(client, consentStep, $"{consentStep}&handler=Consent",
            ("Disclosures", "availability"), ("Disclosures", "cost-sharing"), ("Disclosures", "one-practitioner"), ("Disclosures", "right-to-stop"),
            ("NoOtherCareManagement", "true"), ("Decision", "accepted"), ("Method", "verbal"), ("Date", today), ("ObtainedBy", nurse.ToString()), ("Language", "en"));
        var done = await PostAsync(client, careTeamStep, $"{careTeamStep}&handler=Enroll", ("careManager", nurse.ToString()), ("start", today));

        var summary = await client.GetStringAsync(new Uri(done, UriKind.Relative), Ct);
        Assert.Contains("is enrolled in CCM", summary, StringComparison.Ordinal);
        var chart = await client.GetStringAsync(new Uri($"/Patients/{patient}", UriKind.Relative), Ct);
        Assert.Contains("id=\"enrollment-ok-ccm\"", chart, StringComparison.Ordinal);
        Assert.Contains("Consent ledger", chart, StringComparison.Ordinal);
        var enrollment = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + done).Query)["enrollment"];
        using var pdf = await client.GetAsync(new Uri($"/Enrollment/Documents/form/{patient}?enrollment={enrollment}", UriKind.Relative), Ct);
        Assert.Equal(("application/pdf", HttpStatusCode.OK), (pdf.Content.Headers.ContentType?.MediaType, pdf.StatusCode));
        var list = await client.GetStringAsync(new Uri("/Enrollment", UriKind.Relative), Ct);
        Assert.Contains("data-mrn=\"RB1030\"", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_declined_consent_ends_the_wizard_with_the_patient_declined_and_no_enrollment(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        Guid patient, practitioner, nurse;
        await using (var db = database.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1031", Ct)).Id.Value;
            practitioner = (await db.StaffMembers.SingleAsync(s => s.ExternalId == "dr-okafor", Ct)).Id.Value;
            nurse = (await db.StaffMembers.SingleAsync(s => s.ExternalId == "rn-castillo", Ct)).Id.Value;
        }

        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = $"/Enrollment/Enroll/{patient}";
        var visitStep = await PostAsync(client, page, $"{page}?handler=Propose", ("program", "ccm"), ("practitionerId", practitioner.ToString()));
        var recorded = await PostAsync(client, visitStep, $"{visitStep}&handler=Visit", ("date", today), ("code", "99214"));
        var consentStep = recorded.Replace("step=visit", "step=consent", StringComparison.Ordinal);
        var done = await PostAsync(client, consentStep, $"{consentStep}&handler=Consent",
            ("Disclosures", "availability"), ("Disclosures", "cost-sharing"), ("Disclosures", "one-practitioner"), ("Disclosures", "right-to-stop"),
            ("NoOtherCareManagement", "true"), ("Decision", "declined"), ("Method", "verbal"), ("Date", today), ("ObtainedBy", nurse.ToString()), ("Language", "en"));

        Assert.Contains("step=done", done, StringComparison.Ordinal);
        var summary = await client.GetStringAsync(new Uri(done, UriKind.Relative), Ct);
        Assert.Contains("id=\"not-enrolled\"", summary, StringComparison.Ordinal);
        Assert.Contains("is declined for CCM", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"enrolled\"", summary, StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            var consents = await db.PatientConsents.AsNoTracking().SingleAsync(c => c.PatientId == new Chronicle.Domain.Common.PatientId(patient), Ct);
            Assert.Equal(Chronicle.Domain.Enrollment.ConsentDecision.Declined, Assert.Single(consents.Current).Decision);
        }

        var chart = await client.GetStringAsync(new Uri($"/Patients/{patient}", UriKind.Relative), Ct);
        Assert.DoesNotContain("id=\"enrollment-ok-ccm\"", chart, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_patient_page_banner_names_what_is_missing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        app.CreateClient().Dispose();
        Guid noConsent, noManager;
        await using (var db = database.NewContext())
        {
            noConsent = (await db.Patients.SingleAsync(p => p.Mrn == "RB1015", Ct)).Id.Value;
            noManager = (await db.Patients.SingleAsync(p => p.Mrn == "RB1016", Ct)).Id.Value;
        }

        var first = await client.GetStringAsync(new Uri($"/Patients/{noConsent}", UriKind.Relative), Ct);
        var second = await client.GetStringAsync(new Uri($"/Patients/{noManager}", UriKind.Relative), Ct);

        Assert.Contains("data-code=\"NO-CONSENT\"", first, StringComparison.Ordinal);
        Assert.Contains("data-code=\"CARE-MANAGER-MISSING\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"NO-CONSENT\"", second, StringComparison.Ordinal);
    }

    /// <summary>Posts a wizard form and returns where it redirects to (the next step).</summary>
    private static async Task<string> PostAsync(HttpClient client, string formPage, string action, params (string Name, string Value)[] fields)
    {
        using var response = await client.PostFormAsync(formPage, action, fields);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action}: {(int)response.StatusCode}\n{body}");
        return response.Headers.Location!.OriginalString;
    }
}
