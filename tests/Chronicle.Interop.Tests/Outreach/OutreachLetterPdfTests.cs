namespace Chronicle.Interop.Tests.Outreach;

using Chronicle.Domain.Common;
using Chronicle.Interop.Outreach;
using UglyToad.PdfPig;

public sealed class OutreachLetterPdfTests
{
    private static readonly LetterPractice Practice = new("Sunrise Chronic Care Clinic", new Address("100 Main Street", "Springfield", "IL", "62701"), "(217) 555-0100");

    [Fact]
    public void Each_patient_gets_one_page_with_their_name_address_the_cost_sharing_and_how_to_reply()
    {
        LetterRecipient[] recipients =
        [
            new("Ana Núñez-O'Brien", new Address("12 Elm Street", "Peoria", "IL", "61602-1234")),
            new("Walter Brennan", new Address("8 Oak Road, Apt 2", "Springfield", "IL", "62704")),
            new("Grace Lindqvist", Address.Empty),
        ];

        using var pdf = PdfDocument.Open(OutreachLetterPdf.Write(new OutreachLetterInput(Practice, new DateOnly(2026, 3, 15), recipients)));

        Assert.Equal(recipients.Length, pdf.NumberOfPages);
        for (var i = 0; i < recipients.Length; i++)
        {
            var text = WithoutSpaces(string.Join(" ", pdf.GetPage(i + 1).GetWords().Select(w => w.Text)));
            Assert.Contains(WithoutSpaces("Sunrise Chronic Care Clinic"), text, StringComparison.Ordinal);
            Assert.Contains(WithoutSpaces($"Dear {recipients[i].Name},"), text, StringComparison.Ordinal);
            Assert.Contains(WithoutSpaces("March 15, 2026"), text, StringComparison.Ordinal);
            Assert.Contains(WithoutSpaces("coinsurance (usually 20%)"), text, StringComparison.Ordinal);
            Assert.Contains(WithoutSpaces("call us at (217) 555-0100"), text, StringComparison.Ordinal);
            Assert.DoesNotContain("Pageof", text, StringComparison.Ordinal);
            foreach (var other in recipients.Where((_, j) => j != i))
            {
                Assert.DoesNotContain(WithoutSpaces(other.Name), text, StringComparison.Ordinal);
            }
        }

        var first = WithoutSpaces(string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Contains(WithoutSpaces("Peoria, IL 61602-1234"), first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practice_without_a_phone_asks_for_a_reply_at_the_next_visit_or_by_mail()
    {
        using var pdf = PdfDocument.Open(OutreachLetterPdf.Write(new OutreachLetterInput(
            Practice with { Phone = null }, new DateOnly(2026, 3, 15), [new("Walter Brennan", Address.Empty)])));

        var text = WithoutSpaces(string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains(WithoutSpaces("write to us at the address above"), text, StringComparison.Ordinal);
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
