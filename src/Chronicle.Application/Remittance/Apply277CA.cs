namespace Chronicle.Application.Remittance;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.X12.Responses;

/// <summary>
/// A 277CA (ADR 0228): each claim, found by TRN02 = our CLM01, accepted into adjudication or
/// rejected with its STC statuses; the payer's claim number (REF*1K) is kept. Claims Chronicle does
/// not know are listed; a status that neither accepts nor rejects is listed and changes nothing.
/// </summary>
internal static class Apply277CA
{
    public static async Task<ResponseEffect> ApplyAsync(ResponseContext context, ClaimAcknowledgment ack, CancellationToken cancellationToken)
    {
        var messages = new List<string>();
        var changed = 0;
        var claims = await context.ClaimsAsync(ack.Claims.Select(c => c.ClaimControlNumber), cancellationToken);
        foreach (var acknowledged in ack.Claims)
        {
            var statuses = string.Join(", ", acknowledged.Statuses);
            if (!claims.TryGetValue(acknowledged.ClaimControlNumber, out var claim))
            {
                messages.Add($"Unknown claim {acknowledged.ClaimControlNumber} (segment {acknowledged.SegmentNumber}, status {statuses}): no claim of {context.Practice.Name} has this number; not applied to any claim.");
                continue;
            }

            if (acknowledged.Verdict == ClaimAcknowledgmentVerdict.Undecided)
            {
                messages.Add($"Claim {claim.ClaimNumber}: status {statuses} neither accepts nor rejects it; unchanged.");
                continue;
            }

            var accepted = acknowledged.Verdict == ClaimAcknowledgmentVerdict.Accepted;
            if (claim.Acknowledge(accepted, acknowledged.PayerClaimNumber, $"Rejected by the payer (277CA): {statuses}", context.Now, context.By))
            {
                changed++;
                messages.Add($"Claim {claim.ClaimNumber}: {(accepted ? "accepted" : "rejected")} by the payer ({statuses}){(acknowledged.PayerClaimNumber is { } n ? $", payer claim number {n}" : string.Empty)}.");
            }
            else
            {
                messages.Add($"Claim {claim.ClaimNumber} is already {claim.Status.ToCode()}; the 277CA ({statuses}) does not change it.");
            }
        }

        return new ResponseEffect(true, messages, changed);
    }
}
