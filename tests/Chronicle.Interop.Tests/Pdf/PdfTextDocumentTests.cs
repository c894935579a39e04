namespace Chronicle.Interop.Tests.Pdf;

using Chronicle.Interop.Pdf;
using UglyToad.PdfPig;

public sealed class PdfTextDocumentTests
{
    [Fact]
    public void Every_kind_of_block_is_written_as_readable_text()
    {
        using var document = new PdfTextDocument("Test document", "Chronicle test");
        document.Title("Care plan for Ana Núñez")
            .Heading("Goals")
            .Paragraph("Keep blood sugar in range.")
            .Bullets(["Check glucose each morning", "Walk 20 minutes a day"])
            .Fields([new("Billing practitioner", "Dr. Rivera"), new("Next review", "2026-12-15")])
            .Table([new PdfColumn("Code", 1), new PdfColumn("Description", 3)], [["99490", "Chronic care management, first 20 minutes"]])
            .SignatureLine("Patient signature");

        var text = ReadText(document.ToBytes());

        Assert.Contains("Care plan for Ana Núñez", text, StringComparison.Ordinal);
        Assert.Contains("Check glucose each morning", text, StringComparison.Ordinal);
        Assert.Contains("Dr. Rivera", text, StringComparison.Ordinal);
        Assert.Contains("Chronic care management, first 20 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Patient signature", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_content_flows_onto_numbered_pages_without_losing_a_line()
    {
        using var document = new PdfTextDocument("Long", "Footer");
        var items = Enumerable.Range(1, 120).Select(i => $"Line number {i:000} of the list").ToList();
        document.Bullets(items);

        var bytes = document.ToBytes();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(items, item => Assert.Contains(item, text, StringComparison.Ordinal));
        Assert.Contains($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_and_control_characters_are_printed_as_text()
    {
        using var document = new PdfTextDocument("Markup", "Footer");
        document.Paragraph("<script>alert('x')</script>\tand a bell\u0007 here");

        var text = ReadText(document.ToBytes());

        Assert.Contains("<script>alert('x')</script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_wider_than_the_page_is_broken_instead_of_running_off_it()
    {
        using var document = new PdfTextDocument("Wide", "Footer");
        var word = new string('W', 300);
        document.Paragraph(word);

        using var pdf = PdfDocument.Open(document.ToBytes());
        var letters = pdf.GetPage(1).Letters.Where(l => l.Value == "W").ToList();

        Assert.Equal(300, letters.Count);
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right <= pdf.GetPage(1).Width));
    }

    private static string ReadText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).Concat(pdf.GetPages().Select(p => p.Text)));
    }
}
