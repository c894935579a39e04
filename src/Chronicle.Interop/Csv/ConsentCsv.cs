namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The <c>consents</c> CSV kind: one consent conversation per row, identified by patient, program,
/// billing practitioner and date. disclosures is a semicolon list; obtained_by a staff_id;
/// revoked_on the day the patient withdrew it.
/// </summary>
public static class ConsentCsv
{
    public static CsvLayout Layout { get; } = new(
        "consents",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("program", true),
        new CsvColumn("billing_npi", true),
        new CsvColumn("date", true),
        new CsvColumn("method", true),
        new CsvColumn("decision", true),
        new CsvColumn("disclosures", true),
        new CsvColumn("obtained_by", false, 64),
        new CsvColumn("revoked_on", false));

    public static CsvParsed<ConsentCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var program = cells.Parse("program", CarePrograms.TryParse);
        var npi = cells.Parse("billing_npi", Npi.TryParse);
        var date = cells.Date("date");
        var method = cells.Parse("method", ConsentCodes.TryParseMethod);
        var decision = cells.Parse("decision", ConsentCodes.TryParseDecision);
        var disclosures = cells.Parse("disclosures", ConsentCodes.TryParseDisclosures);
        var obtainedBy = cells.Identifier("obtained_by");
        var revokedOn = cells.Date("revoked_on");
        if (revokedOn is { } r && date is { } d && r < d)
        {
            cells.Problem("revoked_on", FormattableString.Invariant($"A consent given on {d:yyyy-MM-dd} cannot be revoked on {r:yyyy-MM-dd}, before it was given."));
        }

        if (revokedOn is not null && decision == ConsentDecision.Declined)
        {
            cells.Problem("revoked_on", "A declined consent cannot be revoked; leave revoked_on blank.");
        }

        return cells.HasProblems
            ? new CsvParsed<ConsentCsvRow>(null, cells.Problems)
            : new CsvParsed<ConsentCsvRow>(
                new ConsentCsvRow(mrn!, program!.Value, npi!.Value, date!.Value, method!.Value, decision!.Value, disclosures!.Value, obtainedBy, revokedOn), []);
    }
}

public sealed record ConsentCsvRow(
    string Mrn,
    CareProgram Program,
    Npi BillingNpi,
    DateOnly Date,
    ConsentMethod Method,
    ConsentDecision Decision,
    ConsentDisclosures Disclosures,
    string? ObtainedBy,
    DateOnly? RevokedOn);
