namespace Chronicle.IntegrationTests.Fhir;

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The Synthea bundles through 'chronicle import fhir' on both databases: the three committed in
/// tests/data always, and the 56 of the full set (CHRONICLE_FULL_DATA) as the optional, larger run.
/// </summary>
public sealed class SyntheaImportTests
{
    /// <summary>Each database with each copy of the bundles.</summary>
    public static TheoryData<string, DataSet> ProvidersAndSets => new()
    {
        { "sqlite", DataSet.Subset },
        { "postgres", DataSet.Subset },
        { "sqlite", DataSet.Full },
        { "postgres", DataSet.Full },
    };

    /// <summary>
    /// Each database with each copy, and how many of its patients the CCM check judges at least:
    /// only those with no condition of unclear classification (one of the three here, about ten of the 56).
    /// </summary>
    public static TheoryData<string, DataSet, int> ProvidersSetsAndJudgedPatients => new()
    {
        { "sqlite", DataSet.Subset, 1 },
        { "postgres", DataSet.Subset, 1 },
        { "sqlite", DataSet.Full, 5 },
        { "postgres", DataSet.Full, 5 },
    };

    [Theory]
    [MemberData(nameof(ProvidersAndSets))]
    public async Task The_Synthea_bundles_import_without_rejects_and_a_second_import_changes_nothing(string provider, DataSet set)
    {
        var folder = TestEnvironment.DataFile(set, "synthea/fhir");
        var expected = SyntheaBundles.Read(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database, "America/Los_Angeles");

        var clock = Stopwatch.StartNew();
        var (firstRun, first) = await FhirImportHelpers.ImportJsonAsync(database, folder);
        var firstTime = clock.Elapsed;
        var (secondRun, second) = await FhirImportHelpers.ImportJsonAsync(database, folder);
        TestContext.Current.SendDiagnosticMessage($"{provider}: first import {firstTime.TotalSeconds:F1} s, second {clock.Elapsed.TotalSeconds - firstTime.TotalSeconds:F1} s");

        Assert.True(firstRun.ExitCode == 0, firstRun.ToString());
        Assert.Equal((expected.Count, 0, 0), (first.Files, first.Rejected, first.FilesNotWritten));
        Assert.Empty(first.Issues);
        Assert.Equal(expected.Sum(p => p.ResourceCounts.Values.Sum()), first.Read);
        Assert.True(secondRun.ExitCode == 0, secondRun.ToString());
        Assert.Equal((0, 0, first.Created), (second.Created, second.Updated, second.Unchanged));

        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(expected.Select(p => p.Mrn).Order(StringComparer.Ordinal), await db.Patients.Select(p => p.Mrn).OrderBy(m => m).ToListAsync(ct));
        Assert.Equal(expected.Sum(p => p.Conditions.Count), await db.Conditions.CountAsync(ct));
        Assert.Equal(expected.Sum(p => p.ResourceCounts.GetValueOrDefault("Encounter")), await db.Visits.CountAsync(ct));
        Assert.Equal(expected.Sum(p => Count(p, "MedicationRequest", "AllergyIntolerance", "CarePlan", "CareTeam", "Observation", "Immunization")), await db.ClinicalRecords.CountAsync(ct));
        Assert.Equal(first.Created, expected.Count + await db.Conditions.CountAsync(ct) + await db.Visits.CountAsync(ct) + await db.ClinicalRecords.CountAsync(ct));
        Assert.DoesNotContain(await db.Visits.Select(v => v.RenderingNpi).ToListAsync(ct), npi => npi == null);
    }

    [Theory]
    [MemberData(nameof(ProvidersSetsAndJudgedPatients))]
    public async Task Eligibility_after_the_import_agrees_patient_by_patient_with_an_independent_count(string provider, DataSet set, int judgedAtLeast)
    {
        var folder = TestEnvironment.DataFile(set, "synthea/fhir");
        var patients = SyntheaBundles.Read(folder);
        var asOf = QuietDate(patients, new DateOnly(2025, 7, 1));
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database, "America/Los_Angeles");
        var (import, _) = await FhirImportHelpers.ImportJsonAsync(database, folder);
        Assert.True(import.ExitCode == 0, import.ToString());

        var run = await CliRunner.RunAsync(database, "eligibility", "--json", "--as-of", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var product = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("mrn").GetString()!, p => p);

        var problems = new StringBuilder();
        var ccmChecked = 0;
        var diseasesChecked = 0;
        foreach (var patient in patients)
        {
            var active = patient.Conditions.Where(c => c.IsActiveOn(asOf)).Select(c => c.Snomed).Distinct(StringComparer.Ordinal).ToList();
            var diseases = active.Select(ChronicConceptLists.DiseaseOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var listed = product[patient.Mrn].GetProperty("chronicConditions").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
            foreach (var disease in diseases)
            {
                diseasesChecked++;
                var codes = ChronicConceptLists.ChronicDiseases[disease];
                var shown = listed.Count(codes.Contains);
                if (shown != 1)
                {
                    var have = string.Join(", ", active.Where(codes.Contains));
                    problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{patient.Mrn}: {disease} (active {have}) appears {shown} times among the chronic conditions [{string.Join(", ", listed)}].");
                }
            }

            foreach (var code in listed.Where(ChronicConceptLists.NotChronic.Contains))
            {
                problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{patient.Mrn}: {code} is counted as chronic, but it is not.");
            }

            var unclear = active.Where(c => ChronicConceptLists.DiseaseOf(c) is null && !ChronicConceptLists.NotChronic.Contains(c)).ToList();
            if (unclear.Count == 0)
            {
                ccmChecked++;
                var eligible = product[patient.Mrn].GetProperty("ccmEligible").GetBoolean();
                if (eligible != diseases.Count >= 2)
                {
                    problems.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{patient.Mrn}: ccmEligible is {eligible}, but the patient has {diseases.Count} clearly chronic disease(s) [{string.Join(", ", diseases)}].");
                }
            }
        }

        // Obesity, anemia and chronic pain are common and unclear, so only some patients can be checked for CCM.
        Assert.True(ccmChecked >= judgedAtLeast, $"Only {ccmChecked} patients had no condition of unclear classification; the CCM check would say little.");
        Assert.True(diseasesChecked > 0, "No patient had a clearly chronic disease active; the listing check would say nothing.");
        Assert.True(problems.Length == 0, $"On {asOf:yyyy-MM-dd}:\n{problems}");
    }

    private static int Count(SyntheaPatient patient, params string[] types) => types.Sum(t => patient.ResourceCounts.GetValueOrDefault(t));

    /// <summary>
    /// A date near <paramref name="start"/> on which no condition begins or ends within a day, so
    /// that the practice's time zone (the product counts local dates, the test the dates as written)
    /// cannot make the two disagree.
    /// </summary>
    private static DateOnly QuietDate(IReadOnlyList<SyntheaPatient> patients, DateOnly start)
    {
        var events = patients.SelectMany(p => p.Conditions).SelectMany(c => new[] { c.Onset, c.Abatement }).OfType<DateOnly>().ToHashSet();
        var date = start;
        while (events.Contains(date) || events.Contains(date.AddDays(1)) || events.Contains(date.AddDays(-1)))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}
