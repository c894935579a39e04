namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Payers;

/// <summary>
/// The <c>coverage</c> CSV kind: one coverage period of a patient per row, keyed by patient, payer,
/// order and start date. The payer is named by its payer_id in the practice's directory; the member
/// id is checked against the payer's kind when the directory is read (an MBI for Original Medicare).
/// </summary>
public static class CoverageCsv
{
    public static CsvLayout Layout { get; } = new(
        "coverage",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("payer_id", true, 80),
        new CsvColumn("member_id", true, 80),
        new CsvColumn("plan_type", false, 60),
        new CsvColumn("order", true),
        new CsvColumn("start_date", true),
        new CsvColumn("end_date", false));

    public static CsvParsed<CoverageCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var payer = cells.Identifier("payer_id");
        var member = cells.Identifier("member_id");
        var plan = cells.Text("plan_type");
        var order = cells.Parse("order", PayerKinds.TryParseOrder);
        var start = cells.Date("start_date");
        var end = cells.Date("end_date");
        if (start is { } from && end is { } to && to < from)
        {
            cells.Problem("end_date", FormattableString.Invariant($"The coverage ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
        }

        return cells.HasProblems
            ? new CsvParsed<CoverageCsvRow>(null, cells.Problems)
            : new CsvParsed<CoverageCsvRow>(new CoverageCsvRow(mrn!, payer!, member!, plan, order!.Value, start!.Value, end), []);
    }
}

/// <summary>A coverage row as read; the payer is still its payer_id.</summary>
public sealed record CoverageCsvRow(string Mrn, string PayerCode, string MemberId, string? PlanType, CoverageOrder Order, DateOnly Start, DateOnly? End);
