namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>Consent per patient, program and billing practitioner (docs/rules/ccm.md §4): validity, revocation, corrections.</summary>
public sealed class ConsentTests
{
    [Fact]
    public void An_accepted_consent_with_all_four_disclosures_is_valid_from_its_month_on()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var consent = Consented(consents, DrAdams, "2026-03-18");

        Assert.True(consent.IsValid);
        Assert.Equal(ConsentDisclosures.None, consent.MissingDisclosures);
        Assert.False(consent.Covers(M("2026-02")));
        Assert.True(consent.Covers(M("2026-03")));
        Assert.True(consent.Covers(M("2031-07")));
        Assert.Equal(ConsentRecordKind.Original, consent.Kind);
        Assert.Equal(consent.Id, consent.OriginalId);
        Assert.Equal(1, consents.Version);
    }

    [Fact]
    public void A_declined_consent_is_recorded_and_is_not_valid()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var consent = consents.Record(Consent(DrAdams, "2026-03-18", decision: ConsentDecision.Declined)).GetValueOrThrow();

        Assert.False(consent.IsValid);
        Assert.False(consent.Covers(M("2026-04")));
        Assert.Single(consents.Records);
    }

    [Theory]
    [InlineData(ConsentDisclosures.None, ConsentDisclosures.All)]
    [InlineData(ConsentDisclosures.Availability | ConsentDisclosures.CostSharing | ConsentDisclosures.OnePractitioner, ConsentDisclosures.RightToStop)]
    [InlineData(ConsentDisclosures.Availability | ConsentDisclosures.OnePractitioner | ConsentDisclosures.RightToStop, ConsentDisclosures.CostSharing)]
    [InlineData(ConsentDisclosures.CostSharing | ConsentDisclosures.OnePractitioner | ConsentDisclosures.RightToStop, ConsentDisclosures.Availability)]
    [InlineData(ConsentDisclosures.Availability | ConsentDisclosures.CostSharing | ConsentDisclosures.RightToStop, ConsentDisclosures.OnePractitioner)]
    [InlineData(ConsentDisclosures.Availability, ConsentDisclosures.CostSharing | ConsentDisclosures.OnePractitioner | ConsentDisclosures.RightToStop)]
    public void An_accepted_consent_missing_a_disclosure_is_not_valid(ConsentDisclosures made, ConsentDisclosures missing)
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var consent = consents.Record(Consent(DrAdams, "2026-03-18", disclosures: made)).GetValueOrThrow();

        Assert.False(consent.IsValid);
        Assert.Equal(missing, consent.MissingDisclosures);
        Assert.False(consent.Covers(M("2026-03")));
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026-03-15")]
    [InlineData("2026-03-31")]
    public void A_revocation_leaves_its_own_month_covered_and_not_the_next(string revokedOn)
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var given = Consented(consents, DrAdams, "2026-01-05");

        var revocation = Assert.Single(consents.Revoke(CareProgram.Ccm, DrAdams, D(revokedOn)).GetValueOrThrow());

        Assert.Equal(ConsentRecordKind.Revocation, revocation.Kind);
        Assert.Equal(given.Id, revocation.Supersedes);
        Assert.Equal(given.OriginalId, revocation.OriginalId);
        Assert.Equal(D(revokedOn), revocation.RevokedOn);
        Assert.True(revocation.Covers(M("2026-02")));
        Assert.True(revocation.Covers(M("2026-03")));
        Assert.False(revocation.Covers(M("2026-04")));
        Assert.Equal([revocation], consents.Current);
        Assert.Null(given.RevokedOn);
    }

    [Fact]
    public void A_revocation_withdraws_every_consent_for_that_program_and_practitioner_and_no_other()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        Consented(consents, DrAdams, "2025-01-05");
        Consented(consents, DrAdams, "2026-01-07");
        var pcm = Consented(consents, DrAdams, "2026-01-07", CareProgram.Pcm);
        var brown = Consented(consents, DrBrown, "2026-01-08");

        var revoked = consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-02-10")).GetValueOrThrow();

        Assert.Equal(2, revoked.Count);
        Assert.Equal(4, consents.Current.Count());
        Assert.Contains(pcm, consents.Current);
        Assert.Contains(brown, consents.Current);
    }

    [Fact]
    public void A_consent_given_after_a_revocation_covers_again_from_its_own_month()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        Consented(consents, DrAdams, "2026-01-05");
        consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-02-10")).GetValueOrThrow();
        var again = Consented(consents, DrAdams, "2026-05-02");

        Assert.Contains(again, consents.Current);
        Assert.DoesNotContain(consents.Current, c => c.Covers(M("2026-04")));
        Assert.Contains(consents.Current, c => c.Covers(M("2026-05")));
    }

    [Theory]
    [InlineData("2026-01-04")]
    [InlineData("2026-03-01")]
    public void There_must_be_an_accepted_consent_given_by_the_date_to_revoke(string revokedOn)
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        Consented(consents, DrAdams, "2026-01-05");
        consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-02-10")).GetValueOrThrow();
        consents.Record(Consent(DrBrown, "2026-01-05", decision: ConsentDecision.Declined)).GetValueOrThrow();
        var count = consents.Records.Count;

        Refused(consents.Revoke(CareProgram.Ccm, DrAdams, D(revokedOn)), EnrollmentCodes.ConsentNotFound);
        Refused(consents.Revoke(CareProgram.Ccm, DrBrown, D(revokedOn)), EnrollmentCodes.ConsentNotFound);
        Assert.Equal(count, consents.Records.Count);
    }

    [Fact]
    public void A_correction_is_a_new_record_that_supersedes_the_one_it_corrects()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var original = consents.Record(Consent(DrAdams, "2026-03-18", disclosures: ConsentDisclosures.All & ~ConsentDisclosures.RightToStop)).GetValueOrThrow();

        var corrected = consents.Correct(original.Id, Consent(DrAdams, "2026-03-18"), "Right to stop was explained; box missed").GetValueOrThrow();

        Assert.Equal(ConsentRecordKind.Correction, corrected.Kind);
        Assert.Equal(original.Id, corrected.Supersedes);
        Assert.Equal(original.Id, corrected.OriginalId);
        Assert.Equal("Right to stop was explained; box missed", corrected.Note);
        Assert.True(corrected.IsValid);
        Assert.False(original.IsValid);
        Assert.Equal([original, corrected], consents.Records);
        Assert.Equal([corrected], consents.Current);
    }

    [Fact]
    public void Only_the_current_version_can_be_corrected_and_a_reason_is_required()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var original = Consented(consents, DrAdams, "2026-03-18");
        consents.Correct(original.Id, Consent(DrAdams, "2026-03-17"), "Date typo").GetValueOrThrow();

        Refused(consents.Correct(original.Id, Consent(DrAdams, "2026-03-16"), "Another typo"), EnrollmentCodes.ConsentSuperseded);
        Refused(consents.Correct(consents.Current.Single().Id, Consent(DrAdams, "2026-03-16"), " "), EnrollmentCodes.ConsentInvalid);
        Refused(consents.Correct(ConsentId.New(), Consent(DrAdams, "2026-03-16"), "Typo"), EnrollmentCodes.ConsentNotFound);
        Assert.Equal(2, consents.Records.Count);
    }

    [Fact]
    public void A_correction_keeps_the_revocation_and_cannot_move_the_consent_after_it()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        Consented(consents, DrAdams, "2026-01-05");
        var revoked = Assert.Single(consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-02-10")).GetValueOrThrow());

        var corrected = consents.Correct(revoked.Id, Consent(DrAdams, "2026-01-06"), "Date typo").GetValueOrThrow();
        Assert.Equal(D("2026-02-10"), corrected.RevokedOn);

        Refused(consents.Correct(corrected.Id, Consent(DrAdams, "2026-02-11"), "Date typo"), EnrollmentCodes.ConsentDateOrder);
        Refused(consents.Correct(corrected.Id, Consent(DrAdams, "2026-01-06", decision: ConsentDecision.Declined), "Was declined"), EnrollmentCodes.ConsentNotAccepted);
    }

    [Fact]
    public void A_revocation_recorded_in_error_can_be_moved_or_withdrawn()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var given = Consented(consents, DrAdams, "2026-01-05");
        Refused(consents.CorrectRevocation(given.Id, D("2026-02-01"), "Not revoked yet"), EnrollmentCodes.ConsentInvalid);
        var revoked = Assert.Single(consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-02-10")).GetValueOrThrow());

        Refused(consents.CorrectRevocation(revoked.Id, D("2026-01-04"), "Earlier"), EnrollmentCodes.ConsentDateOrder);
        var moved = consents.CorrectRevocation(revoked.Id, D("2026-04-02"), "Patient called in April, not February").GetValueOrThrow();
        var withdrawn = consents.CorrectRevocation(moved.Id, null, "Wrong patient").GetValueOrThrow();

        Assert.Equal(ConsentRecordKind.RevocationCorrection, moved.Kind);
        Assert.True(moved.Covers(M("2026-04")));
        Assert.False(moved.Covers(M("2026-05")));
        Assert.True(withdrawn.Covers(M("2026-05")));
        Assert.Equal(given.Id, withdrawn.OriginalId);
        Assert.Equal([withdrawn], consents.Current);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("es-MX", true)]
    [InlineData("zh-Hant", true)]
    [InlineData(" es ", true)]
    [InlineData("", false)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    [InlineData("en_US", false)]
    [InlineData("en-", false)]
    public void The_language_is_a_language_tag(string language, bool valid)
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());

        var outcome = consents.Record(Consent(DrAdams, "2026-03-18") with { Language = language });

        if (valid)
        {
            Assert.Equal(language.Trim(), outcome.GetValueOrThrow().Language);
        }
        else
        {
            Refused(outcome, EnrollmentCodes.ConsentInvalid);
            Assert.Empty(consents.Records);
        }
    }

    [Fact]
    public void A_consent_keeps_every_documented_detail()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var document = SignedDocument.TryCreate(new string('A', 64), "application/PDF").Value!;
        var details = Consent(DrBrown, "2026-03-18", CareProgram.Pcm) with
        {
            Method = ConsentMethod.Written,
            ObtainedBy = NurseLee,
            NoOtherCareManagement = null,
            Language = "es",
            Document = document,
        };

        var consent = consents.Record(details).GetValueOrThrow();

        Assert.Equal(details, consent.Details);
        Assert.Equal(new string('a', 64), consent.DocumentHash);
        Assert.Equal("application/pdf", consent.DocumentMediaType);
    }
}
