namespace Chronicle.Application.Demo;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Security;
using Chronicle.Application.Users;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle demo seed --practice rhc', and the web app's first run beside the office demo: the
/// rural health clinic of <see cref="RhcDemoPractice"/>. Staff, patients, conditions, visits,
/// coverage, enrollments, consents, care plans and last month's and this month's time come from the
/// generators of 'demo generate' with the clinic's seed; then last month is closed, its claims
/// approved and exported to the clinic's Part A MAC as an 837I through the same use cases a biller
/// runs, so a new user sees the clinic's claim file. Idempotent: a database that holds the clinic
/// is left as it is.
/// </summary>
public sealed class SeedRhcPractice(
    ChronicleDbContext db, UserAccounts accounts, AuditTrail audit, TimeProvider clock, CloseMonth close, ChangeClaimStatus claims, ExportClaims export)
{
    public const string SeedFailedCode = "DEMO-RHC-FAILED";

    /// <summary>Seeds the clinic unless it is there; the answer says what it wrote (null when nothing).</summary>
    public async Task<Result<RhcSeeded?>> SeedAsync(CancellationToken cancellationToken)
    {
        var npi = RhcDemoPractice.GroupNpi;
        if (await db.Practices.AnyAsync(p => p.GroupNpi == npi, cancellationToken))
        {
            return (RhcSeeded?)null;
        }

        var now = clock.GetUtcNow();
        var random = new Random(RhcDemoPractice.Seed);
        var practice = Practice.Create(RhcDemoPractice.Details());
        var staff = SyntheticStaff.Create(practice.Id, RhcDemoPractice.PatientCount, random);
        var payers = RhcDemoPractice.Directory(practice);
        var batch = new SyntheticPatients(practice, staff, payers, random, now).Build(0, RhcDemoPractice.PatientCount);
        db.Practices.Add(practice);
        db.StaffMembers.AddRange(staff.All);
        db.Payers.AddRange(payers);
        Add(batch);
        await AddSignInsAsync(practice, staff, cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            using var changes = audit.TrackPatientChanges(AuditActions.Seed, "demo seed --practice rhc");
            await db.SaveChangesAsync(cancellationToken);
            await changes.RecordAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var month = BillingMonth.Of(practice.TimeZone.LocalDateOf(now)).Previous();
        var closed = await close.ExecuteAsync(month, early: false, npi.Value, cancellationToken);
        var approved = closed.Error is null ? await claims.ExecuteAsync(ClaimAction.Approve, month, null, null, npi.Value, cancellationToken) : null;
        var exported = approved is { Error: null } ? await export.ExecuteAsync(month, npi.Value, null, cancellationToken) : null;
        if ((closed.Error ?? approved?.Error ?? exported?.Error) is { } error)
        {
            return new BusinessError(SeedFailedCode, $"The demo clinic was seeded, but closing, approving or exporting {month} failed: {error.Message}");
        }

        var file = exported!.Value!.Files[0];
        return new RhcSeeded(RhcDemoPractice.Name, npi.Value, batch.Patients.Count, month.ToString(), approved!.Value!.Claims.Count, file.FileName);
    }

    private void Add(SyntheticBatch batch)
    {
        db.Patients.AddRange(batch.Patients);
        db.Coverages.AddRange(batch.Coverage);
        db.Conditions.AddRange(batch.Conditions);
        db.Visits.AddRange(batch.Visits);
        db.PatientEnrollments.AddRange(batch.Enrollments);
        db.PatientConsents.AddRange(batch.Consents);
        db.CarePlans.AddRange(batch.CarePlans);
        db.TimeEntries.AddRange(batch.TimeEntries);
        db.OtherBilledServices.AddRange(batch.Services);
    }

    private async Task AddSignInsAsync(Practice practice, SyntheticStaff staff, CancellationToken cancellationToken)
    {
        (string Email, string Role, StaffMember Member)[] signIns =
        [
            (RhcDemoPractice.Admin, Roles.Admin, staff.FrontDesk),
            (RhcDemoPractice.BillingPractitioner, Roles.BillingPractitioner, staff.Practitioners[0]),
            (RhcDemoPractice.CareManager, Roles.CareManager, staff.CareManagers[0]),
        ];
        foreach (var (email, role, member) in signIns)
        {
            var added = await accounts.AddAsync(new NewAccount(email, member.DisplayName, role, practice.Id, member.Id), DemoSignIns.Password, mustChangePassword: false, cancellationToken);
            if (added.Error is { } error)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The demo sign-in {email} could not be created: {error}"));
            }
        }
    }
}

/// <summary>What the clinic's seed wrote: its patients, the month it closed, the claims approved and the 837I file exported.</summary>
public sealed record RhcSeeded(string Name, string GroupNpi, int Patients, string Month, int Claims, string FileName);
