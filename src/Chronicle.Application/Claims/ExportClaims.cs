namespace Chronicle.Application.Claims;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.X12;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// 'chronicle claims export' and the billing page's download: the month's approved claims in one
/// 837P file per interchange receiver (ADR 0221: Original Medicare's MAC, each Medicare Advantage
/// plan, ...). In one transaction: for each file a control number is reserved from the persisted
/// sequence (recorded with its receiver and usage), the file is written and read back by the
/// strict reader (every claim it should carry, nothing else), handed to <paramref name="deliver"/>
/// (the CLI writes it to disk), stored, and its claims marked exported. Any failure, including
/// delivery of any file, rolls everything back: no claim is marked exported for a file nobody
/// received, and a number lost to a rollback is only a gap. Each exported claim's patient-month
/// time stays locked (ADR 0165). Submitter, sender and usage come from <see cref="ClaimFileOptions"/>.
/// </summary>
public sealed class ExportClaims(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock, IOptions<ClaimFileOptions> options)
{
    public Task<Result<ClaimExportRun>> ExecuteAsync(
        BillingMonth month, string? practiceNpi, Func<ClaimExport, CancellationToken, Task>? deliver, CancellationToken cancellationToken) =>
        ExecuteAsync(month, practiceNpi, deliver, int.MaxValue, cancellationToken);

    /// <summary>
    /// Writes at most <paramref name="fileLimit"/> files (receivers in order); submission writes one
    /// per transaction, so a failed upload of a later receiver's file never rolls back a file that
    /// was already delivered (which would send its claims again on the retry).
    /// </summary>
    public async Task<Result<ClaimExportRun>> ExecuteAsync(
        BillingMonth month, string? practiceNpi, Func<ClaimExport, CancellationToken, Task>? deliver, int fileLimit, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var settings = options.Value;
        var practiceId = practice.Id;
        var key = month.Key;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claims = await db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key && c.Status == ClaimStatus.Approved)
            .OrderBy(c => c.ClaimNumber).ToListAsync(cancellationToken);
        if (claims.Count == 0)
        {
            return new BusinessError(ClaimCodes.NothingToExport, $"{practice.Name} has no approved claims in {month}; approve claims first (chronicle claims approve).");
        }

