namespace Chronicle.Application.Demo;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Bulk;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle demo generate': a synthetic practice of any size for benchmarks and load tests
/// (ADR 0150). Patients are built in batches through the domain (<see cref="SyntheticPatients"/>)
/// and written without change tracking by the provider's bulk path, all in one transaction, so a
/// failure leaves nothing. The same seed gives the same practice. Only a summary is audited: the
/// data is synthetic and one event per generated patient would dwarf the data itself.
/// </summary>
public sealed class GenerateDemoPractice(ChronicleDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string PatientsOutOfRangeCode = "DEMO-PATIENTS";
    public const string PracticeExistsCode = "DEMO-PRACTICE-EXISTS";
    public const int MaxPatients = 10_000_000;
    private const int BatchSize = 5_000;

    public async Task<Result<GeneratedPractice>> ExecuteAsync(GenerateDemoRequest request, IImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        if (request.Patients is < 1 or > MaxPatients)
        {
            return new BusinessError(PatientsOutOfRangeCode, string.Create(CultureInfo.InvariantCulture, $"--patients must be from 1 to {MaxPatients:N0}; it is {request.Patients}."));
        }

        var npi = request.PracticeNpi is { } given ? Npi.Parse(given) : SyntheticNpi.Group(request.Seed);
        if (await db.Practices.AnyAsync(p => p.GroupNpi == npi, cancellationToken))
        {
            return new BusinessError(PracticeExistsCode, $"A practice with the group NPI {npi} is already in the database; choose another with --practice.");
        }

        var now = clock.GetUtcNow();
        var random = new Random(request.Seed);
        var name = request.Name ?? string.Create(CultureInfo.InvariantCulture, $"Generated Practice {request.Seed}");
        var practice = Practice.Create(new PracticeDetails(name, npi, "987654321",
            new Address("1 Generated Way", "Riverbend", "IL", "627011234"), "217-555-0199", PracticeTimeZone.Parse(DemoPracticeData.TimeZone), "11"));
        var staff = SyntheticStaff.Create(practice.Id, request.Patients, random);
        var payers = DemoPayers.Directory(practice);
        var builder = new SyntheticPatients(practice, staff, payers, random, now);
        var totals = new GeneratedPractice(practice.Id.Value, name, npi.Value, staff.All.Count);

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.PrepareSessionAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Practices.Add(practice);
            db.StaffMembers.AddRange(staff.All);
            db.Payers.AddRange(payers);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            progress.Start($"Generating {request.Patients:N0} patients", request.Patients);
            for (var from = 0; from < request.Patients; from += BatchSize)
            {
                var batch = builder.Build(from, Math.Min(BatchSize, request.Patients - from));
                await WriteAsync(batch, cancellationToken);
                totals.Add(batch);
                progress.Advance(batch.Patients.Count);
            }

            progress.Done();

            // The audit trail updates its tracked chain head, which change detection must see.
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            await audit.RecordAsync(new AuditEntry(AuditActions.Seed, string.Create(CultureInfo.InvariantCulture,
                $"demo generate: {totals.Patients} synthetic patients, {totals.Enrolled} enrolled, {totals.TimeEntries} time entries (seed {request.Seed})"), null, practice.Id), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            await db.Database.CloseConnectionAsync();
        }

        return totals;
    }

    private async Task WriteAsync(SyntheticBatch batch, CancellationToken cancellationToken)
    {
        await db.BulkInsertAsync(batch.Patients, cancellationToken);
        await db.BulkInsertAsync(batch.Coverage, cancellationToken);
        await db.BulkInsertAsync(batch.Conditions, cancellationToken);
        await db.BulkInsertAsync(batch.Visits, cancellationToken);
        await db.BulkInsertAsync(batch.Enrollments, cancellationToken);
        var programs = batch.Enrollments.SelectMany(e => e.Enrollments).ToList();
        await db.BulkInsertAsync(programs, cancellationToken);
        await db.BulkInsertAsync(programs.SelectMany(e => e.History).ToList(), cancellationToken);
        await db.BulkInsertAsync(batch.Consents, cancellationToken);
        await db.BulkInsertAsync(batch.Consents.SelectMany(c => c.Records).ToList(), cancellationToken);
        await db.BulkInsertAsync(batch.CarePlans, cancellationToken);
        await db.BulkInsertAsync(batch.CarePlans.SelectMany(p => p.Versions).ToList(), cancellationToken);
        await db.BulkInsertAsync(batch.CarePlans.SelectMany(p => p.Activities).ToList(), cancellationToken);
        await db.BulkInsertAsync(batch.CarePlans.SelectMany(p => p.Copies).ToList(), cancellationToken);
        await db.BulkInsertAsync(batch.TimeEntries, cancellationToken);
        await db.BulkInsertAsync(batch.Services, cancellationToken);
    }
}

/// <param name="Seed">The same seed gives the same practice (names, codes, enrollments, minutes); ids are new each time.</param>
/// <param name="PracticeNpi">The new practice's group NPI; one derived from the seed when not given.</param>
public sealed record GenerateDemoRequest(int Patients, int Seed = 2026, string? PracticeNpi = null, string? Name = null);

public sealed class GeneratedPractice(Guid practiceId, string name, string groupNpi, int staff)
{
    public Guid PracticeId { get; } = practiceId;

    public string Name { get; } = name;

    public string GroupNpi { get; } = groupNpi;

    public int Staff { get; } = staff;

    public int Patients { get; private set; }

    public int Conditions { get; private set; }

    public int Enrolled { get; private set; }

    public int Consents { get; private set; }

    public int CarePlans { get; private set; }

    public int TimeEntries { get; private set; }

    public int OtherServices { get; private set; }

    internal void Add(SyntheticBatch batch)
    {
        Patients += batch.Patients.Count;
        Conditions += batch.Conditions.Count;
        Enrolled += batch.Enrolled;
        Consents += batch.Consents.Count;
        CarePlans += batch.CarePlans.Count;
        TimeEntries += batch.TimeEntries.Count;
        OtherServices += batch.Services.Count;
    }
}
