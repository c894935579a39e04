namespace Chronicle.Application.Time.Worklist;

using Chronicle.Domain.Common;

/// <summary>
/// What reaching a threshold is worth, for the worklist's "payment at stake": the CY 2026 national
/// non-facility amounts (total RVUs × CF 33.4009, the CMS PPRRVU2026 file) of the time-based codes.
/// An estimate for prioritising calls, not a claim amount; month close prices claims from the
/// practice's fee schedule.
/// </summary>
internal static class WorklistFees
{
    private static readonly Dictionary<string, Money> Amounts = new(StringComparer.Ordinal)
    {
        ["99490"] = Money.FromDollars(66.13m),
        ["99439"] = Money.FromDollars(50.44m),
        ["99491"] = Money.FromDollars(89.18m),
        ["99437"] = Money.FromDollars(63.13m),
        ["99487"] = Money.FromDollars(144.29m),
        ["99489"] = Money.FromDollars(78.16m),
        ["99426"] = Money.FromDollars(67.80m),
        ["99427"] = Money.FromDollars(54.11m),
        ["99424"] = Money.FromDollars(87.51m),
        ["99425"] = Money.FromDollars(61.46m),
    };

    public static Money? Of(string? code) => code is not null && Amounts.TryGetValue(code, out var amount) ? amount : null;
}
