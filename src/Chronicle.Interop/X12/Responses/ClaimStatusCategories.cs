namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// The one place that says which claim status category codes (STC01-1, the public Claim Status
/// Category Code list) accept or reject a claim on a 277CA. A0 forwarded, A1 received, A2 accepted
/// into adjudication, A5 split: accepted. A3 returned as unprocessable, A4 not found, A6 rejected
/// for missing information, A7 rejected for invalid information, A8 rejected for a relational
/// field in error: rejected. Anything else (pending P*, finalized F*, requests R*, E* errors) does
/// not decide an acknowledgment. A rejection on any status of the claim rejects it.
/// </summary>
public static class ClaimStatusCategories
{
    private static readonly HashSet<string> AcceptedCategories = new(StringComparer.Ordinal) { "A0", "A1", "A2", "A5" };

    private static readonly HashSet<string> RejectedCategories = new(StringComparer.Ordinal) { "A3", "A4", "A6", "A7", "A8" };

    public static ClaimAcknowledgmentVerdict Verdict(IEnumerable<ClaimStatusCode> statuses)
    {
        var categories = statuses.Select(s => s.Category).ToList();
        if (categories.Exists(RejectedCategories.Contains))
        {
            return ClaimAcknowledgmentVerdict.Rejected;
        }

        return categories.Exists(AcceptedCategories.Contains) ? ClaimAcknowledgmentVerdict.Accepted : ClaimAcknowledgmentVerdict.Undecided;
    }
}
