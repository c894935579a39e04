namespace Chronicle.Application.Enrollment;

using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Consent;

/// <summary>The consent wording for pages: the same text the PDFs print (<see cref="ConsentWording"/>).</summary>
public static class ConsentScript
{
    public static IReadOnlyList<(ConsentDisclosures Disclosure, string Heading, string Text)> Disclosures => ConsentWording.Disclosures;

    public static string Opening => ConsentWording.Opening;

    public static string Question => ConsentWording.Question;

    public static string Closing => ConsentWording.Closing;
}
