namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Fhir;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// An MRN carrying a line break or a tab is refused by every import path, with the file, line and
/// field named, and nothing from that file is written (ADR 0177).
/// </summary>
public sealed class IdentifierHygieneTests
{
    private const string PatientHeader = "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_CSV_MRN_with_a_line_break_or_a_tab_is_refused_naming_file_line_and_column(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var path = files.Write("patients.csv",
            $"{PatientHeader}\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\n\"LK\n2002\",Ben,Moss,1950-01-01,male,,,,,,,\n\"LK\t2003\",Cy,Moss,1950-01-01,male,,,,,,,\n");

        var result = await CsvFiles.ImportAsync(database, "patients", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.Error.Contains($"error: {path}:3 [mrn]: The mrn contains a line feed (LF) at character 3", StringComparison.Ordinal), result.ToString());
        Assert.True(result.Error.Contains($"error: {path}:5 [mrn]: The mrn contains a tab at character 3", StringComparison.Ordinal), result.ToString());
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Patients.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_FHIR_MRN_with_a_line_break_is_refused_by_the_import_command_and_by_the_FHIR_API(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Riverbend EHR", "--write");
        using var folder = FhirImportHelpers.NewFolder();
        var file = folder.File("crlf-mrn.json");
        await File.WriteAllTextAsync(file, Bundle("RB\\r\\n7001"), Ct);

        var (result, summary) = await FhirImportHelpers.ImportJsonAsync(database, file);
        var posted = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, Bundle("RB\\n7002"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var issue = Assert.Single(summary.Issues, i => i.Field == "Bundle.entry[0].resource.identifier[0].value");
        Assert.EndsWith("crlf-mrn.json", issue.File, StringComparison.Ordinal);
        Assert.NotNull(issue.Line);
        Assert.Contains("The MRN contains a carriage return (CR) at character 3", issue.Reason, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, posted.Status);
        Assert.Contains("The MRN contains a line feed (LF) at character 3", posted.Body, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.Patients.AnyAsync(p => p.Mrn.StartsWith("RB\r") || p.Mrn.StartsWith("RB\n"), Ct));
        Assert.True(await db.Patients.AnyAsync(p => p.Mrn == DemoSignIns.PatientMrn, Ct));
    }

    private static string Bundle(string mrnJson) => $$"""
        {
          "resourceType": "Bundle",
          "type": "transaction",
          "entry": [
            {
              "fullUrl": "urn:uuid:7a7a7a7a-0000-4000-8000-000000000001",
              "resource": {
                "resourceType": "Patient",
                "identifier": [
                  { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR" } ] }, "value": "{{mrnJson}}" }
                ],
                "name": [ { "family": "Stone", "given": [ "Avery" ] } ],
                "gender": "other",
                "birthDate": "1952-08-19"
              },
              "request": { "method": "POST", "url": "Patient" }
            }
          ]
        }
        """;
}
