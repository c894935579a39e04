namespace Chronicle.Interop.Tests.Consent;

using Chronicle.Interop.Consent;
using UglyToad.PdfPig;

/// <summary>The consent form and the verbal script, read back with PdfPig: the four disclosures and who they name.</summary>
public sealed class ConsentPdfTests
{
    private static readonly ConsentPdfFacts Facts = new(
        "Chronic care management", "Eleanor Whitfield", new DateOnly(1948, 6, 14), "Lakeside Internal Medicine", "Harriet Okafor, MD", "1625384973");

    public static TheoryData<string> Kinds => new("form", "script");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_document_states_the_four_disclosures_in_plain_language(string kind)
    {
        var text = ReadText(kind == "form" ? ConsentPdfs.Form(Facts) : ConsentPdfs.Script(Facts));

        Assert.Contains("1. The service is available to you", text, StringComparison.Ordinal);
        Assert.Contains("2. Cost sharing applies", text, StringComparison.Ordinal);
        Assert.Contains("3. Only one practitioner can bill for it each month", text, StringComparison.Ordinal);
        Assert.Contains("4. You may stop at any time", text, StringComparison.Ordinal);
        Assert.Contains("coinsurance (usually 20%)", text, StringComparison.Ordinal);
        Assert.Contains("It stops at the end of the calendar month", text, StringComparison.Ordinal);
        Assert.Contains("Harriet Okafor, MD (NPI 1625384973)", text, StringComparison.Ordinal);
        Assert.Contains("Eleanor Whitfield", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_form_has_the_answers_and_a_place_to_sign()
    {
        var text = ReadText(ConsentPdfs.Form(Facts));

        Assert.Contains("No other doctor or practice provides care management for me.", text, StringComparison.Ordinal);
        Assert.Contains("Signature of the patient or their representative", text, StringComparison.Ordinal);
        Assert.Contains("June 14, 1948", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_fills_in_the_practitioner_and_the_practice()
    {
        var text = ReadText(ConsentPdfs.Script(Facts));

        Assert.Contains("calling for Harriet Okafor, MD at Lakeside Internal Medicine", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{practitioner}", text, StringComparison.Ordinal);
    }

    private static string ReadText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        // Words joined by single spaces, so a phrase wrapped across lines still reads as one.
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
