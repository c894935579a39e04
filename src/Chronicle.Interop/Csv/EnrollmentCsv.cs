namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The <c>enrollments</c> CSV kind: one enrolled period per row, identified by patient, program,
/// billing practitioner and start date. end_date is the day the patient stopped; care_manager is
/// a staff_id of the practice.
/// </summary>
public static class EnrollmentCsv
{
    public static CsvLayout Layout { get; } = new(
        "enrollments",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("program", true),
        new CsvColumn("billing_npi", true),
        new CsvColumn("start_date", true),
        new CsvColumn("end_date", false),
        new CsvColumn("care_manager", false, 64));

    public static CsvParsed<EnrollmentCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var program = cells.Parse("program", CarePrograms.TryParse);
        var npi = cells.Parse("billing_npi", Npi.TryParse);
        var start = cells.Date("start_date");
        var end = cells.Date("end_date");
        var careManager = cells.Identifier("care_manager");
        if (start is { } s && end is { } e && e < s)
        {
            cells.Problem("end_date", FormattableString.Invariant($"The enrollment cannot end on {e:yyyy-MM-dd}, before it starts on {s:yyyy-MM-dd}."));
        }

        return cells.HasProblems
            ? new CsvParsed<EnrollmentCsvRow>(null, cells.Problems)
            : new CsvParsed<EnrollmentCsvRow>(new EnrollmentCsvRow(mrn!, program!.Value, npi!.Value, start!.Value, end, careManager), []);
    }
}

public sealed record EnrollmentCsvRow(string Mrn, CareProgram Program, Npi BillingNpi, DateOnly Start, DateOnly? End, string? CareManager);
