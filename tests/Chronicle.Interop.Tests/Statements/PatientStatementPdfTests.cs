namespace Chronicle.Interop.Tests.Statements;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Interop.Statements;
using UglyToad.PdfPig;

public sealed class PatientStatementPdfTests
{
    private static readonly BillingMonth January = new(2026, 1);

    [Fact]
    public void The_statement_reads_back_with_header_addressee_services_shares_and_amount_due()
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput(
            [Service("99490", 6049, 20), Service("99439", 4593, 31)],
            IsQualifiedMedicareBeneficiary: false,
            new PartBDeductible(new Money(28300), new Money(25000))));

        // Table cells wrap where the font's metrics say, so the words are compared without their spaces.
        var text = WithoutSpaces(ReadText(PatientStatementPdf.Write(Input(share)).GetValueOrThrow()));

        string[] inOrder =
        [
            "Sunrise Chronic Care Clinic", "100 Main Street", "Springfield, IL 62701", "(217) 555-0100",
            "Statement", "Ana Núñez-O'Brien", "12 Elm Street", "Peoria, IL 61602", "MRN-0042", "S-2026-01-0042", "February 5, 2026", "January 2026",
            "01/20/2026", "99490 Chronic care management, first 20 minutes", "$60.49", "$33.00", "$5.50", "$38.50",
            "01/31/2026", "99439 Chronic care management, each additional 20 minutes", "$45.93", "$0.00", "$9.19", "$9.19",
            "Allowed by Medicare", "$106.42", "Paid by Medicare", "$58.73", "Part B deductible", "$33.00", "Coinsurance (20%)", "$14.69",
            "Amount due: $47.69 by March 7, 2026", "Page 1 of 1",
        ];
        var at = 0;
        foreach (var expected in inOrder)
        {
            var found = text.IndexOf(WithoutSpaces(expected), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{expected}' not found after position {at} in: {text}");
            at = found + WithoutSpaces(expected).Length;
        }
    }

    [Fact]
    public void A_qualified_medicare_beneficiary_statement_is_refused()
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput([Service("99490", 6049, 20)], IsQualifiedMedicareBeneficiary: true, null));

        var outcome = PatientStatementPdf.Write(Input(share));

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Value);
        Assert.Equal(PatientShareCalculator.QmbCode, outcome.Failure!.Code);
    }

    [Fact]
    public void A_qualified_medicare_beneficiary_is_refused_even_when_the_share_was_worked_out_without_the_flag()
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput([Service("99490", 6049, 20)], IsQualifiedMedicareBeneficiary: false, null));
        var input = Input(share);

        var outcome = PatientStatementPdf.Write(input with { Patient = input.Patient with { IsQualifiedMedicareBeneficiary = true } });

        Assert.Equal(PatientShareCalculator.QmbCode, outcome.Failure?.Code);
    }

    [Fact]
    public void A_statement_without_services_is_refused()
    {
        var outcome = PatientStatementPdf.Write(Input(PatientShareCalculator.Calculate(new PatientShareInput([], false, null))));

        Assert.Equal("STATEMENT-NO-SERVICES", outcome.Failure?.Code);
    }

    [Fact]
    public void Units_and_codes_without_a_description_still_print()
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput([Service("99439", 9186, 31, units: 2)], false, null));

        var text = ReadText(PatientStatementPdf.Write(Input(share) with { CodeDescriptions = null }).GetValueOrThrow());

        Assert.Contains("99439 × 2", text, StringComparison.Ordinal);
        Assert.Contains("Amount due: $18.37", text, StringComparison.Ordinal);
    }

    private static PatientStatementInput Input(PatientShareResult share) => new(
        new StatementPractice("Sunrise Chronic Care Clinic", new Address("100 Main Street", "Springfield", "IL", "62701"), "(217) 555-0100"),
        new StatementPatient("Ana Núñez-O'Brien", new Address("12 Elm Street", "Peoria", "IL", "61602"), "MRN-0042", IsQualifiedMedicareBeneficiary: false),
        January,
        new DateOnly(2026, 2, 5),
        new DateOnly(2026, 3, 7),
        "S-2026-01-0042",
        share,
        new Dictionary<HcpcsCode, string>
        {
            [HcpcsCode.Parse("99490")] = "Chronic care management, first 20 minutes",
            [HcpcsCode.Parse("99439")] = "Chronic care management, each additional 20 minutes",
        });

    private static PatientShareService Service(string code, long allowedCents, int day, int units = 1) =>
        new(HcpcsCode.Parse(code), units, new DateOnly(2026, 1, day), new Money(allowedCents));

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string ReadText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
