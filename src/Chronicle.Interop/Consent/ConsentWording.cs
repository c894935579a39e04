namespace Chronicle.Interop.Consent;

using Chronicle.Domain.Enrollment;

/// <summary>
/// What the patient is told before care management starts, in plain language: the four required
/// disclosures (docs/rules/ccm.md §4) as the verbal script reads them and the printed form shows them.
/// The wizard, the verbal-consent script PDF and the consent form PDF all use this one text.
/// </summary>
public static class ConsentWording
{
    public static IReadOnlyList<(ConsentDisclosures Disclosure, string Heading, string Text)> Disclosures { get; } =
    [
        (ConsentDisclosures.Availability, "The service is available to you",
            "Our practice offers care management for people with long-term health conditions. A nurse or other member of our care team checks in with you between visits, by phone or online, helps with your medicines and your care plan, and works with your other doctors. You can reach us at any time, day or night, about your care."),
        (ConsentDisclosures.CostSharing, "Cost sharing applies",
            "Medicare pays for this service each month it is given. Like other Part B services, your deductible and coinsurance (usually 20%) apply, so you may get a bill for part of the cost. A supplemental plan or Medicaid may pay some or all of it."),
        (ConsentDisclosures.OnePractitioner, "Only one practitioner can bill for it each month",
            "Only one doctor or other practitioner can provide and bill this service for you in a calendar month. If another practice already gives you care management, tell us: you would be choosing one of us."),
        (ConsentDisclosures.RightToStop, "You may stop at any time",
            "You can stop this service at any time by telling us, in person, by phone or in writing. It stops at the end of the calendar month in which you tell us."),
    ];

    public const string Opening =
        "Hello, this is {staff} calling for {practitioner} at {practice}. I would like to tell you about a service we offer to people with long-term health conditions, and ask whether you would like to take part.";

    public const string Question =
        "Does any other doctor or practice already provide care management for you? Would you like to take part in care management with {practitioner}?";

    public const string Closing =
        "Thank you. I will note your answer in your record today. If you change your mind, just tell us.";
}
