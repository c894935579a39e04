namespace Chronicle.IntegrationTests.Enrollment;

using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Infrastructure;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>Every enrollment transition through the use cases, persisted and read back.</summary>
public sealed class EnrollmentLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_candidate_becomes_billable_once_enrolled_consented_and_given_a_care_manager(string provider)
    {
        await using var world = await CreateAsync(provider);
        var candidate = Ok(await world.RunAsync<ProposeEnrollment, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), CareProgram.Ccm, world.Staff(FirstPractitioner), new DateOnly(2026, 1, 2), Ct)));
        Assert.Equal([EnrollmentCodes.NotEnrolled], (await world.GateAsync("LK1001", March)).Missing.Select(f => f.Code));

        Ok(await world.RunAsync<EnrollPatient, Result<Guid>>(u =>
            u.ExecuteAsync(new EnrollRequest(world.Patient("LK1001"), EnrollmentId: candidate, Start: new DateOnly(2026, 1, 5)), Ct)));
        Assert.Equal(
            [EnrollmentCodes.ConsentMissing, EnrollmentCodes.CareManagerMissing],
            (await world.GateAsync("LK1001", March)).Missing.Select(f => f.Code));

        Ok(await world.RunAsync<AssignCareManager, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), candidate, world.Staff(Nurse), new DateOnly(2026, 1, 6), Ct)));
        Ok(await world.ConsentAsync("LK1001", date: new DateOnly(2026, 1, 10)));
        var january = await world.GateAsync("LK1001", new BillingMonth(2026, 1));

        Assert.True(january.IsBillable);
        Assert.Equal(new DateOnly(2026, 1, 10), january.BillableFrom);
        Assert.Equal(new DateOnly(2025, 10, 14), january.InitiatingVisitDate);
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_declined_enrollment_needs_a_reason_is_kept_in_the_history_and_can_be_reopened(string provider)
    {
        await using var world = await CreateAsync(provider);
        var candidate = Ok(await world.RunAsync<ProposeEnrollment, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1002"), CareProgram.Ccm, world.Staff(FirstPractitioner), null, Ct)));

        Refused(await Close(world, "LK1002", candidate, EnrollmentOutcome.Declined, null), EnrollmentCodes.ReasonRequired);
        Ok(await Close(world, "LK1002", candidate, EnrollmentOutcome.Declined, "Cost of coinsurance"));
        Assert.Equal("declined", Assert.Single(Ok(await world.StatusAsync("LK1002", March)).Enrollments).Status);
        Ok(await Close(world, "LK1002", candidate, EnrollmentOutcome.Reopened, null));

        var enrollment = Assert.Single(Ok(await world.StatusAsync("LK1002", March)).Enrollments);
        Assert.Equal("candidate", enrollment.Status);
        Assert.Equal(["proposed", "declined", "reopened"], enrollment.History.Select(h => h.Kind));
        Assert.Equal("Cost of coinsurance", enrollment.History[1].Reason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ineligible_enrolled_elsewhere_and_moved_end_an_enrollment_on_their_date(string provider)
    {
        await using var world = await CreateAsync(provider);
        var cases = new[] { ("LK1001", EnrollmentOutcome.Ineligible, "ineligible"), ("LK1002", EnrollmentOutcome.EnrolledElsewhere, "enrolled-elsewhere"), ("LK1003", EnrollmentOutcome.Moved, "moved") };
        foreach (var (mrn, outcome, status) in cases)
        {
            var id = Ok(await world.EnrollAsync(mrn));
            Ok(await world.ConsentAsync(mrn));
            Ok(await Close(world, mrn, id, outcome, "Told by the patient", new DateOnly(2026, 2, 10)));

            var enrollment = Assert.Single(Ok(await world.StatusAsync(mrn, March)).Enrollments);
            Assert.Equal((status, (DateOnly?)new DateOnly(2026, 2, 10)), (enrollment.Status, enrollment.End));
            Assert.True((await world.GateAsync(mrn, new BillingMonth(2026, 2))).IsBillable);
            Assert.Equal([EnrollmentCodes.NotEnrolled], (await world.GateAsync(mrn, March)).Missing.Select(f => f.Code));
            Refused(await Close(world, mrn, id, EnrollmentOutcome.Declined, "again"), EnrollmentCodes.Transition);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Death_ends_every_enrollment_leaving_the_month_of_death_billable(string provider)
    {
        await using var world = await CreateAsync(provider);
        var ccm = Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.ConsentAsync("LK1001"));
        Ok(await world.RunAsync<ProposeEnrollment, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), CareProgram.Pcm, world.Staff(SecondPractitioner), null, Ct)));

        Ok(await Close(world, "LK1001", ccm, EnrollmentOutcome.Deceased, null, new DateOnly(2026, 3, 9)));

        var status = Ok(await world.StatusAsync("LK1001", March));
        Assert.All(status.Enrollments, e => Assert.Equal("deceased", e.Status));
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        Assert.False((await world.GateAsync("LK1001", March.Next())).IsBillable);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Opting_out_ends_the_enrollment_at_month_end_and_revokes_the_consent(string provider)
    {
        await using var world = await CreateAsync(provider);
        var id = Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.ConsentAsync("LK1001"));

        Ok(await world.RunAsync<UnenrollPatient, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), id, new DateOnly(2026, 3, 10), "Does not want calls", revokeConsent: true, Ct)));

        var status = Ok(await world.StatusAsync("LK1001", March));
        var enrollment = Assert.Single(status.Enrollments);
        Assert.Equal(("unenrolled", (DateOnly?)new DateOnly(2026, 3, 31)), (enrollment.Status, enrollment.End));
        Assert.Equal(new DateOnly(2026, 3, 10), status.Consents.Single(c => c.IsCurrent).RevokedOn);
        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        Assert.Equal([EnrollmentCodes.NotEnrolled], (await world.GateAsync("LK1001", March.Next())).Missing.Select(f => f.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transfer_needs_a_new_consent_and_an_initiating_visit_by_the_new_practitioner(string provider)
    {
        await using var world = await CreateAsync(provider);
        var first = Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.ConsentAsync("LK1001"));

        var second = Ok(await world.RunAsync<TransferEnrollment, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), first, world.Staff(SecondPractitioner), new BillingMonth(2026, 4), null, Ct)));

        Assert.True((await world.GateAsync("LK1001", March)).IsBillable);
        var april = await world.GateAsync("LK1001", new BillingMonth(2026, 4));
        Assert.Equal(second, april.EnrollmentId);
        Assert.Equal([EnrollmentCodes.VisitNeeded, EnrollmentCodes.ConsentOtherPractitioner], april.Missing.Select(f => f.Code));

        Ok(await world.RunAsync<RecordVisit, Result<Guid>>(u => u.ExecuteAsync(world.Patient("LK1001"), new DateOnly(2026, 3, 20), "99214", SecondPractitionerNpi, Ct)));
        Ok(await world.ConsentAsync("LK1001", SecondPractitioner, new DateOnly(2026, 3, 20)));
        april = await world.GateAsync("LK1001", new BillingMonth(2026, 4));

        Assert.True(april.IsBillable, string.Join("; ", april.Missing));
        var status = Ok(await world.StatusAsync("LK1001", March));
        Assert.Equal(("transferred", (DateOnly?)new DateOnly(2026, 3, 31)), (status.Enrollments.Single(e => e.Id == first).Status, status.Enrollments.Single(e => e.Id == first).End));
        Assert.Equal("Tomas Reyes, RN", status.Enrollments.Single(e => e.Id == second).CareManagerName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_overlapping_enrollment_is_refused_with_a_clear_message_and_nothing_written(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001", start: new DateOnly(2026, 1, 5)));
        var before = await world.CountsAsync();

        var refused = Refused(await world.EnrollAsync("LK1001", SecondPractitioner, new DateOnly(2026, 1, 20)), EnrollmentCodes.Overlap);

        Assert.Equal(
            "The patient is already enrolled in CCM with NPI 1625384973 from 2026-01-05 with no end date. Only one practitioner may bill CCM for a patient in a calendar month, so enrollments may not share a month. End or transfer that enrollment first.",
            refused.Message);
        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_must_be_clinical_staff_and_a_practitioner_must_bill(string provider)
    {
        await using var world = await CreateAsync(provider);
        var before = await world.CountsAsync();

        Refused(await world.EnrollAsync("LK1001", careManager: Clerk), EnrollmentErrors.NotCareTeam);
        Refused(await world.EnrollAsync("LK1001", practitioner: Nurse), EnrollmentErrors.NotPractitioner);

        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enrolled_patients_are_listed_by_status_and_by_care_manager_and_month(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));
        Ok(await world.EnrollAsync("LK1002", careManager: FirstPractitioner));
        var declined = Ok(await world.RunAsync<ProposeEnrollment, Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1003"), CareProgram.Ccm, world.Staff(FirstPractitioner), null, Ct)));
        Ok(await Close(world, "LK1003", declined, EnrollmentOutcome.Declined, "Not interested"));

        var enrolled = Ok(await world.RunAsync<ListEnrollments, Result<EnrollmentList>>(u => u.ExecuteAsync(new EnrollmentListQuery(EnrollmentStatus.Enrolled), Ct)));
        var nurses = Ok(await world.RunAsync<ListCareManagerPatients, Result<EnrollmentList>>(u => u.ExecuteAsync(world.Staff(Nurse), March, Ct)));
        var beforeStart = Ok(await world.RunAsync<ListCareManagerPatients, Result<EnrollmentList>>(u => u.ExecuteAsync(world.Staff(Nurse), new BillingMonth(2025, 12), Ct)));

        Assert.Equal(["LK1002", "LK1001"], enrolled.Rows.Select(r => r.Mrn));
        Assert.Equal(2, enrolled.CountsByStatus["enrolled"]);
        Assert.Equal(1, enrolled.CountsByStatus["declined"]);
        Assert.Equal(["LK1001"], nurses.Rows.Select(r => r.Mrn));
        Assert.Empty(beforeStart.Rows);
    }

    private static Task<Result<Guid>> Close(EnrollmentWorld world, string mrn, Guid id, EnrollmentOutcome outcome, string? reason, DateOnly? date = null) =>
        world.RunAsync<CloseEnrollment, Result<Guid>>(u => u.ExecuteAsync(world.Patient(mrn), id, outcome, date ?? new DateOnly(2026, 3, 1), reason, Ct));
}
