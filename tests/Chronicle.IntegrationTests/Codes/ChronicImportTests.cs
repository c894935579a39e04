namespace Chronicle.IntegrationTests.Codes;

using Chronicle.Application.Codes;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class ChronicImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_CCW_file_classifies_codes_and_reclassifies_existing_conditions(string provider)
    {
        var zip = TestEnvironment.RequireFullData(CodeFixtures.Icd10Zip2026);
        var ccw = TestEnvironment.RequireFullData(CodeFixtures.CcwFile);
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await CodeFixtures.DemoPatientAsync(database);
        var heartFailure = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.Icd10Cm, "I509", Icd10Code.Parse("I50.9"));
        var expandedSince = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.Icd10Cm, "E083211", Icd10Code.Parse("E08.3211"));
        var infarction = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.Icd10Cm, "I2101", Icd10Code.Parse("I21.01"));
        var icd10 = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", zip);
        Assert.True(icd10.ExitCode == 0, icd10.ToString());
        var ct = TestContext.Current.CancellationToken;

        var first = await CliRunner.RunAsync(database, "codes", "import", "chronic", ccw);
        List<(string, bool, string)> rulesAfterFirst;
        await using (var db = database.NewContext())
        {
            rulesAfterFirst = await RulesAsync(db);
        }

        var second = await CliRunner.RunAsync(database, "codes", "import", "chronic", ccw, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Loaded 5,005 classification rules as 'cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv'", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 26 rows of the acute-only condition 'Acute Myocardial Infarction'", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 101 rows of the acute-only condition 'Cataract'", first.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 224 NDC rows", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("\"replaced\": 5005", second.Output, StringComparison.Ordinal);
        Assert.Contains("\"reclassified\": 0", second.Output, StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            Assert.Equal(5_005, rulesAfterFirst.Count);
            Assert.Equal(rulesAfterFirst, await RulesAsync(db));
            Assert.Contains(("E08321", true, "Diabetes"), rulesAfterFirst);
            Assert.Contains(("I509", false, "Heart Failure and Non-Ischemic Heart Disease"), rulesAfterFirst);
            Assert.Equal(
                ChronicClassification.Chronic("Heart Failure and Non-Ischemic Heart Disease", CodeFixtures.CcwSource),
                (await CodeFixtures.ReloadAsync(db, heartFailure)).Classification);
            Assert.Equal(ChronicClassification.Chronic("Diabetes", CodeFixtures.CcwSource), (await CodeFixtures.ReloadAsync(db, expandedSince)).Classification);
            Assert.NotEqual(CodeFixtures.CcwSource, (await CodeFixtures.ReloadAsync(db, infarction)).Classification.Source);
            var release = await db.CodeSetReleases.SingleAsync(r => r.Kind == ReferenceCodes.ChronicKind, ct);
            Assert.Equal((CodeFixtures.CcwSource, "cms_ccw_chronic_conditions_hierarchy.csv", 5_005), (release.Name, release.SourceFile, release.EntryCount));
            var classifier = await new ReferenceCodes(db).LoadClassifierAsync(ct);
            Assert.Equal("Chronic Kidney Disease", classifier.Classify(CodeSystem.Icd10Cm, "N184", Icd10Code.Parse("N18.4")).Category);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_SNOMED_condition_gets_the_category_and_the_ICD10_code_of_an_imported_map(string provider)
    {
        using var files = new CodeFixtures();
        var rules = files.Write("practice_rules.csv",
        [
            "system,code,category,maps_to_icd10",
            "snomed-ct,195967001,Asthma,J45.909",
            "icd-10-cm,J45*,Asthma,",
        ]);
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await CodeFixtures.DemoPatientAsync(database);
        var asthma = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.SnomedCt, "195967001", null);
        var coded = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.Icd10Cm, "J4541", Icd10Code.Parse("J45.41"));

        var first = await CliRunner.RunAsync(database, "codes", "import", "chronic", rules);
        var second = await CliRunner.RunAsync(database, "codes", "import", "chronic", rules, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("1 SNOMED CT conditions given an ICD-10-CM code", first.Output, StringComparison.Ordinal);
        Assert.Contains("warning: No ICD-10-CM code set is loaded", first.Error, StringComparison.Ordinal);
        Assert.Contains("\"reclassified\": 0", second.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var snomed = await CodeFixtures.ReloadAsync(db, asthma);
        Assert.Equal(Icd10Code.Parse("J45.909"), snomed.Icd10);
        Assert.Equal(ChronicClassification.Chronic("Asthma", "chronicle:practice_rules.csv"), snomed.Classification);
        Assert.Equal(ChronicClassification.Chronic("Asthma", "chronicle:practice_rules.csv"), (await CodeFixtures.ReloadAsync(db, coded)).Classification);
        Assert.Equal(2, await db.ChronicRules.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_classification_file_writes_nothing_and_names_file_line_and_column(string provider)
    {
        using var files = new CodeFixtures();
        var rules = files.Write("practice_rules.csv",
        [
            "system,code,category,maps_to_icd10",
            "icd-10-cm,I50*,Heart failure,",
            "icd-10-cm,I50-9,Heart failure,",
        ]);
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await CodeFixtures.DemoPatientAsync(database);
        var heartFailure = await CodeFixtures.AddConditionAsync(database, patient, CodeSystem.Icd10Cm, "I509", Icd10Code.Parse("I50.9"));

        var result = await CliRunner.RunAsync(database, "codes", "import", "chronic", rules);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: practice_rules.csv:3 [code]: 'I50-9' is not an ICD-10-CM code", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.ChronicRules.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.CodeSetReleases.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(ChronicClassification.Unclassified, (await CodeFixtures.ReloadAsync(db, heartFailure)).Classification);
    }

    private static async Task<List<(string, bool, string)>> RulesAsync(Data.ChronicleDbContext db) =>
        (await db.ChronicRules.AsNoTracking().Where(r => r.Source == CodeFixtures.CcwSource).ToListAsync(TestContext.Current.CancellationToken))
            .Select(r => (r.Code, r.IsPrefix, r.Category))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
}
