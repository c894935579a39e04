namespace Chronicle.Interop.Outreach;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Consent;
using Chronicle.Interop.Pdf;

/// <summary>
/// The enrollment letter, mail-merged: one page per patient in one PDF, each on the practice's
/// letterhead with the patient's name and address, what care management is and what it costs
/// (the consent disclosures' own words, so the letter never promises what the consent does not
/// say), and how to reply. A letter invites; it is not consent, which is recorded when the patient
/// answers (docs/rules/ccm.md §4).
/// </summary>
public static class OutreachLetterPdf
{
    public static byte[] Write(OutreachLetterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Recipients.Count == 0)
        {
            throw new ArgumentException("A letter needs at least one recipient.", nameof(input));
        }

        using var document = new PdfTextDocument($"Care management letters, {Date(input.Date)}", input.Practice.Name, numberPages: false);
        for (var index = 0; index < input.Recipients.Count; index++)
        {
            if (index > 0)
            {
                document.PageBreak();
            }

            Letter(document, input.Practice, input.Recipients[index], input.Date);
        }

        return document.ToBytes();
    }

    private static void Letter(PdfTextDocument document, LetterPractice practice, LetterRecipient recipient, DateOnly date)
    {
        var availability = Disclosure(ConsentDisclosures.Availability);
        var cost = Disclosure(ConsentDisclosures.CostSharing);
        var reply = practice.Phone is { } phone
            ? $"Please call us at {phone}, or tell us at your next visit. If we do not hear from you, a member of our care team may call you."
            : "Please tell us at your next visit or write to us at the address above. A member of our care team may also call you.";
        document.Title(practice.Name)
            .Paragraph(Lines(practice.Address) + (practice.Phone is { } p ? $"\nTelephone {p}" : string.Empty))
            .Rule()
            .Paragraph(Date(date))
            .Paragraph(recipient.Name + (Lines(recipient.Address) is { Length: > 0 } lines ? "\n" + lines : string.Empty))
            .Space(6)
            .Paragraph($"Dear {recipient.Name},")
            .Paragraph("We would like to invite you to take part in care management at our practice.")
            .Subheading("What care management is")
            .Paragraph(availability)
            .Subheading("What it costs")
            .Paragraph(cost)
            .Subheading("How to reply")
            .Paragraph(reply)
            .Paragraph("Taking part is your choice. You can say no, and you can stop at any time.")
            .Space(6)
            .Paragraph($"Sincerely,\nThe care team at {practice.Name}");
    }

    private static string Disclosure(ConsentDisclosures disclosure) =>
        ConsentWording.Disclosures.Single(d => d.Disclosure == disclosure).Text;

    private static string Lines(Address address) =>
        string.Join("\n", new[] { address.Line, $"{address.City}{(address.City is null ? string.Empty : ", ")}{address.State} {address.Zip}".Trim() }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    private static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

public sealed record OutreachLetterInput(LetterPractice Practice, DateOnly Date, IReadOnlyList<LetterRecipient> Recipients);

public sealed record LetterPractice(string Name, Address Address, string? Phone);

/// <param name="Name">The name as the letter addresses the patient ("Eleanor Whitfield").</param>
public sealed record LetterRecipient(string Name, Address Address);
