namespace Chronicle.Interop.Statements;

using System.Globalization;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.Pdf;

/// <summary>
/// The patient statement for a claim's care-management services, as a PDF: practice header,
/// addressee, each service with its date, code, charge, what the payer paid and the patient's part
/// by reason (deductible, coinsurance, other), the totals and the amount due, and where the amounts
/// come from. Before the payer has decided, the same layout is an estimate and says plainly that it
/// is not a bill. A Qualified Medicare Beneficiary's statement is refused, never written.
/// </summary>
public static class PatientStatementPdf
{
    public const string EstimateBanner = "Estimate — not a bill";

    public static Outcome<byte[]> Write(PatientStatementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Patient.IsQualifiedMedicareBeneficiary)
        {
            return Outcome<byte[]>.Fail(PatientShareCalculator.QmbFinding);
        }

        if (input.Amounts.Lines.Count == 0)
        {
            return Outcome<byte[]>.Fail("STATEMENT-NO-SERVICES", $"There are no services for {Month(input.Month)} to put on a statement.");
        }

        var estimate = input.Amounts.IsEstimate;
        var title = estimate ? $"{EstimateBanner} {input.StatementNumber}" : $"Statement {input.StatementNumber}";
        using var document = new PdfTextDocument(title, $"{input.Practice.Name} · {title}");
        document.Title(input.Practice.Name)
            .Paragraph(AddressLines(input.Practice.Address) + (input.Practice.Phone is { } phone ? $"\nQuestions about this statement: {phone}" : string.Empty))
            .Rule();
        if (estimate)
        {
            document.Heading(EstimateBanner)
                .Paragraph($"{input.Payer.Name} has not decided this claim yet. This estimate shows what we expect your share to be; please do not pay from it. "
                    + "You will receive a statement once the payment has been made.", emphasis: true);
        }
        else
        {
            document.Heading("Statement");
        }

        document.Fields(
            [
                new("Patient", input.Patient.Name),
                new("Mail to", AddressLines(input.Patient.Address)),
                new("Account number", input.Patient.AccountNumber),
                new("Statement number", input.StatementNumber),
                new(estimate ? "Estimate date" : "Statement date", Date(input.StatementDate)),
                new("Services in", Month(input.Month)),
            ])
            .Heading("Services")
            .Table(
                [new PdfColumn("Date", 1), new PdfColumn("Service", 1.9), new PdfColumn("Charged", 0.85), new PdfColumn(estimate ? "Payer pays" : "Paid", 0.85),
                    new PdfColumn("Deductible", 0.95), new PdfColumn("Coinsurance", 1.05), new PdfColumn("Other", 0.7), new PdfColumn("Your share", 0.9, Bold: true)],
                input.Amounts.Lines.Select(line => (IReadOnlyList<string>)
                [
                    line.ServiceDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
                    Describe(line, input.CodeDescriptions),
                    line.Charge.ToString(),
                    line.PayerPays.ToString(),
                    line.Deductible.ToString(),
                    line.Coinsurance.ToString(),
                    line.Other.ToString(),
                    line.PatientOwes.ToString(),
                ]))
            .Heading("Summary")
            .Fields(
            [
                new(estimate ? $"Expected from {input.Payer.Name}" : $"Paid by {input.Payer.Name}", input.Amounts.PayerPays.ToString()),
                new("Deductible", input.Amounts.Deductible.ToString()),
                new("Coinsurance", input.Amounts.Coinsurance.ToString()),
                new("Other patient responsibility", input.Amounts.Other.ToString()),
                new("Source", Source(input)),
            ])
            .Paragraph(estimate
                ? $"Estimated share: {input.Amounts.AmountDue} — {EstimateBanner.ToLowerInvariant()}"
                : $"Amount due: {input.Amounts.AmountDue} by {Date(input.DueDate)}", emphasis: true)
            .Note("If you have supplemental insurance, it may pay part of this amount. If paying is a hardship, please call us.");
        return Outcome<byte[]>.Ok(document.ToBytes());
    }

    private static string Source(PatientStatementInput input) => input.Amounts.IsEstimate
        ? "Estimate from the expected payment; the payer has not decided the claim"
        : $"{input.Payer.Name}'s remittance advice (835)"
            + (input.Payer.Trace is { } trace ? $", payment trace {trace}" : string.Empty);

    private static string Describe(StatementLine line, IReadOnlyDictionary<HcpcsCode, string>? descriptions)
    {
        if (line.Code is not { } code)
        {
            return "Claim adjustments";
        }

        var units = line.Units > 1 ? $" × {line.Units.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        return descriptions is not null && descriptions.TryGetValue(code, out var description)
            ? $"{code}{units} {description}"
            : $"{code}{units}";
    }

    private static string AddressLines(Address address) =>
        string.Join("\n", new[] { address.Line, $"{address.City}{(address.City is null ? string.Empty : ", ")}{address.State} {address.Zip}".Trim() }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Month(BillingMonth month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
