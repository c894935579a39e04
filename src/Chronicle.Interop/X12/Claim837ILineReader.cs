namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>One 837I loop 2400 after its LX: SV2, DTP*472 and REF*6R, passing over the line segments Chronicle does not write.</summary>
internal sealed class Claim837ILineReader(X12Cursor cursor, X12ElementCheck check, DateOnly? fileDate, DateOnly? statementFrom, DateOnly? statementThrough)
{
    private static readonly string[] LineExtras = ["PWK", "AMT", "HCP", "NTE", "LIN", "CTP", "SVD", "CAS", "NM1", "N3", "N4", "PRV"];

    public ReadInstitutionalLine Read()
    {
        var sv2 = cursor.Expect("SV2", null, "institutional service line, loop 2400");
        check.MaxElements(sv2, 10);
        var revenueCode = check.Simple(sv2, 1, required: true) ?? string.Empty;
        if (revenueCode.Length > 0 && (revenueCode.Length != 4 || !revenueCode.All(char.IsAsciiDigit) || revenueCode[0] > '3'))
        {
            check.Add(sv2, "SV201", $"'{revenueCode}' is not a revenue code: four digits starting with 0–3.");
        }

        var (code, modifiers) = Procedure(sv2);
        var charge = check.Amount(sv2, 3, 18);
        check.Code(sv2, 4, true, "UN", "DA");
        var units = check.Quantity(sv2, 5, 15);
        cursor.Optional("PWK");

        DateOnly? date = null;
        if (cursor.Optional("DTP", "472") is { } dtp)
        {
            check.MaxElements(dtp, 3);
            if (check.Code(dtp, 2, true, "D8") is not null)
            {
                date = check.Date(dtp, 3);
            }

            if (date > fileDate)
            {
                check.Add(dtp, "DTP03", "the service date is after the file's date (GS04).");
            }
            else if (date < statementFrom || date > statementThrough)
            {
                check.Add(dtp, "DTP03", "the service date is outside the statement period (DTP*434).");
            }
        }
        else
        {
            check.Add(sv2, null, "the line has no date of service (DTP*472), which an outpatient claim needs.");
        }

        string? control = null;
        while (cursor.Peek is { Id: "REF" } reference)
        {
            cursor.Optional("REF");
            if (reference[1] == "6R")
            {
                check.MaxElements(reference, 2);
                control = check.Text(reference, 2, 1, 50);
            }
        }

        while (LineExtras.Any(id => cursor.Is(id)) || cursor.Is("REF") || cursor.Is("DTP"))
        {
            cursor.Optional(cursor.Peek!.Id);
        }

        return new ReadInstitutionalLine(revenueCode, code, modifiers, charge ?? Money.Zero, units ?? 0, date, control);
    }

    private (string Code, List<string> Modifiers) Procedure(X12Segment sv2)
    {
        var modifiers = new List<string>();
        var parts = sv2.Components(2);
        if (sv2[2].Length == 0 || parts.Length is < 2 or > 7)
        {
            check.Add(sv2, "SV202", "must be HC, the procedure code and up to four modifiers; an outpatient line carries its HCPCS code.");
            return (string.Empty, modifiers);
        }

        check.Code(sv2, "SV202-1", parts[0], "HC");
        var code = parts[1];
        var parsed = HcpcsCode.TryParse(code);
        if (!parsed.IsValid || parsed.Value.Value != code)
        {
            check.Add(sv2, "SV202-2", $"'{code}' is not a CPT/HCPCS code.");
        }

        for (var i = 2; i < Math.Min(parts.Length, 6); i++)
        {
            if (parts[i].Length != 2 || !parts[i].All(char.IsAsciiLetterOrDigit))
            {
                check.Add(sv2, $"SV202-{i + 1}", $"'{parts[i]}' is not a two-character modifier.");
            }
            else
            {
                modifiers.Add(parts[i]);
            }
        }

        return (code, modifiers);
    }
}
