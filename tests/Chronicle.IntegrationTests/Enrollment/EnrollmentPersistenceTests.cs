namespace Chronicle.IntegrationTests.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>The aggregates round-trip through the database, and Version keeps concurrent changes from both being saved.</summary>
public sealed class EnrollmentPersistenceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enrollment_history_and_consent_ledger_read_back_as_they_were_written(string provider)
    {
        await using var world = await CreateAsync(provider);
        var enrollmentId = Ok(await world.EnrollAsync("LK1001", careManager: null));
        Ok(await world.RunAsync<AssignCareManager, Chronicle.Application.Common.Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), enrollmentId, world.Staff(Nurse), new DateOnly(2026, 1, 20), TestContext.Current.CancellationToken)));
        Ok(await world.ConsentAsync("LK1001"));

        var status = Ok(await world.StatusAsync("LK1001", March));

        var enrollment = Assert.Single(status.Enrollments);
        Assert.Equal(("ccm", "enrolled", new DateOnly(2026, 1, 5), (DateOnly?)null), (enrollment.Program, enrollment.Status, enrollment.Start!.Value, enrollment.End));
        Assert.Equal(["proposed", "enrolled", "care-manager-changed"], enrollment.History.Select(h => h.Kind));
        Assert.Equal("Tomas Reyes, RN", enrollment.CareManagerName);
        var consent = Assert.Single(status.Consents);
        Assert.Equal(["availability", "cost-sharing", "one-practitioner", "right-to-stop"], consent.Disclosures);
        Assert.True(consent.IsValid && consent.IsCurrent);
        Assert.True(Assert.Single(status.Gates).IsBillable);
        await using var db = world.Database.NewContext();
        var versions = await db.PatientEnrollments.Select(p => p.Version).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, versions);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_requests_enrolling_the_same_patient_at_the_same_moment_cannot_both_succeed(string provider)
    {
        await using var world = await CreateAsync(provider);
        foreach (var mrn in new[] { "LK1001", "LK1002", "LK1003" })
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var calls = new[] { FirstPractitioner, SecondPractitioner }
                .Select(practitioner => Task.Run(async () =>
                {
                    await go.Task;
                    return await world.EnrollAsync(mrn, practitioner);
                }))
                .ToList();
            go.SetResult();
            var results = await Task.WhenAll(calls);

            Assert.Single(results, r => r.Succeeded);
            var refused = Assert.Single(results, r => !r.Succeeded);
            Assert.Contains(refused.Error!.Code, new[] { EnrollmentErrors.Concurrent, EnrollmentCodes.Overlap });
        }

        var counts = await world.CountsAsync();
        Assert.Equal(3, counts.Enrollments);
        Assert.Equal(6, counts.Events);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_saved_over_a_version_another_request_already_changed_is_refused_and_writes_nothing(string provider)
    {
        await using var world = await CreateAsync(provider);
        var candidate = Ok(await world.RunAsync<ProposeEnrollment, Chronicle.Application.Common.Result<Guid>>(u =>
            u.ExecuteAsync(world.Patient("LK1001"), CareProgram.Ccm, world.Staff(FirstPractitioner), new DateOnly(2026, 1, 2), TestContext.Current.CancellationToken)));

        // The first request reads the patient, then a second enrolls them before the first saves.
        var result = await world.RunAsync<EnrollmentStore, Chronicle.Application.Common.BusinessError?>(async store =>
        {
            var state = Ok(await store.LoadForChangeAsync(world.Patient("LK1001"), TestContext.Current.CancellationToken));
            Assert.True(state.Enrollments.Enroll(new EnrollmentId(candidate), new DateOnly(2026, 2, 1), null).Succeeded);
            Ok(await world.RunAsync<EnrollPatient, Chronicle.Application.Common.Result<Guid>>(u =>
                u.ExecuteAsync(new EnrollRequest(world.Patient("LK1001"), EnrollmentId: candidate, Start: new DateOnly(2026, 1, 5)), TestContext.Current.CancellationToken)));
            var before = await world.CountsAsync();
            var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Update, "test")], TestContext.Current.CancellationToken);
            Assert.Equal(before, await world.CountsAsync());
            return error;
        });

        Assert.Equal(EnrollmentErrors.Concurrent, result?.Code);
        var status = Ok(await world.StatusAsync("LK1001", March));
        Assert.Equal(new DateOnly(2026, 1, 5), Assert.Single(status.Enrollments).Start);
    }
}
