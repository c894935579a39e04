namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;

/// <summary>
/// The <c>conditions</c> CSV kind: one ICD-10-CM diagnosis per row for a patient named by MRN.
/// A condition is identified by its code and onset date (<see cref="SourceKeyOf"/>), so importing
/// the same row again finds it instead of adding it twice.
/// </summary>
public static class ConditionCsv
{
    public static CsvLayout Layout { get; } = new(
        "conditions",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("code", true),
        new CsvColumn("onset_date", false),
        new CsvColumn("abatement_date", false),
        new CsvColumn("chronic", false));

    /// <summary>"csv:" + the code without its dot + ":" + the onset date (blank when unknown).</summary>
    public static string SourceKeyOf(Icd10Code code, DateOnly? onset) =>
        string.Create(CultureInfo.InvariantCulture, $"csv:{code.Value}:{onset:yyyy-MM-dd}");

    /// <param name="codeSet">The loaded ICD-10-CM release; <see cref="Icd10CodeSet.None"/> checks the shape only.</param>
    public static CsvParsed<ConditionCsvRow> Parse(CsvRow row, Icd10CodeSet codeSet)
    {
        ArgumentNullException.ThrowIfNull(codeSet);
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var code = cells.Parse("code", Icd10Code.TryParse);
        var onset = cells.Date("onset_date");
        var abatement = cells.Date("abatement_date");
        var chronic = cells.Boolean("chronic");
        if (code is { } parsed && codeSet.Check(parsed) is Icd10Check.Unknown or Icd10Check.Header)
        {
            cells.Problem("code", Icd10CodeSet.Describe(codeSet.Check(parsed), parsed, codeSet.Release));
        }

        if (abatement < onset)
        {
            cells.Problem("abatement_date", string.Create(CultureInfo.InvariantCulture, $"The condition ends ({abatement:yyyy-MM-dd}) before its onset ({onset:yyyy-MM-dd})."));
        }

        if (cells.HasProblems)
        {
            return new CsvParsed<ConditionCsvRow>(null, cells.Problems);
        }

        // Active with an abatement date: whether it counts on a day is decided by the dates, so
        // that eligibility for a past month still sees a condition that has since resolved.
        var details = new ConditionDetails(
            SourceKeyOf(code!.Value, onset), CodeSystem.Icd10Cm, code.Value.Value, null, code.Value,
            onset, abatement, ClinicalStatus.Active, chronic);
        return new CsvParsed<ConditionCsvRow>(new ConditionCsvRow(mrn!, details), []);
    }
}

/// <summary>A condition row: the patient's MRN and the condition's details.</summary>
public sealed record ConditionCsvRow(string Mrn, ConditionDetails Details);
