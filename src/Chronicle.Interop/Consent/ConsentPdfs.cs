namespace Chronicle.Interop.Consent;

using Chronicle.Interop.Pdf;

/// <summary>
/// The printable consent form and the verbal-consent script, in plain language, each carrying the
/// four required disclosures (<see cref="ConsentWording"/>) so that the patient reads, or hears,
/// exactly what Chronicle records as explained.
/// </summary>
public static class ConsentPdfs
{
    public static byte[] Form(ConsentPdfFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var document = new PdfTextDocument($"{facts.ProgramName}: consent form", $"{facts.PracticeName} · consent to {facts.ProgramName.ToLowerInvariant()}");
        document.Title($"Consent to {facts.ProgramName.ToLowerInvariant()}")
            .Fields([
                new("Patient", facts.PatientName),
                new("Date of birth", facts.BirthDate.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)),
                new("Practice", facts.PracticeName),
                new("Practitioner", $"{facts.PractitionerName} (NPI {facts.PractitionerNpi})"),
            ])
            .Paragraph("Please read this page, or have it read to you, and ask us anything that is not clear. Before you agree, we must tell you four things:");
        var number = 1;
        foreach (var (_, heading, text) in ConsentWording.Disclosures)
        {
            document.Heading($"{number++}. {heading}").Paragraph(text);
        }

        document.Heading("Your answers")
            .Bullets([
                "[ ]  No other doctor or practice provides care management for me.",
                $"[ ]  I agree to take part in {facts.ProgramName.ToLowerInvariant()} with {facts.PractitionerName}.",
                "[ ]  I do not want to take part.",
            ])
            .SignatureLine("Signature of the patient or their representative")
            .SignatureLine("Date")
            .SignatureLine("Name of the staff member who explained this form")
            .Note("Keep a copy of this page. You can stop at any time by telling us; it stops at the end of that calendar month.");
        return document.ToBytes();
    }

    public static byte[] Script(ConsentPdfFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var document = new PdfTextDocument($"{facts.ProgramName}: verbal consent script", $"{facts.PracticeName} · verbal consent script");
        string Fill(string text) => text
            .Replace("{staff}", "[your name]", StringComparison.Ordinal)
            .Replace("{practitioner}", facts.PractitionerName, StringComparison.Ordinal)
            .Replace("{practice}", facts.PracticeName, StringComparison.Ordinal);
        document.Title($"Verbal consent script: {facts.ProgramName.ToLowerInvariant()}")
            .Fields([new("Patient", facts.PatientName), new("Practitioner", $"{facts.PractitionerName} (NPI {facts.PractitionerNpi})")])
            .Paragraph("Read each part aloud. Stop after each one and ask whether the patient has a question.", emphasis: true)
            .Paragraph(Fill(ConsentWording.Opening));
        var number = 1;
        foreach (var (_, heading, text) in ConsentWording.Disclosures)
        {
            document.Heading($"{number++}. {heading}").Paragraph(text);
        }

        document.Heading("Ask")
            .Paragraph(Fill(ConsentWording.Question))
            .Paragraph(Fill(ConsentWording.Closing))
            .Heading("Then record in Chronicle")
            .Bullets([
                "Which of the four points you explained.",
                "The patient's answer about care management elsewhere.",
                "Whether they accepted or declined, the date, the language, and your name.",
            ]);
        return document.ToBytes();
    }
}

/// <summary>What the consent documents name: the patient, the practice, the billing practitioner and the program.</summary>
public sealed record ConsentPdfFacts(string ProgramName, string PatientName, DateOnly BirthDate, string PracticeName, string PractitionerName, string PractitionerNpi);
