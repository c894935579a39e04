namespace Chronicle.Interop.Statements;

using System.Globalization;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Interop.Pdf;

/// <summary>
/// The patient statement for a month's care-management services, as a PDF: practice header,
/// addressee, each service with its date, code, allowed amount and the patient's part, the totals
/// and the amount due. A Qualified Medicare Beneficiary's statement is refused, never written.
/// </summary>
public static class PatientStatementPdf
{
    public static Outcome<byte[]> Write(PatientStatementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Share.BillingProhibited is { } prohibited)
        {
            return Outcome<byte[]>.Fail(prohibited);
        }

        if (input.Patient.IsQualifiedMedicareBeneficiary)
        {
            return Outcome<byte[]>.Fail(PatientShareCalculator.QmbFinding);
        }

        if (input.Share.Lines.Count == 0)
        {
            return Outcome<byte[]>.Fail("STATEMENT-NO-SERVICES", $"There are no services for {Month(input.Month)} to put on a statement.");
        }

        using var document = new PdfTextDocument($"Statement {input.StatementNumber}", $"{input.Practice.Name} · Statement {input.StatementNumber}");
        document.Title(input.Practice.Name)
            .Paragraph(AddressLines(input.Practice.Address) + (input.Practice.Phone is { } phone ? $"\nQuestions about this statement: {phone}" : string.Empty))
            .Rule()
            .Heading("Statement")
            .Fields(
            [
                new("Patient", input.Patient.Name),
                new("Mail to", AddressLines(input.Patient.Address)),
                new("Account number", input.Patient.AccountNumber),
                new("Statement number", input.StatementNumber),
                new("Statement date", Date(input.StatementDate)),
                new("Services in", Month(input.Month)),
            ])
            .Heading("Services")
            .Table(
                [new PdfColumn("Date", 1), new PdfColumn("Service", 2.05), new PdfColumn("Allowed", 0.9), new PdfColumn("Deductible", 1.05), new PdfColumn("Coinsurance", 1.3), new PdfColumn("Your share", 0.95, Bold: true)],
                input.Share.Lines.Select(line => (IReadOnlyList<string>)
                [
                    line.Service.ServiceDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
                    Describe(line.Service, input.CodeDescriptions),
                    line.Service.Allowed.ToString(),
                    line.Deductible.ToString(),
                    line.Coinsurance.ToString(),
                    line.PatientOwes.ToString(),
                ]))
            .Heading("Summary")
            .Fields(
            [
                new("Allowed by Medicare", input.Share.Allowed.ToString()),
                new("Paid by Medicare", input.Share.MedicarePays.ToString()),
                new("Part B deductible", input.Share.Deductible.ToString()),
                new("Coinsurance (20%)", input.Share.Coinsurance.ToString()),
            ])
            .Paragraph($"Amount due: {input.Share.AmountDue} by {Date(input.DueDate)}", emphasis: true)
            .Note("Medicare Part B pays 80% of the allowed amount for care management after the yearly deductible; "
                + "the remaining 20% coinsurance is your share. If you have supplemental insurance, it may pay part of this amount. "
                + "If paying is a hardship, please call us.");
        return Outcome<byte[]>.Ok(document.ToBytes());
    }

    private static string Describe(PatientShareService service, IReadOnlyDictionary<HcpcsCode, string>? descriptions)
    {
        var units = service.Units > 1 ? $" × {service.Units.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return descriptions is not null && descriptions.TryGetValue(service.Code, out var description)
            ? $"{service.Code}{units} {description}"
            : $"{service.Code}{units}";
    }

    private static string AddressLines(Address address) =>
        string.Join("\n", new[] { address.Line, $"{address.City}{(address.City is null ? string.Empty : ", ")}{address.State} {address.Zip}".Trim() }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Month(BillingMonth month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
