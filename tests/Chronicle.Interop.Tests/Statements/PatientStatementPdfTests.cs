namespace Chronicle.Interop.Tests.Statements;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.Statements;
using UglyToad.PdfPig;

public sealed class PatientStatementPdfTests
{
    private static readonly BillingMonth January = new(2026, 1);

    [Fact]
    public void A_statement_from_the_remittance_reads_back_with_header_addressee_services_reasons_source_and_amount_due()
    {
        var amounts = Remittance(
            Line(1, "99490", 20, charge: 7500, paid: 2159, deductible: 3300, coinsurance: 541),
            Line(2, "99439", 31, charge: 5500, paid: 3674, deductible: 0, coinsurance: 919));

        var text = WithoutSpaces(ReadText(PatientStatementPdf.Write(Input(amounts)).GetValueOrThrow()));

        string[] inOrder =
        [
            "Sunrise Chronic Care Clinic", "100 Main Street", "Springfield, IL 62701", "(217) 555-0100",
            "Statement", "Ana Núñez-O'Brien", "12 Elm Street", "Peoria, IL 61602", "MRN-0042", "S-2026-01-0042", "February 5, 2026", "January 2026",
            "01/20/2026", "99490 Chronic care management, first 20 minutes", "$75.00", "$21.59", "$33.00", "$5.41", "$0.00", "$38.41",
            "01/31/2026", "99439 Chronic care management, each additional 20 minutes", "$55.00", "$36.74", "$0.00", "$9.19", "$0.00", "$9.19",
            "Paid by Medicare Part B", "$58.33", "Deductible", "$33.00", "Coinsurance", "$14.60", "Other patient responsibility", "$0.00",
            "Source", "Medicare Part B's remittance advice (835), payment trace EFT-0042",
            "Amount due: $47.60 by March 7, 2026", "Page 1 of 1",
        ];
        AssertInOrder(text, inOrder);
        Assert.DoesNotContain("Estimate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_estimate_says_plainly_that_it_is_not_a_bill()
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput([Service("99490", 6049, 20)], IsQualifiedMedicareBeneficiary: false, null));
        var line = share.Lines[0];
        var amounts = new StatementAmounts(
            StatementSource.Estimate,
            [new StatementLine(1, line.Service.Code, 1, line.Service.ServiceDate, new Money(7500), line.MedicarePays, line.Deductible, line.Coinsurance, Money.Zero)],
            new Money(7500), share.MedicarePays, share.Deductible, share.Coinsurance, Money.Zero);

        var text = WithoutSpaces(ReadText(PatientStatementPdf.Write(Input(amounts)).GetValueOrThrow()));

        AssertInOrder(text, [PatientStatementPdf.EstimateBanner, "has not decided this claim yet", "Estimate date", "Expected from Medicare Part B", "$48.39",
            "Estimate from the expected payment", "Estimated share: $12.10", "Page 1 of 1"]);
        Assert.DoesNotContain(WithoutSpaces("Amount due"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualified_medicare_beneficiary_statement_is_refused()
    {
        var input = Input(Remittance(Line(1, "99490", 20, 7500, 4839, 0, 1210)));

        var outcome = PatientStatementPdf.Write(input with { Patient = input.Patient with { IsQualifiedMedicareBeneficiary = true } });

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Value);
        Assert.Equal(PatientShareCalculator.QmbCode, outcome.Failure!.Code);
    }

    [Fact]
    public void A_statement_without_services_is_refused()
    {
        var outcome = PatientStatementPdf.Write(Input(Remittance()));

        Assert.Equal("STATEMENT-NO-SERVICES", outcome.Failure?.Code);
    }

    [Fact]
    public void Units_codes_without_a_description_and_claim_level_adjustments_still_print()
    {
        var amounts = Remittance(
            new StatementLine(1, HcpcsCode.Parse("99439"), 2, new DateOnly(2026, 1, 31), new Money(11000), new Money(7349), Money.Zero, new Money(1837), Money.Zero),
            new StatementLine(null, null, 0, new DateOnly(2026, 1, 31), Money.Zero, Money.Zero, Money.Zero, Money.Zero, new Money(500)));

        var text = ReadText(PatientStatementPdf.Write(Input(amounts) with { CodeDescriptions = null }).GetValueOrThrow());

        Assert.Contains("99439 × 2", text, StringComparison.Ordinal);
        Assert.Contains("Claim adjustments", text, StringComparison.Ordinal);
        Assert.Contains("Amount due: $23.37", text, StringComparison.Ordinal);
    }

    private static StatementAmounts Remittance(params StatementLine[] lines) => new(
        StatementSource.Remittance,
        lines,
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.Charge),
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.PayerPays),
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.Deductible),
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.Coinsurance),
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.Other));

    private static StatementLine Line(int number, string code, int day, long charge, long paid, long deductible, long coinsurance) =>
        new(number, HcpcsCode.Parse(code), 1, new DateOnly(2026, 1, day), new Money(charge), new Money(paid), new Money(deductible), new Money(coinsurance), Money.Zero);

    private static PatientStatementInput Input(StatementAmounts amounts) => new(
        new StatementPractice("Sunrise Chronic Care Clinic", new Address("100 Main Street", "Springfield", "IL", "62701"), "(217) 555-0100"),
        new StatementPatient("Ana Núñez-O'Brien", new Address("12 Elm Street", "Peoria", "IL", "61602"), "MRN-0042", IsQualifiedMedicareBeneficiary: false),
        January,
        new DateOnly(2026, 2, 5),
        new DateOnly(2026, 3, 7),
        "S-2026-01-0042",
        amounts,
        new StatementPayer("Medicare Part B", "EFT-0042"),
        new Dictionary<HcpcsCode, string>
        {
            [HcpcsCode.Parse("99490")] = "Chronic care management, first 20 minutes",
            [HcpcsCode.Parse("99439")] = "Chronic care management, each additional 20 minutes",
        });

    private static PatientShareService Service(string code, long allowedCents, int day, int units = 1) =>
        new(HcpcsCode.Parse(code), units, new DateOnly(2026, 1, day), new Money(allowedCents));

    private static void AssertInOrder(string text, IEnumerable<string> inOrder)
    {
        var at = 0;
        foreach (var expected in inOrder)
        {
            var found = text.IndexOf(WithoutSpaces(expected), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{expected}' not found after position {at} in: {text}");
            at = found + WithoutSpaces(expected).Length;
        }
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string ReadText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
