namespace Chronicle.Interop.X12;

/// <summary>
/// Loops 2320, 2330A and 2330B: a payer after the claim's payer, written so the primary can pass
/// the claim on. Chronicle writes one: the Medigap secondary behind Original Medicare, named by its
/// COBA id so that Medicare crosses the claim over (docs/rules/ccm.md §6.5); the practice sends it
/// no claim of its own. The patient is its subscriber too (SBR02 18, self).
/// </summary>
public sealed record ClaimOtherPayer(
    string SubscriberLastName,
    string SubscriberFirstName,
    string MemberId,
    string PayerName,
    string PayerId,
    string FilingIndicator = ClaimFilingIndicators.Commercial,
    string Relationship = ClaimOtherPayer.Self)
{
    /// <summary>SBR02 individual relationship code: the patient is the other insured.</summary>
    public const string Self = "18";
}

/// <summary>An other payer as read back from loops 2320/2330A/2330B; values that failed their checks are empty.</summary>
public sealed record ReadOtherPayer(string Responsibility, string Relationship, string FilingIndicator, string MemberId, string PayerName, string PayerId);
