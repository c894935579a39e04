namespace Chronicle.IntegrationTests.CarePlans;

using System.Text.Json;
using Chronicle.Application.CarePlans;
using Chronicle.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

/// <summary>chronicle careplan export, on both databases.</summary>
public sealed class CarePlanExportCliTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_active_plan_is_exported_as_pdf_and_json_and_a_draft_only_plan_is_refused(string provider)
    {
        await using var h = await PlanHarness.CreateAsync(provider);
        var harold = await CarePlanUseCaseTests.StartedAsync(h, "RB1037");
        var pdf = Path.Combine(Path.GetTempPath(), $"careplan-{Guid.NewGuid():N}.pdf");
        var json = Path.ChangeExtension(pdf, ".json");
        try
        {
            var draftOnly = await CliRunner.RunAsync(h.Database, "careplan", "export", "--mrn", "RB1037", "--format", "pdf", "--out", pdf);
            var latest = (await h.RunAsync<GetCarePlan, Application.Common.Result<CarePlanPage>>(h.Nurse, u => u.ExecuteAsync(harold, Token))).Value!.Plan!.Content;
            await h.RunAsync<ReviseCarePlan, Application.Common.Result<int>>(h.Nurse, u => u.ExecuteAsync(harold, 1, CarePlanUseCaseTests.Completed(latest), null, Token));
            await h.RunAsync<SignCarePlan, Application.Common.Result<int>>(h.Doctor, u => u.ExecuteAsync(harold, 2, Token));

            var asPdf = await CliRunner.RunAsync(h.Database, "careplan", "export", "--mrn", "RB1037", "--format", "pdf", "--out", pdf);
            var asJson = await CliRunner.RunAsync(h.Database, "careplan", "export", "--mrn", "RB1037", "--format", "json", "--out", json);
            var unknown = await CliRunner.RunAsync(h.Database, "careplan", "export", "--mrn", "NOPE", "--format", "json", "--out", json);
            var badFormat = await CliRunner.RunAsync(h.Database, "careplan", "export", "--mrn", "RB1037", "--format", "docx", "--out", json);

            Assert.Equal(1, draftOnly.ExitCode);
            Assert.Contains("CAREPLAN-NOT-ACTIVE", draftOnly.Error, StringComparison.Ordinal);
            Assert.Equal(0, asPdf.ExitCode);
            Assert.Contains("Wrote care plan version 2", asPdf.Output, StringComparison.Ordinal);
            using (var document = PdfDocument.Open(await File.ReadAllBytesAsync(pdf, Token)))
            {
                var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                await using var db = h.Database.NewContext();
                var patient = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Patients, p => p.Mrn == "RB1037", Token);
                Assert.Contains($"Your care plan, {patient.FirstName} {patient.LastName}", text, StringComparison.Ordinal);
                Assert.Contains("HbA1c: below 7.5 %", text, StringComparison.Ordinal);
            }

            Assert.Equal(0, asJson.ExitCode);
            using var parsed = JsonDocument.Parse(await File.ReadAllBytesAsync(json, Token));
            var root = parsed.RootElement;
            Assert.Equal((2, "active", true), (root.GetProperty("version").GetInt32(), root.GetProperty("status").GetString(), root.GetProperty("complete").GetBoolean()));
            Assert.Equal("Adaeze Okafor, MD", root.GetProperty("signedBy").GetString());
            Assert.Equal("E11.9", root.GetProperty("plan").GetProperty("problems")[0].GetProperty("code").GetString());
            Assert.Equal("active", root.GetProperty("plan").GetProperty("goals")[0].GetProperty("status").GetString());
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("No patient has the MRN NOPE.", unknown.Error, StringComparison.Ordinal);
            Assert.Equal(2, badFormat.ExitCode);
        }
        finally
        {
            File.Delete(pdf);
            File.Delete(json);
        }
    }
}
