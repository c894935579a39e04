namespace Chronicle.Application.Outreach;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Outreach;
using Chronicle.Interop.Outreach;

/// <summary>
/// The enrollment letters for the chosen patients, one page each in one PDF, dated today in the
/// practice's zone. Printing them records a "letter sent" attempt for each patient, so the call
/// list waits for the letter before the next call.
/// </summary>
public sealed class PrintOutreachLetters(OutreachStore store, AuditTrail audit)
{
    public async Task<Result<OutreachFile>> ExecuteAsync(IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        if (store.Refusal() is { } refused)
        {
            return refused;
        }

        var practiceResult = await store.PracticeAsync(cancellationToken);
        if (!practiceResult.Succeeded)
        {
            return practiceResult.Error!;
        }

        var (practice, now) = practiceResult.Value;
        var patients = await store.PatientsAsync(practice.Id, patientIds, cancellationToken);
        if (patients.Value is not { } chosen)
        {
            return patients.Error!;
        }

        var today = practice.TimeZone.LocalDateOf(now);
        var pdf = OutreachLetterPdf.Write(new OutreachLetterInput(
            new LetterPractice(practice.Name, practice.Address, practice.Phone),
            today,
            [.. chosen.Select(p => new LetterRecipient($"{p.FirstName} {p.LastName}".Trim(), p.Address))]));

        var attempts = chosen.Select(p => OutreachAttempt.Record(practice.Id, p.Id,
            new AttemptDetails(OutreachOutcome.LetterSent, now, null, null), practice.TimeZone, store.Recorder, now).Value!).ToList();
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        store.Db.OutreachAttempts.AddRange(attempts);
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            [.. attempts.Select(a => new AuditEntry(AuditActions.Export, $"outreach letter printed: attempt {a.Id}", a.PatientId, a.PracticeId))],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OutreachFile(string.Create(CultureInfo.InvariantCulture, $"care-management-letters-{today:yyyy-MM-dd}.pdf"), "application/pdf", pdf, chosen.Count);
    }
}
