namespace Chronicle.Interop.X12;

/// <summary>
/// Writes and reads loops 2320 (SBR, OI), 2330A (NM1*IL) and 2330B (NM1*PR), the same in the 837P
/// (005010X222A1) and the 837I (005010X223A2): after the claim's provider loops, before its first
/// line. The payer has not adjudicated the claim yet, so no CAS or AMT*D is written; the reader
/// passes over those the guide allows.
/// </summary>
internal static class ClaimOtherPayerLoops
{
    /// <summary>SBR09 codes the guides allow in loop 2320.</summary>
    private static readonly string[] FilingIndicators =
        ["11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"];

    /// <summary>SBR02 individual relationship codes the guides allow.</summary>
    private static readonly string[] Relationships = ["01", "18", "19", "20", "21", "39", "40", "53", "G8"];

    // Loop 2320 segments between SBR and OI, and after OI, that Chronicle does not write.
    private static readonly string[] Before = ["CAS", "AMT"];
    private static readonly string[] After = ["MIA", "MOA"];

    public static void Write(X12SegmentBuilder builder, ClaimOtherPayer? other)
    {
        if (other is null)
        {
            return;
        }

        builder.Add("SBR", "S", other.Relationship, null, null, null, null, null, null, other.FilingIndicator);

        // OI03 Y: benefits assigned; OI06 Y: the release of information is on file (as CLM08/CLM09).
        builder.Add("OI", null, null, "Y", null, null, "Y");
        builder.Add("NM1", "IL", "1", X12Text.Clean(other.SubscriberLastName, 60), X12Text.Clean(other.SubscriberFirstName, 35), null, null, null, "MI", X12Text.Clean(other.MemberId, 80));
        builder.Add("NM1", "PR", "2", X12Text.Clean(other.PayerName, 60), null, null, null, null, "PI", other.PayerId);
    }

    /// <summary>Checks an other payer's input as the claim's own subscriber and payer are checked.</summary>
    public static void Check(List<ClaimFileProblem> problems, string where, ClaimOtherPayer? other)
    {
        if (other is null)
        {
            return;
        }

        ClaimFileInputCheck.Text(problems, $"{where}, other subscriber last name", other.SubscriberLastName, 60);
        ClaimFileInputCheck.Text(problems, $"{where}, other subscriber first name", other.SubscriberFirstName, 35);
        ClaimFileInputCheck.Text(problems, $"{where}, other subscriber member id", other.MemberId, 80, minLength: 2);
        ClaimFileInputCheck.Text(problems, $"{where}, other payer name", other.PayerName, 60);
        ClaimFileInputCheck.Identifier(problems, $"{where}, other payer id", other.PayerId, 80, minLength: 2);
        if (!FilingIndicators.Contains(other.FilingIndicator) || !Relationships.Contains(other.Relationship))
        {
            problems.Add(new ClaimFileProblem(where, $"the other payer's claim filing indicator '{other.FilingIndicator}' or relationship '{other.Relationship}' is not an X12 code."));
        }
    }

    /// <summary>Reads every 2320 loop at the cursor, each with its 2330A and 2330B, which must follow it.</summary>
    public static List<ReadOtherPayer> Read(X12Cursor cursor, X12ElementCheck check)
    {
        var others = new List<ReadOtherPayer>();
        while (cursor.Optional("SBR") is { } sbr)
        {
            check.MaxElements(sbr, 9);
            var responsibility = check.Code(sbr, 1, true, "A", "B", "C", "D", "E", "F", "G", "H", "S", "T", "U") ?? string.Empty;
            var relationship = check.Code(sbr, 2, true, Relationships) ?? string.Empty;
            check.Text(sbr, 3, 1, 50, required: false);
            check.Text(sbr, 4, 1, 60, required: false);
            check.Empty(sbr, 6, 7, 8);
            var filing = check.Code(sbr, 9, true, FilingIndicators) ?? string.Empty;
            while (Before.Any(id => cursor.Is(id)))
            {
                cursor.Optional(cursor.Peek!.Id);
            }

            var oi = cursor.Expect("OI", null, "other insurance coverage information, loop 2320");
            check.MaxElements(oi, 6);
            check.Empty(oi, 1, 2, 5);
            check.Code(oi, 3, true, "N", "W", "Y");
            check.Code(oi, 4, false, "P");
            check.Code(oi, 6, true, "I", "Y");
            while (After.Any(id => cursor.Is(id)))
            {
                cursor.Optional(cursor.Peek!.Id);
            }

            var subscriber = cursor.Expect("NM1", "IL", "other subscriber name, loop 2330A");
            var memberId = X12Names.Check(check, subscriber, X12Names.PlanMember) ?? string.Empty;
            SkipDetails(cursor, "N3", "N4", "REF");
            var payer = cursor.Expect("NM1", "PR", "other payer name, loop 2330B");
            var payerId = X12Names.Check(check, payer, X12Names.Payer) ?? string.Empty;
            SkipDetails(cursor, "N3", "N4", "DTP", "REF");
            others.Add(new ReadOtherPayer(responsibility, relationship, filing, memberId, payer[3], payerId));
        }

        return others;
    }

    // The other subscriber's and payer's address, dates and secondary ids: allowed, not written, not needed.
    private static void SkipDetails(X12Cursor cursor, params string[] ids)
    {
        while (ids.Any(id => cursor.Is(id)))
        {
            cursor.Optional(cursor.Peek!.Id);
        }
    }
}
