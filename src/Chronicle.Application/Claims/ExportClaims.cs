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

/// <summary>
/// 'chronicle claims export' and the billing page's download: the month's approved claims in one
/// 837P file. In one transaction: a control number is reserved from the persisted sequence, the
/// file is written and read back by the strict reader (every claim it should carry, nothing else),
/// handed to <paramref name="deliver"/> (the CLI writes it to disk), stored, and its claims marked
/// exported. Any failure, including delivery, rolls everything back: no claim is marked exported
/// for a file nobody received, and a number lost to a rollback is only a gap. Each exported
/// claim's patient-month time stays locked (ADR 0165).
/// </summary>
public sealed class ExportClaims(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock, ClaimFileSettings settings)
{
    public async Task<Result<ClaimExport>> ExecuteAsync(
        BillingMonth month, string? practiceNpi, Func<string, CancellationToken, Task>? deliver, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var key = month.Key;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claims = await db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key && c.Status == ClaimStatus.Approved)
            .OrderBy(c => c.ClaimNumber).ToListAsync(cancellationToken);
        if (claims.Count == 0)
        {
            return new BusinessError(ClaimCodes.NothingToExport, $"{practice.Name} has no approved claims in {month}; approve claims first (chronicle claims approve).");
        }

        // In slices: one IN list of a large practice's month (40,000 claims) passes SQLite's limit of bound variables.
        var patients = new Dictionary<PatientId, Patient>();
        foreach (var slice in claims.Select(c => c.PatientId).Distinct().Chunk(1000))
        {
            foreach (var patient in await db.Patients.AsNoTracking().Where(p => p.PracticeId == practiceId && slice.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                patients[patient.Id] = patient;
            }
        }

        var practitioners = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId && s.Npi != null).ToListAsync(cancellationToken))
            .GroupBy(s => s.Npi!.Value.Value).ToDictionary(g => g.Key, g => g.First());

        var now = clock.GetUtcNow();
        var file = ClaimFile.Reserve(practiceId, month, now, access.ActorName);
        db.ClaimFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);

        // The practice's billing setting chooses the claim type: 837P for an office, 837I for an RHC, FQHC or CAH (ADR 0230).
        var (text, problems) = practice.BillingSetting.IsInstitutional()
            ? InstitutionalClaimFile.Write(practice, claims, patients, practitioners, settings, X12ControlNumber.FromReserved(file.ControlNumber), now)
            : WriteProfessional(practice, claims, patients, practitioners, X12ControlNumber.FromReserved(file.ControlNumber), now);
        if (text is null)
        {
            return NotExportable(problems);
        }

        if (deliver is not null)
        {
            try
            {
                await deliver(text, cancellationToken);
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

        var charge = claims.Aggregate(Money.Zero, (sum, c) => sum + c.Charge);
        file.Complete(text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), claims.Count, charge);
        foreach (var claim in claims)
        {
            claim.MarkExported(file.ControlNumber, now, access.ActorName);
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

        await audit.RecordAsync(new AuditEntry(AuditActions.Export, string.Create(CultureInfo.InvariantCulture,
            $"{ClaimType(practice)} {month}: control number {file.ControlNumber}, {claims.Count} claims"), null, practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimExport(file.ControlNumber, month.ToString(), FileName(practice, month, file.ControlNumber), text, claims.Select(c => c.ClaimNumber).ToList(), charge.Cents);
    }

    public static string FileName(Practice practice, BillingMonth month, long controlNumber)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return string.Create(CultureInfo.InvariantCulture, $"{ClaimType(practice)}-{practice.GroupNpi.Value}-{month}-{controlNumber:D9}.x12");
    }

    private static string ClaimType(Practice practice) => practice.BillingSetting.IsInstitutional() ? "837I" : "837P";

    private (string? Text, List<string> Problems) WriteProfessional(
        Practice practice, List<BillingClaim> claims, Dictionary<PatientId, Patient> patients, Dictionary<string, StaffMember> practitioners, X12ControlNumber controlNumber, DateTimeOffset now)
    {
        var (input, problems) = ClaimFileBuilder.Build(practice, claims, patients, practitioners, settings, controlNumber, now);
        if (input is null)
        {
            return (null, problems);
        }

        var written = Claim837Writer.Write(input);
        if (written.Text is not { } text)
        {
            return (null, written.Problems.Select(p => p.ToString()!).ToList());
        }

        var check = CheckReadBack(text, claims, controlNumber.Value);
        return check is null ? (text, []) : throw new InvalidOperationException(check);
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

        var expected = claims.Select(c => (c.ClaimNumber, c.Lines.Count)).Order().ToList();
        var found = read.Contents.Claims.Select(c => (c.ClaimId, c.Lines.Count)).Order().ToList();
        return expected.SequenceEqual(found) ? null : "The 837P file reads back with other claims than were exported.";
    }
}

/// <summary>A claim file written: its control number, suggested file name, text and claims.</summary>
public sealed record ClaimExport(long ControlNumber, string Month, string FileName, string Text, IReadOnlyList<string> Claims, long ChargeCents);
