namespace Chronicle.Interop.X12.Responses;

/// <summary>What a file coming back from a clearinghouse is, recognised by its content (ST01 and the guide in ST03/GS08).</summary>
public enum ResponseKind
{
    /// <summary>Not a response Chronicle reads (or not X12 at all); the problems say what it is.</summary>
    Unrecognised,

    /// <summary>999 Implementation Acknowledgment (005010X231A1): was each transaction set accepted.</summary>
    ImplementationAcknowledgment999,

    /// <summary>277CA Health Care Claim Acknowledgment (277 with 005010X214): was each claim accepted.</summary>
    ClaimAcknowledgment277CA,

    /// <summary>835 Health Care Claim Payment/Advice (005010X221A1): what was paid, adjusted or denied.</summary>
    Remittance835,
}

/// <summary>Tells the kind of a transaction set from its ST and GS.</summary>
internal static class ResponseKindRecognition
{
    public static ResponseKind Recognise(ResponseTransactionSet set, ResponseProblems problems)
    {
        var st = set.Header;
        var guide = st[3].Length > 0 ? st[3] : set.Group[8];
        switch (st[1])
        {
            case "999":
                return ResponseKind.ImplementationAcknowledgment999;
            case "835":
                return ResponseKind.Remittance835;
            case "277" when guide.Contains("X214", StringComparison.Ordinal):
                return ResponseKind.ClaimAcknowledgment277CA;
            case "277":
                problems.Blocking(st, "ST03", $"a 277 for guide '{guide}' is a claim status response, not a claim acknowledgment (277CA, 005010X214); Chronicle reads only the 277CA.");
                return ResponseKind.Unrecognised;
            case "837":
                problems.Blocking(st, "ST01", "this is an 837 claim, not a response to one.");
                return ResponseKind.Unrecognised;
            default:
                problems.Blocking(st, "ST01", $"'{st[1]}' is not a transaction set Chronicle reads (999, 277CA or 835).");
                return ResponseKind.Unrecognised;
        }
    }
}
