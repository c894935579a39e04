namespace Chronicle.Application.Payers;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Payers;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Adds a payer to the practice's directory or changes the one with the same payer id, as the
/// payers CSV kind does (ADR 0220); every bad field is named, and the change is audited.
/// </summary>
public sealed class SavePayer(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public const string InvalidCode = "PAYER-INVALID";

    public async Task<Result<Payer>> ExecuteAsync(string? groupNpi, PayerForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!access.Actor.Allows(Capability.ManagePayers))
        {
            return Permissions.Refusal(Capability.ManagePayers);
        }

        var kind = PayerKinds.TryParse(form.Kind);
        var format = PayerKinds.TryParseFormat(form.ClaimFormat);
        var problems = new List<string>();
        if (!kind.IsValid)
        {
            problems.Add("kind: " + kind.Error);
        }

        if (!format.IsValid)
        {
            problems.Add("claim format: " + format.Error);
        }

        var details = new PayerDetails(Trim(form.PayerId), Trim(form.Name), kind.Value, NullIfBlank(form.MacJurisdiction), format.Value,
            Trim(form.ReceiverId), Trim(form.ReceiverQualifier).ToUpperInvariant(), Trim(form.ReceiverName), NullIfBlank(form.RevenueCode));
        if (kind.IsValid)
        {
            problems.AddRange(details.Problems().Select(p => $"{p.Field.Replace('_', ' ')}: {p.Message}"));
        }

        if (problems.Count > 0)
        {
            return new BusinessError(InvalidCode, string.Join(" ", problems));
        }

        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var payer = await db.Payers.SingleOrDefaultAsync(p => p.PracticeId == practiceId && p.Code == details.Code, cancellationToken);
        var created = payer is null;
        if (payer is null)
        {
            payer = Payer.Create(practiceId, details);
            db.Payers.Add(payer);
        }
        else if (!payer.Update(details))
        {
            return payer;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(created ? AuditActions.Create : AuditActions.Update,
            $"payer {payer.Code} ({payer.Kind.ToCode()}): {payer.Name}, receiver {payer.ReceiverQualifier}:{payer.ReceiverId}{(payer.RevenueCode is { } revenue ? ", revenue code " + revenue : string.Empty)}", PracticeId: practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return payer;
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A payer as typed on the admin page.</summary>
public sealed record PayerForm(
    string? PayerId, string? Name, string? Kind, string? MacJurisdiction, string? ClaimFormat, string? ReceiverId, string? ReceiverQualifier, string? ReceiverName,
    string? RevenueCode = null);
