namespace Chronicle.IntegrationTests.Web;

using Chronicle.Application.Demo;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The patient page's clinical record: latest vitals and labs, allergies, active prescriptions, immunizations.</summary>
public sealed class ClinicalSectionPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chart_shows_the_latest_readings_prescriptions_immunizations_and_allergies(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(client, "/health");
        Patient harold;
        Patient allergic;
        ClinicalRecord latestA1c;
        await using (var db = database.NewContext())
        {
            harold = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == DemoSignIns.PatientMrn, TestContext.Current.CancellationToken);
            allergic = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == DemoSignIns.SharedWithProviderMrn, TestContext.Current.CancellationToken);
            latestA1c = (await db.ClinicalRecords.AsNoTracking().Where(r => r.PatientId == harold.Id && r.Code == "4548-4").ToListAsync(TestContext.Current.CancellationToken))
                .OrderByDescending(r => r.OccurredAt!.Instant).First();
        }

        var text = PageHtml.Text(await PageHtml.GetAsync(client, $"/Patients/{harold.Id}"));
        var other = PageHtml.Text(await PageHtml.GetAsync(client, $"/Patients/{allergic.Id}"));

        Assert.Contains("Recent vitals and labs", text, StringComparison.Ordinal);
        // Only the latest A1c is listed, with its unit and reference range.
        Assert.Contains($"Hemoglobin A1c/Hemoglobin.total in Blood {latestA1c.Value!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} % 4–5.6", text, StringComparison.Ordinal);
        Assert.Matches(@"Blood pressure panel with all children optional \d+/\d+ mm\[Hg\]", text);
        Assert.Contains("24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet 500 mg by mouth twice a day with meals", text, StringComparison.Ordinal);
        Assert.Contains("lisinopril 10 MG Oral Tablet", text, StringComparison.Ordinal);
        Assert.Contains("influenza, high-dose, quadrivalent", text, StringComparison.Ordinal);
        Assert.Contains("No allergies on file.", text, StringComparison.Ordinal);
        Assert.Contains("Allergy to penicillin (active, criticality high; reaction: Eruption of skin)", other, StringComparison.Ordinal);
    }
}
