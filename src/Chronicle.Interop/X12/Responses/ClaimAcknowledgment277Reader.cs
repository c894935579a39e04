namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// Reads the claims of 277CA transaction sets. The HL hierarchy goes information source (20),
/// receiver (21), billing provider (19), patient (PT); each PT level is one claim, whose TRN*2 is
/// our claim control number (CLM01), STC its statuses and REF*1K the payer's claim number. Line
/// level statuses (after an SVC) are read past: the claim's verdict is what Chronicle records. A
/// claim without a control number or without a status blocks the file, since it could not be matched or decided.
/// </summary>
internal static class ClaimAcknowledgment277Reader
{
    public static ClaimAcknowledgment Read(IReadOnlyList<ResponseTransactionSet> sets, ResponseElements elements)
    {
        var claims = new List<AcknowledgedClaim>();
        foreach (var set in sets)
        {
            ClaimBuilder? claim = null;
            var inLine = false;
            foreach (var segment in set.Body)
            {
                if (segment.Id == "HL")
                {
                    Close(claim, claims, elements);
                    claim = segment[3] == "PT" ? new ClaimBuilder(segment) : null;
                    inLine = false;
                    continue;
                }

                if (claim is null)
                {
                    continue;
                }

                switch (segment.Id)
                {
                    case "NM1" when segment[1] == "QC":
                        claim.MemberId = ResponseElements.Optional(segment, 9);
                        break;
                    case "TRN" when !inLine:
                        claim.ControlNumber ??= ResponseElements.Optional(segment, 2);
                        break;
                    case "STC" when !inLine:
                        claim.Statuses.AddRange(Statuses(segment, elements));
                        break;
                    case "REF" when segment[1] == "1K" && !inLine:
                        claim.PayerClaimNumber = ResponseElements.Optional(segment, 2);
                        break;
                    case "REF" when segment[1] == "D9" && !inLine:
                        claim.TraceNumber = ResponseElements.Optional(segment, 2);
                        break;
                    case "SVC":
                        inLine = true;
                        break;
                    default:
                        break;
                }
            }

            Close(claim, claims, elements);
        }

        return new ClaimAcknowledgment(claims);
    }

    // STC01, STC10 and STC11 are each a category:status:entity composite; the date and amount are the claim's.
    private static IEnumerable<ClaimStatusCode> Statuses(X12Segment segment, ResponseElements elements)
    {
        var date = elements.Date(segment, 2);
        var amount = segment[4].Length > 0 ? elements.Amount(segment, 4) : null;
        foreach (var index in new[] { 1, 10, 11 })
        {
            if (segment[index].Length == 0)
            {
                continue;
            }

            var parts = segment.Components(index);
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                elements.Problems.Blocking(segment, segment.ElementName(index), $"'{segment[index]}' is not a category and status code pair.");
                continue;
            }

            yield return new ClaimStatusCode(parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null, date, amount);
        }
    }

    private static void Close(ClaimBuilder? claim, List<AcknowledgedClaim> claims, ResponseElements elements)
    {
        if (claim is null)
        {
            return;
        }

        if (claim.ControlNumber is null)
        {
            elements.Problems.Blocking(claim.Opened, null, "the claim at this patient level has no TRN*2 with its claim control number, so it cannot be matched.");
        }

        if (claim.Statuses.Count == 0)
        {
            elements.Problems.Blocking(claim.Opened, null, $"claim {claim.ControlNumber} has no STC status.");
        }

        var verdict = ClaimStatusCategories.Verdict(claim.Statuses);
        if (verdict == ClaimAcknowledgmentVerdict.Undecided && claim.Statuses.Count > 0)
        {
            elements.Problems.Lenient(claim.Opened, null, $"claim {claim.ControlNumber}: the statuses {string.Join(", ", claim.Statuses)} neither accept nor reject it.");
        }

        claims.Add(new AcknowledgedClaim(claim.Opened.Number, claim.ControlNumber ?? string.Empty, claim.PayerClaimNumber, claim.TraceNumber, claim.MemberId, [.. claim.Statuses], verdict));
    }

    private sealed class ClaimBuilder(X12Segment opened)
    {
        public X12Segment Opened { get; } = opened;

        public string? ControlNumber { get; set; }

        public string? PayerClaimNumber { get; set; }

        public string? TraceNumber { get; set; }

        public string? MemberId { get; set; }

        public List<ClaimStatusCode> Statuses { get; } = [];
    }
}
