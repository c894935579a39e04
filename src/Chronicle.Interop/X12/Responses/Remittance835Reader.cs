namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// Reads 835 transaction sets: the header (BPR, TRN, N1*PR, N1*PE), then each CLP with its CAS,
/// NM1*QC, MOA/MIA and its SVC lines (each with DTM, CAS, REF*6R, AMT*B6, LQ*HE), then PLB. A CAS
/// belongs to the line it follows, or to the claim when no line has started. Segments posting does
/// not use (N3, N4, DTM*405, TS3, TS2, QTY, …) are read past. The balance is then checked
/// (<see cref="RemittanceBalance"/>).
/// </summary>
internal static class Remittance835Reader
{
    public static Remittance Read(IReadOnlyList<ResponseTransactionSet> sets, ResponseElements elements)
    {
        var advices = new List<RemittanceAdvice>();
        foreach (var set in sets)
        {
            advices.Add(ReadAdvice(set, elements));
        }

        return new Remittance(advices);
    }

    private static RemittanceAdvice ReadAdvice(ResponseTransactionSet set, ResponseElements elements)
    {
        var blockingBefore = elements.Problems.BlockingCount;
        var header = new RemittanceHeaderBuilder();
        var claims = new List<RemittanceClaimBuilder>();
        var adjustments = new List<ProviderAdjustment>();
        foreach (var segment in set.Body)
        {
            var claim = claims.Count > 0 ? claims[^1] : null;
            switch (segment.Id)
            {
                case "CLP":
                    claims.Add(RemittanceClaimBuilder.Start(segment, elements));
                    break;
                case "PLB":
                    adjustments.AddRange(ProviderAdjustments(segment, elements));
                    break;
                case "LX":
                    // A header number groups the claims that follow; it closes none of their values.
                    break;
                default:
                    if (claim is null || !claim.Take(segment, elements))
                    {
                        header.Take(segment, elements);
                    }

                    break;
            }
        }

        var advice = header.Build(set.Header, set.Body.Count > 0 ? set.Body[0] : set.Header, elements,
            [.. claims.Select(c => c.Build())], adjustments);
        if (elements.Problems.BlockingCount == blockingBefore)
        {
            RemittanceBalance.Check(set.Header, advice, elements.Problems);
        }

        return advice;
    }

    // PLB03/04 through PLB13/14 are up to six pairs of a reason:reference composite and an amount.
    private static IEnumerable<ProviderAdjustment> ProviderAdjustments(X12Segment segment, ResponseElements elements)
    {
        var provider = elements.Required(segment, 1, "the provider identifier");
        var period = elements.Date(segment, 2);
        for (var index = 3; index < 15; index += 2)
        {
            if (segment[index].Length == 0 && segment[index + 1].Length == 0)
            {
                continue;
            }

            var reason = segment.Components(index);
            if (reason[0].Length == 0)
            {
                elements.Problems.Blocking(segment, segment.ElementName(index), "the adjustment reason code is missing.");
            }

            if (elements.Amount(segment, index + 1) is { } amount)
            {
                yield return new ProviderAdjustment(segment.Number, provider, period, reason[0], reason.Length > 1 && reason[1].Length > 0 ? reason[1] : null, amount);
            }
        }
    }
}
