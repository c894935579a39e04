namespace Chronicle.Application.Remittance;

using System.Globalization;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.X12.Responses;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Posts an 835 (ADR 0228). The reader has already refused a file that does not balance (BPR
/// against the claims and PLB, each claim against its adjustments), so posting never starts on
/// one. Each CLP is matched by CLP01 = our CLM01: processed is paid (even $0), 4 is denied, 22
/// reverses; charge, paid, patient responsibility and the payer's claim number are kept, CAS by
/// group and reason, SVC paid amounts by the line's REF*6R (else its code). Claims Chronicle does not
/// know, and claims forwarded or priced only, are listed, never dropped silently. A statement sent
/// from an earlier 835 that no longer stands is withdrawn (ADR 0255).
/// </summary>
internal static class Post835
{
    public static async Task<ResponseEffect> ApplyAsync(ResponseContext context, Remittance remittance, CancellationToken cancellationToken)
    {
        var messages = new List<string>();
        var changed = 0;
        var all = remittance.Advices.SelectMany(a => a.Claims).ToList();
        var claims = await context.ClaimsAsync(all.Select(c => c.ClaimId), cancellationToken);
        var ids = claims.Values.Select(c => c.Id).ToList();
        var earlier = (await context.Db.PostedAdjustments.Where(a => ids.Contains(a.ClaimId)).ToListAsync(cancellationToken))
            .GroupBy(a => a.ClaimId).ToDictionary(g => g.Key, g => g.ToList());
        var posted = new List<BillingClaim>();
        foreach (var advice in remittance.Advices)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture,
                $"Payment {advice.TraceNumber}: {advice.Payment.Amount} by {advice.Payment.Method} from {advice.Payer.Name}, {advice.Claims.Count} claims."));
            foreach (var plb in advice.ProviderAdjustments)
            {
                messages.Add(string.Create(CultureInfo.InvariantCulture, $"Provider adjustment {plb.Reason}{(plb.Reference is null ? string.Empty : " " + plb.Reference)}: {plb.Amount} (segment {plb.SegmentNumber})."));
            }

            foreach (var paid in advice.Claims)
            {
                if (!claims.TryGetValue(paid.ClaimId, out var claim))
                {
                    messages.Add(string.Create(CultureInfo.InvariantCulture,
                        $"Unknown claim {paid.ClaimId} (segment {paid.SegmentNumber}): paid {paid.Paid} of {paid.Charge}; no claim of {context.Practice.Name} has this number, so it was not posted. Look it up with the payer (claim number {paid.PayerClaimNumber ?? "not given"})."));
                    continue;
                }

                if (Target(paid.Status) is not { } to)
                {
                    messages.Add($"Claim {claim.ClaimNumber}: CLP02 {paid.StatusCode} (forwarded or priced only) is not a payment; unchanged.");
                    continue;
                }

                if (!claim.Post(to, paid.Paid.Cents, paid.PatientResponsibility.Cents, paid.PayerClaimNumber, new RemittanceSource(context.FileId, advice.TraceNumber), context.Now, context.By))
                {
                    messages.Add($"Claim {claim.ClaimNumber} is {claim.Status.ToCode()}; an 835 cannot make it {to.ToCode()}, so it was not posted.");
                    continue;
                }

                var kept = earlier.TryGetValue(claim.Id, out var list) ? list : earlier[claim.Id] = [];
                if (!paid.IsReversal)
                {
                    // A fresh adjudication replaces what was posted before, including a reversal earlier in this file;
                    // a reversal's negative amounts stand beside what they reverse.
                    context.Db.PostedAdjustments.RemoveRange(kept);
                    kept.Clear();
                }

                kept.AddRange(Adjust(context, claim, paid));
                posted.Add(claim);
                changed++;
                messages.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Claim {claim.ClaimNumber}: {to.ToCode()}, charge {paid.Charge}, paid {paid.Paid}, patient responsibility {paid.PatientResponsibility}{Adjustments(paid)}."));
            }
        }

        messages.AddRange(await StatementWithdrawals.ApplyAsync(context, posted, cancellationToken));
        return new ResponseEffect(true, messages, changed);
    }

    private static List<PostedAdjustment> Adjust(ResponseContext context, BillingClaim claim, RemittanceClaim paid)
    {
        var added = new List<PostedAdjustment>();
        var remarks = paid.RemarkCodes.Count == 0 ? null : string.Join(',', paid.RemarkCodes);
        foreach (var cas in paid.Adjustments)
        {
            added.Add(PostedAdjustment.Of(claim.Id, context.FileId, null, cas.Group, cas.Reason, cas.Amount.Cents, remarks));
        }

        foreach (var svc in paid.Lines)
        {
            var line = claim.LineFor(svc.LineControlNumber, svc.Code);
            line?.PostPaid(svc.Paid.Cents, paid.IsReversal);
            var lineRemarks = svc.RemarkCodes.Count == 0 ? remarks : string.Join(',', svc.RemarkCodes);
            foreach (var cas in svc.Adjustments)
            {
                added.Add(PostedAdjustment.Of(claim.Id, context.FileId, line?.Number, cas.Group, cas.Reason, cas.Amount.Cents, lineRemarks));
            }
        }

        context.Db.PostedAdjustments.AddRange(added);
        return added;
    }

    private static ClaimStatus? Target(RemittanceClaimStatus status) => status switch
    {
        RemittanceClaimStatus.Processed => ClaimStatus.Paid,
        RemittanceClaimStatus.Denied => ClaimStatus.Denied,
        RemittanceClaimStatus.Reversed => ClaimStatus.Reversed,
        _ => null,
    };

    private static string Adjustments(RemittanceClaim paid)
    {
        var all = paid.AllAdjustments.ToList();
        return all.Count == 0 ? string.Empty : " (" + string.Join(", ", all) + ")";
    }
}
