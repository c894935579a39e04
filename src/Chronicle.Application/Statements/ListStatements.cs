namespace Chronicle.Application.Statements;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;

/// <summary>
/// A month's patient statements (ADR 0255): those issued from a payer's 835 (to send, or sent),
/// the estimates of claims the payer has not decided yet (preview only, never sent), and the sent
/// statements a later 835 withdrew or corrected. Each row says where its amounts come from.
/// Qualified Medicare Beneficiaries are never listed: no statement may be sent to them.
/// </summary>
public sealed class ListStatements(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public async Task<Result<IReadOnlyList<StatementRow>>> ExecuteAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var rows = (await StatementQuery.ForMonthAsync(db, found.Id, month, null, cancellationToken))
            .Where(c => c.Listed)
            .Select(c => StatementRow.Of(c, month))
            .OrderBy(r => r.Mrn, StringComparer.Ordinal).ThenBy(r => r.ClaimNumber, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"statements {month}: {rows.Count} shown"), null, found.Id), cancellationToken);
        return rows;
    }
}

/// <param name="State">'estimate' (preview only), 'to-send', 'sent', 'withdrawn' or 'corrected' (withdrawn, with a new amount to send).</param>
/// <param name="Source">'remittance' (the payer's 835, named in <paramref name="Remittance"/>) or 'estimate'.</param>
/// <param name="AmountDueCents">What the patient owes now (zero once withdrawn with nothing owed).</param>
/// <param name="SentAmountCents">What the sent statement asked for, which differs from the amount due once corrected.</param>
public sealed record StatementRow(
    Guid ClaimId, string ClaimNumber, string Mrn, string PatientName, string Month, string ClaimStatus, string State, string Source,
    long AmountDueCents, StatementMoney Amounts, StatementRemittance? Remittance,
    DateTimeOffset? SentAt, string? SentBy, long? SentAmountCents, DateTimeOffset? WithdrawnAt, string? WithdrawnReason)
{
    /// <summary>Whether the billing office has a statement to send (a new one, or a correction of a withdrawn one).</summary>
    public bool ToSend => State is "to-send" or "corrected";

    internal static StatementRow Of(StatementCase c, BillingMonth month)
    {
        var amounts = c.Decision.Amounts;
        var source = amounts?.Source ?? StatementSource.Remittance;
        return new StatementRow(
            c.Claim.Id, c.Claim.ClaimNumber, c.Patient.Mrn, c.Patient.DisplayName, month.ToString(), c.Claim.Status.ToCode(), c.State, source.ToCode(),
            amounts?.AmountDue.Cents ?? 0, StatementMoney.Of(amounts),
            source == StatementSource.Remittance && c.Claim.RemittanceFileId is { } file ? new StatementRemittance(file, c.RemittanceOrigin, c.Claim.RemittanceTrace) : null,
            c.Sent?.SentAt, c.Sent?.SentBy, c.Sent?.AmountDueCents, c.Sent?.WithdrawnAt, c.Sent?.WithdrawnReason);
    }
}

/// <summary>The statement's money in cents: charged, paid (or expected) from the payer, and the patient's part by reason.</summary>
public sealed record StatementMoney(long ChargeCents, long PayerPaysCents, long DeductibleCents, long CoinsuranceCents, long OtherPatientResponsibilityCents)
{
    internal static StatementMoney Of(StatementAmounts? amounts) => amounts is null
        ? new(0, 0, 0, 0, 0)
        : new(amounts.Charge.Cents, amounts.PayerPays.Cents, amounts.Deductible.Cents, amounts.Coinsurance.Cents, amounts.Other.Cents);
}

/// <summary>The 835 a statement's amounts came from: the received file's id and origin, and the payment's trace number (TRN02).</summary>
public sealed record StatementRemittance(Guid FileId, string? File, string? Trace);
