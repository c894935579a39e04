namespace Chronicle.IntegrationTests.Portal;

using System.Net;
using Chronicle.Application.Audit;
using Chronicle.Application.Demo;
using Chronicle.Domain.CarePlans;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

/// <summary>The care plan in the portal: the signed version in plain language with goals and care team, its PDF, and nobody else's.</summary>
public sealed class PortalCarePlanPageTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_patient_reads_their_signed_plan_with_goals_and_care_team_and_downloads_it_as_pdf(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Patient);
        var own = await PortalData.PatientIdAsync(database, DemoSignIns.PatientMrn);
        var content = await PortalData.ActivePlanAsync(database, DemoSignIns.PatientMrn);

        var record = await PageHtml.GetAsync(client, $"/MyRecord/{own}");
        var html = await PageHtml.GetAsync(client, $"/MyRecord/CarePlan/{own}");
        var text = PageHtml.Text(html);
        using var pdf = await client.GetAsync(new Uri($"/MyRecord/CarePlan/{own}?handler=Pdf", UriKind.Relative), Token);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Token);

        Assert.Contains($"/MyRecord/CarePlan/{own}", record, StringComparison.Ordinal);
        Assert.Contains($"/MyRecord/Consent/{own}", record, StringComparison.Ordinal);
        Assert.Contains("Care plan for Harold Abernathy", text, StringComparison.Ordinal);
        Assert.NotEmpty(content.Goals);
        foreach (var goal in content.Goals)
        {
            Assert.Contains(goal.Description, text, StringComparison.Ordinal);
            Assert.Contains(goal.TargetText, text, StringComparison.Ordinal);
        }

        Assert.Contains("Working on it", text, StringComparison.Ordinal);
        foreach (var member in content.CareTeam)
        {
            Assert.Contains(member.Name, text, StringComparison.Ordinal);
        }

        Assert.Contains("217-555-0142", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(bytes);
        var pdfText = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Harold Abernathy", pdfText, StringComparison.Ordinal);
        Assert.Contains(content.Goals[0].Description.Replace(" ", string.Empty, StringComparison.Ordinal), pdfText.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var events = await PortalData.EventsAsync(database, own);
        Assert.Contains(events, e => e.Action == "read" && e.What == "portal care plan version 1" && e.Role == "patient");
        Assert.Contains(events, e => e.Action == "export" && e.What == "care plan version 1 exported (pdf)" && e.Role == "patient");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_patients_plan_page_and_pdf_link_are_not_found_for_patient_and_caregiver(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var patient = await app.SignedInClientAsync(DemoSignIns.Patient);
        using var caregiver = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        var granted = await PortalData.PatientIdAsync(database, DemoSignIns.PatientMrn);
        var other = await PortalData.PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);

        Assert.Contains("Care plan for Harold Abernathy", PageHtml.Text(await PageHtml.GetAsync(caregiver, $"/MyRecord/CarePlan/{granted}")), StringComparison.Ordinal);
        foreach (var client in new[] { patient, caregiver })
        {
            foreach (var url in new[] { $"/MyRecord/CarePlan/{other}", $"/MyRecord/CarePlan/{other}?handler=Pdf", $"/MyRecord/Consent/{other}", $"/MyRecord/Statements/{other}", $"/MyRecord/CarePlan/{Guid.CreateVersion7()}" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Token);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            }
        }

        // Nothing of the other patient's record was read; each refusal is on the trail as a security event (ADR 0172).
        var events = await PortalData.EventsAsync(database, other);
        Assert.DoesNotContain(events, e => e.Role is "patient" or "caregiver" && e.Action != AuditActions.AccessRefused);
        Assert.Contains(events, e => e.Role is "patient" && e.Action == AuditActions.AccessRefused);
        Assert.Contains(events, e => e.Role is "caregiver" && e.Action == AuditActions.AccessRefused);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_not_signed_yet_is_not_shown_and_has_no_pdf(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Patient);
        var own = await PortalData.PatientIdAsync(database, DemoSignIns.PatientMrn);
        await using (var db = database.NewContext())
        {
            var plan = await db.CarePlans.SingleAsync(p => p.PatientId == new Domain.Common.PatientId(own), Token);
            db.CarePlans.Remove(plan);
            await db.SaveChangesAsync(Token);
        }

        var text = PageHtml.Text(await PageHtml.GetAsync(client, $"/MyRecord/CarePlan/{own}"));
        using var pdf = await client.GetAsync(new Uri($"/MyRecord/CarePlan/{own}?handler=Pdf", UriKind.Relative), Token);

        Assert.Contains("has not finished the care plan yet", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Contains(await PortalData.EventsAsync(database, own), e => e.What == "portal care plan: none in force");
    }
}
