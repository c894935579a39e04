namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Payers;

/// <summary>
/// The <c>payers</c> CSV kind: one entry of the practice's payer directory per row, keyed by
/// payer_id; the optional revenue_code overrides the practice's on institutional lines (ADR 0260).
/// </summary>
public static class PayerCsv
{
    public static CsvLayout Layout { get; } = new(
        "payers",
        new CsvColumn("payer_id", true, 80),
        new CsvColumn("name", true, 60),
        new CsvColumn("kind", true),
        new CsvColumn("mac_jurisdiction", false, 16),
        new CsvColumn("claim_format", true),
        new CsvColumn("receiver_id", true, 15),
        new CsvColumn("receiver_qualifier", true, 2),
        new CsvColumn("receiver_name", true, 60),
        new CsvColumn("revenue_code", false, 4));

    public static CsvParsed<PayerDetails> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var code = cells.Identifier("payer_id");
        var name = cells.Text("name");
        var kind = cells.Parse("kind", PayerKinds.TryParse);
        var jurisdiction = cells.Text("mac_jurisdiction");
        var format = cells.Parse("claim_format", PayerKinds.TryParseFormat);
        var receiverId = cells.Identifier("receiver_id");
        var qualifier = cells.Text("receiver_qualifier");
        var receiverName = cells.Text("receiver_name");
        var revenueCode = cells.Text("revenue_code");
        if (cells.HasProblems)
        {
            return new CsvParsed<PayerDetails>(null, cells.Problems);
        }

        var details = new PayerDetails(code!, name!, kind!.Value, jurisdiction, format!.Value, receiverId!, qualifier!.ToUpperInvariant(), receiverName!, revenueCode);
        foreach (var (field, message) in details.Problems())
        {
            cells.Problem(field, message);
        }

        return cells.HasProblems ? new CsvParsed<PayerDetails>(null, cells.Problems) : new CsvParsed<PayerDetails>(details, []);
    }
}
