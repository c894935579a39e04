namespace Chronicle.Domain.Payers;

using Chronicle.Domain.Common;

public readonly record struct PayerId(Guid Value)
{
    public static PayerId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// An entry of a practice's payer directory: who pays, the id claims name it by (2010BB NM109),
/// the claim format it takes and the interchange receiver its files are addressed to (ISA08,
/// 1000B). A Medicare Part B entry names its MAC jurisdiction (e.g. J6, JK).
/// </summary>
public sealed class Payer
{
    private Payer()
    {
        Code = Name = ReceiverId = ReceiverQualifier = ReceiverName = string.Empty;
    }

    public PayerId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    /// <summary>The payer id claims carry, unique in the practice's directory.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public PayerKind Kind { get; private set; }

    public string? MacJurisdiction { get; private set; }

    public ClaimFormat ClaimFormat { get; private set; }

    public string ReceiverId { get; private set; }

    /// <summary>ISA07: the qualifier of <see cref="ReceiverId"/> (ZZ mutually defined, 27 carrier, ...).</summary>
    public string ReceiverQualifier { get; private set; }

    public string ReceiverName { get; private set; }

    /// <summary>
    /// The revenue code this payer wants on institutional care-management lines, overriding the
    /// practice's default (ADR 0260); null takes the practice's. <see cref="Practices.PracticeBilling.LineRevenueCode"/> decides.
    /// </summary>
    public string? RevenueCode { get; private set; }

    public static Payer Create(PracticeId practiceId, PayerDetails details)
    {
        var payer = new Payer { Id = PayerId.New(), PracticeId = practiceId };
        payer.Update(details);
        return payer;
    }

    /// <summary>Applies the details; true when anything changed. The details must have passed <see cref="PayerDetails.Problems"/>.</summary>
    public bool Update(PayerDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        // Nullable, so that "no problem" is not the default (null, null) tuple.
        if (details.Problems().Select(p => ((string Field, string Message)?)p).FirstOrDefault() is { } problem)
        {
            throw new InvalidValueException(problem.Field, problem.Message);
        }

        var before = (Code, Name, Kind, MacJurisdiction, ClaimFormat, ReceiverId, ReceiverQualifier, ReceiverName, RevenueCode);
        (Code, Name, Kind, MacJurisdiction, ClaimFormat) = (details.Code, details.Name, details.Kind, details.MacJurisdiction, details.ClaimFormat);
        (ReceiverId, ReceiverQualifier, ReceiverName, RevenueCode) = (details.ReceiverId, details.ReceiverQualifier, details.ReceiverName, details.RevenueCode);
        return before != (Code, Name, Kind, MacJurisdiction, ClaimFormat, ReceiverId, ReceiverQualifier, ReceiverName, RevenueCode);
    }
}

/// <summary>A payer as entered (CSV row, admin form); <paramref name="RevenueCode"/> is optional (the practice's default applies).</summary>
public sealed record PayerDetails(
    string Code, string Name, PayerKind Kind, string? MacJurisdiction, ClaimFormat ClaimFormat, string ReceiverId, string ReceiverQualifier, string ReceiverName,
    string? RevenueCode = null)
{
    /// <summary>What is wrong, by field: ISA ids are 1–15 characters, a qualifier 2, a Medicare MAC (Part A or B) needs its jurisdiction.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 80)
        {
            yield return ("payer_id", "A payer id of 1 to 80 characters is required.");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 60)
        {
            yield return ("name", "A payer name of 1 to 60 characters is required.");
        }

        if (Kind.IsOriginalMedicare() && string.IsNullOrWhiteSpace(MacJurisdiction))
        {
            yield return ("mac_jurisdiction", "A Medicare Part A or Part B payer needs the MAC jurisdiction it bills through (e.g. J6, JK).");
        }

        if (!Kind.IsOriginalMedicare() && !string.IsNullOrWhiteSpace(MacJurisdiction))
        {
            yield return ("mac_jurisdiction", "Only a Medicare Part A or Part B payer has a MAC jurisdiction.");
        }

        if (RevenueCode is not null && Practices.BillingSettings.RevenueCodeFormatProblem(RevenueCode) is { } revenueProblem)
        {
            yield return ("revenue_code", revenueProblem);
        }

        if (string.IsNullOrWhiteSpace(ReceiverId) || ReceiverId.Length > 15)
        {
            yield return ("receiver_id", "An interchange receiver id of 1 to 15 characters is required (ISA08).");
        }

        if (ReceiverQualifier is not { Length: 2 } || !ReceiverQualifier.All(char.IsAsciiLetterOrDigit))
        {
            yield return ("receiver_qualifier", $"'{ReceiverQualifier}' is not an interchange id qualifier; it has 2 letters or digits (ZZ, 27, ...).");
        }

        if (string.IsNullOrWhiteSpace(ReceiverName) || ReceiverName.Length > 60)
        {
            yield return ("receiver_name", "A receiver name of 1 to 60 characters is required.");
        }
    }
}
