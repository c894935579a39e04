namespace Chronicle.IntegrationTests.Codes;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Small code files written by the tests into a temporary folder, and the paths of the official ones.</summary>
internal sealed class CodeFixtures : IDisposable
{
    public const string Icd10Zip2026 = "icd10cm/2026-code-descriptions-tabular-order.zip";
    public const string Icd10Codes2026 = "icd10cm/icd10cm_codes_2026.txt";
    public const string CcwFile = "chronic_conditions/cms_ccw_chronic_conditions_hierarchy.csv";
    public const string CcwSource = "cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv";

    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-codes-").FullName;

    /// <summary>An order-file line in CMS's fixed columns.</summary>
    public static string OrderLine(int order, string code, bool billable, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{order:D5} {code,-7} {(billable ? 1 : 0)} {title,-60} {title}");

    /// <summary>A small, valid order file: a few headers and billable codes.</summary>
    public static IEnumerable<string> SmallRelease() =>
    [
        OrderLine(1, "E11", false, "Type 2 diabetes mellitus"),
        OrderLine(2, "E119", true, "Type 2 diabetes mellitus without complications"),
        OrderLine(3, "I10", true, "Essential (primary) hypertension"),
        OrderLine(4, "I50", false, "Heart failure"),
        OrderLine(5, "I509", true, "Heart failure, unspecified"),
    ];

    public string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    public string PathOf(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Seeds the demo practice through the CLI and gives its first patient (by MRN) to attach test conditions to.</summary>
    public static async Task<Patient> DemoPatientAsync(TestDatabase database)
    {
        var seeded = await CliRunner.RunAsync(database, "demo", "seed");
        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        await using var db = database.NewContext();
        return await db.Patients.AsNoTracking().OrderBy(p => p.Mrn).FirstAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<Condition> AddConditionAsync(TestDatabase database, Patient patient, CodeSystem system, string code, Domain.Codes.Icd10Code? icd10)
    {
        await using var db = database.NewContext();
        var condition = Condition.Create(patient.PracticeId, patient.Id,
            new ConditionDetails($"test:{code}", system, code, null, icd10, new DateOnly(2024, 1, 15), null, ClinicalStatus.Active, null),
            ChronicClassification.Unclassified);
        db.Conditions.Add(condition);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return condition;
    }

    public static async Task<Condition> ReloadAsync(ChronicleDbContext db, Condition condition) =>
        await db.Conditions.AsNoTracking().SingleAsync(c => c.Id == condition.Id, TestContext.Current.CancellationToken);
}
