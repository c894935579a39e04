namespace Chronicle.IntegrationTests.Enrollment;

using System.Security.Cryptography;
using System.Text;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Infrastructure;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>Consent and the gates of a billable month, through the use cases on both databases.</summary>
public sealed class ConsentGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Consent_revoked_mid_month_leaves_that_month_billable_and_not_the_next(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.ConsentAsync("LK1001"));

        var revoked = Ok(await world.RunAsync<RevokeConsent, Result<int>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), CareProgram.Ccm, world.Staff(FirstPractitioner), new DateOnly(2026, 3, 14), Ct)));

        Assert.Equal(1, revoked);
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        var april = await world.GateAsync("LK1001", March.Next());
        Assert.Equal([EnrollmentCodes.ConsentRevoked], april.Missing.Select(f => f.Code));
        var consent = Ok(await world.RunAsync<CheckMonthConsent, Result<MonthConsent>>(u => u.ExecuteAsync(world.Patient("LK1001"), CareProgram.Ccm, March.Next(), Ct)));
        Assert.False(consent.Consented);
        var history = Ok(await world.StatusAsync("LK1001", March)).Consents;
        Assert.Equal(["revocation", "original"], history.Select(c => c.Kind));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_declined_consent_is_recorded_and_keeps_the_month_from_billing(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1002"));

        Ok(await world.ConsentAsync("LK1002", decision: ConsentDecision.Declined));

        var gate = await world.GateAsync("LK1002", March);
        Assert.Equal([EnrollmentCodes.ConsentDeclined], gate.Missing.Select(f => f.Code));
        var consent = Assert.Single(Ok(await world.StatusAsync("LK1002", March)).Consents);
        Assert.Equal(("declined", false), (consent.Decision, consent.IsValid));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_consent_missing_a_disclosure_names_it(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));

        Ok(await world.ConsentAsync("LK1001", disclosures: ConsentDisclosures.All & ~ConsentDisclosures.CostSharing));

        var finding = Assert.Single((await world.GateAsync("LK1001", March)).Missing);
        Assert.Equal(EnrollmentCodes.ConsentIncomplete, finding.Code);
        Assert.Contains("cost-sharing", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_visit_in_the_past_year_the_gate_asks_for_one_until_it_is_recorded(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001", SecondPractitioner));
        Ok(await world.ConsentAsync("LK1001", SecondPractitioner));
        var needed = Assert.Single((await world.GateAsync("LK1001", March)).Missing);
        Assert.Equal(EnrollmentCodes.VisitNeeded, needed.Code);
        Assert.Contains("99202–99205, 99212–99215", needed.Message, StringComparison.Ordinal);

        var visit = Ok(await world.RunAsync<RecordVisit, Result<Guid>>(u => u.ExecuteAsync(world.Patient("LK1001"), new DateOnly(2025, 12, 1), "G0438", SecondPractitionerNpi, Ct)));
        var again = Ok(await world.RunAsync<RecordVisit, Result<Guid>>(u => u.ExecuteAsync(world.Patient("LK1001"), new DateOnly(2025, 12, 1), "G0438", SecondPractitionerNpi, Ct)));

        Assert.Equal(visit, again);
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_signed_form_is_stored_with_its_sha256_and_reads_back_byte_for_byte(string provider)
    {
        await using var world = await CreateAsync(provider);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% signed consent form\n%%EOF\n");

        var id = Ok(await world.ConsentAsync("LK1001", document: new ConsentFile(pdf, "application/pdf")));

        var consent = Assert.Single(Ok(await world.StatusAsync("LK1001", March)).Consents);
        Assert.Equal(id, consent.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), consent.DocumentHash);
        var file = Ok(await world.RunAsync<GetConsentDocument, Result<ConsentDocumentFile>>(u => u.ExecuteAsync(world.Patient("LK1001"), consent.DocumentHash!, Ct)));
        Assert.Equal(pdf, file.Content);
        Assert.Equal("application/pdf", file.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_that_is_not_a_pdf_or_image_is_refused_and_nothing_written(string provider)
    {
        await using var world = await CreateAsync(provider);
        var before = await world.CountsAsync();

        Refused(await world.ConsentAsync("LK1001", document: new ConsentFile(Encoding.UTF8.GetBytes("<html>not a form</html>"), "application/pdf")), EnrollmentErrors.DocumentInvalid);

        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_practice_wide_month_check_answers_every_enrolled_patient_at_once(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.ConsentAsync("LK1001"));
        Ok(await world.EnrollAsync("LK1002"));

        var month = Ok(await world.RunAsync<CheckMonthConsent, Result<IReadOnlyList<MonthConsent>>>(u => u.ForPracticeAsync(null, CareProgram.Ccm, March, Ct)));

        var byPatient = month.ToDictionary(m => m.PatientId);
        Assert.Equal(2, byPatient.Count);
        Assert.True(byPatient[world.Patient("LK1001")].Billable);
        Assert.Equal(world.Staff(Nurse), byPatient[world.Patient("LK1001")].CareManagerId);
        Assert.False(byPatient[world.Patient("LK1002")].Consented);
        Assert.Equal([EnrollmentCodes.ConsentMissing], byPatient[world.Patient("LK1002")].Missing.Select(f => f.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_may_read_their_enrollment_but_not_change_it(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));
        var patient = world.Patient("LK1001");
        var actor = new Actor("u1", "patient", Roles.Patient, AccessSurface.Web, null, null, new PatientId(patient));
        var before = await world.CountsAsync();

        var visit = await world.RunAsAsync<RecordVisit, Result<Guid>>(actor, u => u.ExecuteAsync(patient, new DateOnly(2026, 1, 1), "99213", "1625384973", Ct));
        var status = await world.RunAsAsync<GetEnrollmentStatus, Result<PatientEnrollmentStatus>>(actor, u => u.ExecuteAsync(patient, March, Ct));
        var other = await world.RunAsAsync<GetEnrollmentStatus, Result<PatientEnrollmentStatus>>(actor, u => u.ExecuteAsync(world.Patient("LK1002"), March, Ct));

        Refused(visit, PatientAccess.NoAccessCode);
        Assert.Equal("enrolled", Assert.Single(Ok(status).Enrollments).Status);
        Refused(other, Chronicle.Application.Patients.GetPatientChart.UnknownPatientCode);
        Assert.Equal(before.Enrollments, (await world.CountsAsync()).Enrollments);
    }
}
