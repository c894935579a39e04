namespace Chronicle.Interop.X12.Responses;

/// <summary>What CLP02 says of a claim, in the words posting needs.</summary>
public enum RemittanceClaimStatus
{
    /// <summary>1, 2, 3 (processed as primary, secondary, tertiary) and 19, 20, 21 (the same, forwarded to another payer).</summary>
    Processed,

    /// <summary>4: denied.</summary>
    Denied,

    /// <summary>22: reversal of a previous payment (its amounts are negative).</summary>
    Reversed,

    /// <summary>23: not our claim, forwarded to another payer.</summary>
    NotOurClaimForwarded,

    /// <summary>25: predetermination pricing only, no payment.</summary>
    PricingOnly,
}

/// <summary>The one place that maps CLP02 claim status codes to <see cref="RemittanceClaimStatus"/>.</summary>
public static class RemittanceClaimStatusCodes
{
    public static RemittanceClaimStatus? FromCode(string code) => code switch
    {
        "1" or "2" or "3" or "19" or "20" or "21" => RemittanceClaimStatus.Processed,
        "4" => RemittanceClaimStatus.Denied,
        "22" => RemittanceClaimStatus.Reversed,
        "23" => RemittanceClaimStatus.NotOurClaimForwarded,
        "25" => RemittanceClaimStatus.PricingOnly,
        _ => null,
    };
}
