namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Payers;

/// <summary>One claim file's address: its interchange receiver, and each claim's payer from the directory.</summary>
internal sealed record ClaimRoute(FileReceiver Receiver, IReadOnlyDictionary<Guid, Payer> PayerOf, IReadOnlyList<BillingClaim> Claims)
{
    /// <summary>Loops 2320/2330A/2330B of each claim marked for Medigap crossover (<see cref="ClaimCrossovers"/>).</summary>
    public IReadOnlyDictionary<Guid, Interop.X12.ClaimOtherPayer> CrossoverOf { get; init; } = new Dictionary<Guid, Interop.X12.ClaimOtherPayer>();
}

/// <summary>ISA07/ISA08, GS03 and loop 1000B.</summary>
internal sealed record FileReceiver(string Id, string Qualifier, string Name);

/// <summary>
/// Sorts approved claims into one file per interchange receiver (ADR 0221): each claim goes to the
/// payer it was closed for (a claim closed before payers were kept, to the practice's one Original
/// Medicare payer), and a payer's receiver is the configured one for its payer id, else the
/// directory's. An institutional practice's Original Medicare claims go to its Part A MAC, the
/// directory's one <c>medicare-part-a</c> entry, not to the Part B payer the coverage names
/// (ADR 0260). What cannot be routed is listed by claim.
/// </summary>
internal static class ClaimRoutes
{
    public static (List<ClaimRoute> Routes, List<string> Problems) Plan(
        IReadOnlyList<BillingClaim> claims, IReadOnlyList<Payer> payers, ClaimFileOptions options, bool institutional = false)
    {
        var byCode = payers.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var partB = payers.Where(p => p.Kind == PayerKind.MedicarePartB).ToList();
        var problems = new List<string>();
        var payerOf = new Dictionary<Guid, Payer>();
        foreach (var claim in claims)
        {
            if (claim.PayerCode is { } code)
            {
                if (byCode.TryGetValue(code, out var payer))
                {
                    payerOf[claim.Id] = payer;
                }
                else
                {
                    problems.Add($"claim {claim.ClaimNumber}: its payer {code} is no longer in the payer directory; add it back or correct the claim.");
                }
            }
            else if (partB.Count == 1)
            {
                payerOf[claim.Id] = partB[0];
            }
            else
            {
                problems.Add($"claim {claim.ClaimNumber} was closed before payers were kept and the payer directory has {partB.Count} Original Medicare payers; keep exactly one, or correct the claim.");
            }
        }

        if (institutional)
        {
            ToPartA(claims, payers, payerOf, problems);
        }

        var routes = claims.Where(c => payerOf.ContainsKey(c.Id))
            .GroupBy(c => ReceiverOf(payerOf[c.Id], options), ByInterchangeId.Instance)
            .OrderBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => new ClaimRoute(g.Key, payerOf, g.ToList()))
            .ToList();
        return (routes, problems);
    }

    /// <summary>Original Medicare's institutional claims are Part A's: RHC, FQHC and CAH claims go to the Part A MAC (docs/rules/institutional.md §1).</summary>
    private static void ToPartA(IReadOnlyList<BillingClaim> claims, IReadOnlyList<Payer> payers, Dictionary<Guid, Payer> payerOf, List<string> problems)
    {
        var partA = payers.Where(p => p.Kind == PayerKind.MedicarePartA).ToList();
        foreach (var claim in claims.Where(c => payerOf.TryGetValue(c.Id, out var payer) && payer.Kind == PayerKind.MedicarePartB))
        {
            if (partA.Count == 1)
            {
                payerOf[claim.Id] = partA[0];
                continue;
            }

            payerOf.Remove(claim.Id);
            problems.Add(partA.Count == 0
                ? $"claim {claim.ClaimNumber} is for Original Medicare, whose institutional claims go to the Part A MAC; add it to the payer directory (kind medicare-part-a, with its payer id and receiver)."
                : $"claim {claim.ClaimNumber} is for Original Medicare and the payer directory has {partA.Count} Medicare Part A payers; keep exactly one.");
        }
    }

    private static FileReceiver ReceiverOf(Payer payer, ClaimFileOptions options) =>
        options.Receivers.TryGetValue(payer.Code, out var configured)
            ? new FileReceiver(configured.Id!, configured.Qualifier!, configured.Name!)
            : new FileReceiver(payer.ReceiverId, payer.ReceiverQualifier, payer.ReceiverName);

    /// <summary>Receivers are the same interchange partner when their id and qualifier agree, whatever each payer calls them.</summary>
    private sealed class ByInterchangeId : IEqualityComparer<FileReceiver>
    {
        public static ByInterchangeId Instance { get; } = new();

        public bool Equals(FileReceiver? x, FileReceiver? y) => x?.Id == y?.Id && x?.Qualifier == y?.Qualifier;

        public int GetHashCode(FileReceiver obj) => HashCode.Combine(obj.Id, obj.Qualifier);
    }
}