        var payers = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practiceId).ToListAsync(cancellationToken);
        var (routes, unrouted) = ClaimRoutes.Plan(claims, payers, settings, practice.BillingSetting.IsInstitutional());
        if (unrouted.Count > 0)
        {
            return NotExportable(unrouted);
        }

        routes = [.. routes.Take(fileLimit)];
        claims = [.. routes.SelectMany(r => r.Claims)];

        // In slices: one IN list of a large practice's month (40,000 claims) passes SQLite's limit of bound variables.
        var patients = new Dictionary<PatientId, Patient>();
        foreach (var slice in claims.Select(c => c.PatientId).Distinct().Chunk(1000))
        {
            foreach (var patient in await db.Patients.AsNoTracking().Where(p => p.PracticeId == practiceId && slice.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                patients[patient.Id] = patient;
            }
        }

        // Medicare crosses a claim over to the Medigap named in loops 2320/2330A/2330B; the practice sends it no claim (ADR 0262).
        var (crossovers, lost) = await ClaimCrossovers.LoadAsync(db, claims, payers, patients, cancellationToken);
        if (lost.Count > 0)
        {
            return NotExportable(lost);
        }

        routes = [.. routes.Select(r => r with { CrossoverOf = crossovers })];
        var practitioners = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId && s.Npi != null).ToListAsync(cancellationToken))
            .GroupBy(s => s.Npi!.Value.Value).ToDictionary(g => g.Key, g => g.First());

        var now = clock.GetUtcNow();
        var usage = settings.X12Usage == X12Usage.Production ? "P" : "T";
        var exports = new List<ClaimExport>();
        foreach (var route in routes)
        {
            var file = ClaimFile.Reserve(practiceId, month, now, access.ActorName, route.Receiver.Id, usage);
            db.ClaimFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);

            // The practice's billing setting chooses the claim type: 837P for an office, 837I for an RHC, FQHC or CAH (ADR 0230).
            var controlNumber = X12ControlNumber.FromReserved(file.ControlNumber);
            var (text, problems) = practice.BillingSetting.IsInstitutional()
                ? InstitutionalClaimFile.Write(practice, route, patients, practitioners, settings, controlNumber, now)
                : WriteProfessional(practice, route, patients, practitioners, settings, controlNumber, now);
            if (text is null)
            {
                return NotExportable(problems);
            }

            var charge = route.Claims.Aggregate(Money.Zero, (sum, c) => sum + c.Charge);
            var export = new ClaimExport(file.ControlNumber, month.ToString(), FileName(practice, month, route.Receiver.Id, file.ControlNumber), text,
                route.Claims.Select(c => c.ClaimNumber).ToList(), charge.Cents) { ReceiverId = route.Receiver.Id };
            if (deliver is not null && await DeliverAsync(deliver, export, cancellationToken) is { } failed)
            {
                return failed;
            }

            file.Complete(text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), route.Claims.Count, charge);
            foreach (var claim in route.Claims)
            {
                claim.MarkExported(file.ControlNumber, now, access.ActorName);
            }

            exports.Add(export);
        }

        // Approval locked these months; a claim approved before locks existed is locked now.
        await TimeMonthLocks.LockAsync(db, practiceId, month, claims, access.ActorName, now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ClaimCodes.Concurrent, "Someone changed or exported these claims at the same time; nothing was marked exported. List them again.");
        }

        foreach (var export in exports)
        {
            await audit.RecordAsync(new AuditEntry(AuditActions.Export, string.Create(CultureInfo.InvariantCulture,
                $"{ClaimType(practice)} {month} to {export.ReceiverId}: control number {export.ControlNumber}, {export.Claims.Count} claims"), null, practiceId), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ClaimExportRun(exports);
    }

    /// <summary>837P-{group NPI}-{month}[-{receiver}]-{control number}.x12 (837I- for an institutional practice); files written before one file per receiver have no receiver part.</summary>
    public static string FileName(Practice practice, BillingMonth month, string? receiverId, long controlNumber)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var receiver = receiverId is null ? string.Empty : "-" + new string(receiverId.Where(char.IsAsciiLetterOrDigit).ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{ClaimType(practice)}-{practice.GroupNpi.Value}-{month}{receiver}-{controlNumber:D9}.x12");
    }

    private static string ClaimType(Practice practice) => practice.BillingSetting.IsInstitutional() ? "837I" : "837P";

    private static (string? Text, List<string> Problems) WriteProfessional(
        Practice practice, ClaimRoute route, Dictionary<PatientId, Patient> patients, Dictionary<string, StaffMember> practitioners, ClaimFileOptions settings, X12ControlNumber controlNumber, DateTimeOffset now)
    {
        var (input, problems) = ClaimFileBuilder.Build(practice, route.Claims, patients, practitioners, route, settings, controlNumber, now);
        if (input is null)
        {
            return (null, problems);
        }

        var written = Claim837Writer.Write(input);
        if (written.Text is not { } text)
        {
            return (null, written.Problems.Select(p => p.ToString()!).ToList());
        }

        var check = CheckReadBack(text, route.Claims, controlNumber.Value);
        return check is null ? (text, []) : throw new InvalidOperationException(check);
    }

    private static async Task<BusinessError?> DeliverAsync(Func<ClaimExport, CancellationToken, Task> deliver, ClaimExport export, CancellationToken cancellationToken)
    {
        try
        {
            await deliver(export, cancellationToken);
            return null;
        }
        catch (IOException ex)
        {
            return new BusinessError(ClaimCodes.NotExportable, $"The claim file could not be written: {ex.Message} Nothing was marked exported.");
        }
        catch (UnauthorizedAccessException ex)
        {
            return new BusinessError(ClaimCodes.NotExportable, $"The claim file could not be written: {ex.Message} Nothing was marked exported.");
        }
    }

    private static BusinessError NotExportable(List<string> problems) =>
        new(ClaimCodes.NotExportable, "The claim file was not written: " + string.Join(" ", problems));

    /// <summary>Reads the file back strictly: valid, our control number, and exactly these claims with their lines.</summary>
    private static string? CheckReadBack(string text, IReadOnlyList<BillingClaim> claims, long controlNumber)
    {
        var read = Claim837Reader.Read(text);
        if (!read.IsValid)
        {
            return "The 837P file failed its read-back: " + string.Join("; ", read.Issues);
        }

        if (read.Contents.InterchangeControlNumber != controlNumber)
        {
            return $"The 837P file reads back with control number {read.Contents.InterchangeControlNumber}, not {controlNumber}.";
        }

        return ClaimParties.SameClaims(claims, read.Contents.Claims.Select(c => (c.ClaimId, c.Lines.Count, ClaimParties.CrossoverOf(c.OtherPayers)))) ? null : "The 837P file reads back with other claims than were exported.";
    }
}

/// <summary>A claim file written: its control number, suggested file name, text and claims.</summary>
public sealed record ClaimExport(long ControlNumber, string Month, string FileName, string Text, IReadOnlyList<string> Claims, long ChargeCents)
{
    /// <summary>The interchange receiver (ISA08) the file is addressed to; null for files written before one file per receiver.</summary>
    public string? ReceiverId { get; init; }
}

/// <summary>An export's files, one per receiver, in receiver order.</summary>
public sealed record ClaimExportRun(IReadOnlyList<ClaimExport> Files)
{
    public IReadOnlyList<string> Claims => [.. Files.SelectMany(f => f.Claims)];

    public long ChargeCents => Files.Sum(f => f.ChargeCents);
}
