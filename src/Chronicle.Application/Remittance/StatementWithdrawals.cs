namespace Chronicle.Application.Remittance;

using System.Globalization;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// After an 835 is posted (ADR 0255): a statement already sent for a claim it reversed, denied or
/// re-adjudicated to another patient responsibility no longer stands, so it is withdrawn with the
/// reason (the trace of the 835 that changed it). A re-adjudication that leaves the patient's amount
/// as it was keeps the statement. The billing office then sends the corrected statement, if any.
/// </summary>
internal static class StatementWithdrawals
{
    public static async Task<IReadOnlyList<string>> ApplyAsync(ResponseContext context, IReadOnlyList<BillingClaim> posted, CancellationToken cancellationToken)
    {
        var ids = posted.Select(c => c.Id).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var messages = new List<string>();
        var claims = posted.DistinctBy(c => c.Id).ToDictionary(c => c.Id);
        foreach (var slice in ids.Chunk(1000))
        {
            foreach (var sent in await context.Db.PatientStatements.Where(s => slice.Contains(s.ClaimId) && s.WithdrawnAt == null).ToListAsync(cancellationToken))
            {
                var claim = claims[sent.ClaimId];
                var owes = claim.Status == ClaimStatus.Paid ? claim.PatientResponsibilityCents ?? 0 : 0;
                if (owes == sent.AmountDueCents)
                {
                    continue;
                }

                var reason = claim.Status == ClaimStatus.Paid
                    ? $"The payer re-adjudicated claim {claim.ClaimNumber} (835 trace {claim.RemittanceTrace}): the patient now owes {new Money(owes)}, not {new Money(sent.AmountDueCents)}; send the corrected statement."
                    : $"The payer's 835 (trace {claim.RemittanceTrace}) made claim {claim.ClaimNumber} {claim.Status.ToCode()}: the patient owes nothing on it.";
                sent.Withdraw(reason, context.Now);
                messages.Add(string.Create(CultureInfo.InvariantCulture, $"Statement for claim {claim.ClaimNumber} sent {sent.SentAt:yyyy-MM-dd} withdrawn: {reason}"));
            }
        }

        return messages;
    }
}
