namespace Chronicle.Application.Remittance;

using System.Globalization;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.X12;
using Chronicle.Interop.X12.Responses;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A 999 (ADR 0228): each acknowledged group is one of our claim files, found by AK102 = the GS06
/// we wrote (the file's control number). A group we never sent stops the whole file: it is not
/// applied. A rejected transaction set (or a rejected group) marks its claims rejected with the
/// segments and elements in error; an accepted one leaves them submitted, waiting for the payer.
/// </summary>
internal static class Apply999
{
    public static async Task<ResponseEffect> ApplyAsync(ResponseContext context, ImplementationAcknowledgment ack, CancellationToken cancellationToken)
    {
        var messages = new List<string>();
        var changed = 0;
        var practiceId = context.Practice.Id;
        foreach (var group in ack.Groups)
        {
            var number = long.TryParse(group.GroupControlNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            var file = await context.Db.ClaimFiles.AsNoTracking().FirstOrDefaultAsync(f => f.PracticeId == practiceId && f.ControlNumber == number, cancellationToken);
            if (file?.Content is not { } content)
            {
                return ResponseEffect.NotApplied([$"The 999 acknowledges group control number {group.GroupControlNumber}, which is not a claim file {context.Practice.Name} sent; was it meant for another submitter?"]);
            }

            // Which claims were in which transaction set: the file as sent says so (ST02 of each claim).
            var sent = Claim837Reader.Read(content).Contents.Claims;
            var claims = await context.ClaimsAsync(sent.Select(c => c.ClaimId), cancellationToken);
            messages.Add($"File {number}: the clearinghouse {Words(group.Result)} it.");
            var sets = group.Sets.Count > 0
                ? group.Sets.Select(s => (s.TransactionControlNumber, s.Result, Detail: Detail(s))).ToList()
                : sent.Select(c => c.TransactionControlNumber).Distinct().Select(st => (st, group.Result, Detail: "the group was rejected")).ToList();
            foreach (var (st, result, detail) in sets)
            {
                if (result != AcknowledgmentResult.Rejected)
                {
                    continue;
                }

                foreach (var one in sent.Where(c => c.TransactionControlNumber.TrimStart('0') == st.TrimStart('0')))
                {
                    if (claims.TryGetValue(one.ClaimId, out var claim) && claim.Acknowledge(false, null, $"Rejected by the clearinghouse (999, set {st}): {detail}", context.Now, context.By))
                    {
                        changed++;
                        messages.Add($"Claim {claim.ClaimNumber}: rejected ({detail}).");
                    }
                }
            }
        }

        return new ResponseEffect(true, messages, changed);
    }

    private static string Words(AcknowledgmentResult? result) => result switch
    {
        AcknowledgmentResult.Accepted => "accepted",
        AcknowledgmentResult.AcceptedWithErrors => "accepted with errors",
        AcknowledgmentResult.PartiallyAccepted => "partly accepted",
        AcknowledgmentResult.Rejected => "rejected",
        _ => "acknowledged",
    };

    private static string Detail(TransactionSetAcknowledgment set) =>
        set.Errors.Count == 0 ? "no segment named" : string.Join("; ", set.Errors.Select(e => "segment " + e));
}
