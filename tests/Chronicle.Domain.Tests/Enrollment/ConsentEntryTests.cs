namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>
/// A consent a person enters now (the wizard, the API): an accepted consent needs its four
/// disclosures, or the explicit choice to record it as incomplete (issue 20 item 4).
/// </summary>
public sealed class ConsentEntryTests
{
    [Theory]
    [InlineData(ConsentDecision.Accepted, ConsentDisclosures.All, false, null)]
    [InlineData(ConsentDecision.Accepted, ConsentDisclosures.None, false, EnrollmentCodes.ConsentDisclosuresMissing)]
    [InlineData(ConsentDecision.Accepted, ConsentDisclosures.Availability | ConsentDisclosures.CostSharing | ConsentDisclosures.OnePractitioner, false, EnrollmentCodes.ConsentDisclosuresMissing)]
    [InlineData(ConsentDecision.Accepted, ConsentDisclosures.None, true, null)]
    [InlineData(ConsentDecision.Declined, ConsentDisclosures.None, false, null)]
    public void An_accepted_consent_without_its_disclosures_needs_the_choice_to_record_it_incomplete(
        ConsentDecision decision, ConsentDisclosures told, bool recordIncomplete, string? refusal)
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var outcome = consents.Record(Consent(DrAdams, "2026-03-18", decision: decision, disclosures: told), recordIncomplete);

        Assert.Equal(refusal, outcome.Failure?.Code);
        Assert.Equal(refusal is null ? 1 : 0, consents.Records.Count);
    }

    [Fact]
    public void The_refusal_names_the_missing_disclosures_and_the_way_forward()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var refused = consents.Record(Consent(DrAdams, "2026-03-18", disclosures: ConsentDisclosures.Availability | ConsentDisclosures.OnePractitioner), false).Failure!;

        Assert.Contains("cost-sharing, right-to-stop", refused.Message, StringComparison.Ordinal);
        Assert.Contains("record the consent as incomplete", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consent_recorded_incomplete_by_choice_is_kept_and_does_not_support_billing()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var consent = consents.Record(Consent(DrAdams, "2026-03-18", disclosures: ConsentDisclosures.CostSharing), recordIncomplete: true).GetValueOrThrow();

        Assert.False(consent.IsValid);
        Assert.False(consent.Covers(M("2026-03")));
        Assert.Equal(ConsentDisclosures.All & ~ConsentDisclosures.CostSharing, consent.MissingDisclosures);
    }
}
