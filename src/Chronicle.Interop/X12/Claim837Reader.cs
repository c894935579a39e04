namespace Chronicle.Interop.X12;

using System.Globalization;

/// <summary>
/// A strict reader of the 837P 005010X222A1 profile Chronicle writes (Medicare Part B, patient =
/// subscriber): envelopes and their control numbers and counts, loop order, HL hierarchy, element
/// types, lengths and codes, NPI check digits, MBI format, ICD-10-CM shape, claim balancing and
/// diagnosis pointers. Every issue names its segment number and element. It never throws on input.
/// </summary>
public static class Claim837Reader
{
    /// <summary>After this many issues the rest are dropped; a file that bad needs no longer list.</summary>
    public const int MaxIssues = 200;

    public static Claim837ReadResult Read(string? text)
    {
        var claims = new List<ReadClaim>();
        var profile = new X12ClaimProfile(
            Claim837Writer.Version, "837P", ClaimFilingIndicators.All, (cursor, check, subscriber) => claims.Add(new Claim837ClaimReader(cursor, check, subscriber).Read()));
        var (issues, interchangeNumber, production) = Read(text, profile);
        return new Claim837ReadResult(issues, new Claim837Contents(interchangeNumber, production, claims));
    }

    /// <summary>Reads the envelopes, headers and subscriber levels both claim types share; the profile reads each claim.</summary>
    internal static (IReadOnlyList<X12Issue> Issues, int? InterchangeNumber, bool Production) Read(string? text, X12ClaimProfile profile)
    {
        var issues = new List<X12Issue>();
        var check = new X12ElementCheck(issues);
        int? interchangeNumber = null;
        var production = false;
        var segments = X12Tokenizer.Tokenize(text ?? string.Empty, issues);
        if (segments is not null)
        {
            RepetitionsAbsent(segments, check, profile);
            try
            {
                (interchangeNumber, production) = ReadInterchange(segments, check, profile);
            }
            catch (X12StructureStop)
            {
                // The issue that stopped the walk is already recorded.
            }
        }

        return ([.. issues.Take(MaxIssues)], interchangeNumber, production);
    }

    // No element of this profile repeats, so the repetition separator may appear only in ISA11.
    private static void RepetitionsAbsent(List<X12Segment> segments, X12ElementCheck check, X12ClaimProfile profile)
    {
        foreach (var segment in segments.Skip(1))
        {
            for (var index = 1; index <= segment.ElementCount; index++)
            {
                if (segment[index].Contains(segment.Delimiters.Repetition, StringComparison.Ordinal))
                {
                    check.Add(segment, segment.ElementName(index), $"no element of an {profile.Name} claim repeats; the repetition separator is not allowed here.");
                }
            }
        }
    }

    private static (int? Number, bool Production) ReadInterchange(List<X12Segment> segments, X12ElementCheck check, X12ClaimProfile profile)
    {
        var cursor = new X12Cursor(segments, 0, segments.Count, check);
        var isa = cursor.Expect("ISA", null, "interchange header");
        var (number, production) = CheckIsa(isa, check);
        var groups = 0;
        var groupNumbers = new HashSet<string>(StringComparer.Ordinal);
        while (cursor.Is("GS"))
        {
            groups++;
            ReadGroup(segments, cursor, check, profile, groupNumbers);
        }

        if (groups == 0)
        {
            cursor.Expect("GS", null, "functional group header");
        }

        var iea = cursor.Expect("IEA", null, "interchange trailer");
        check.MaxElements(iea, 2);
        if (check.Number(iea, 1, 5) is { } count && count != groups)
        {
            check.Add(iea, "IEA01", $"says {count} functional groups; the interchange has {groups}.");
        }

        if (check.Digits(iea, 2, 9, 9) is { } trailer && trailer != isa[13])
        {
            check.Add(iea, "IEA02", $"'{trailer}' does not match ISA13 '{isa[13]}'.");
        }

        cursor.ExpectEnd("nothing may follow IEA");
        return (number, production);
    }

    private static (int? Number, bool Production) CheckIsa(X12Segment isa, X12ElementCheck check)
    {
        check.MaxElements(isa, 16);
        check.Code(isa, 1, true, "00", "03");
        check.Code(isa, 3, true, "00", "01");
        var qualifiers = X12InterchangeQualifiers.All.ToArray();
        check.Code(isa, 5, true, qualifiers);
        check.Code(isa, 7, true, qualifiers);
        foreach (var index in new[] { 2, 4, 6, 8 })
        {
            if (isa[index].Any(c => !X12ElementCheck.IsX12Character(c)))
            {
                check.Add(isa, isa.ElementName(index), "holds a character outside the X12 character set.");
            }
        }

        if (isa[6].Trim().Length == 0 || isa[8].Trim().Length == 0)
        {
            check.Add(isa, isa[6].Trim().Length == 0 ? "ISA06" : "ISA08", "the sender and receiver ids are required.");
        }

        if (!DateOnly.TryParseExact(isa[9], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            check.Add(isa, "ISA09", $"'{isa[9]}' is not a date YYMMDD.");
        }

        check.Time(isa, 10, 4);
        check.Code(isa, 12, true, "00501");
        var number = check.Digits(isa, 13, 9, 9) is { } digits ? int.Parse(digits, CultureInfo.InvariantCulture) : (int?)null;
        if (number == 0)
        {
            check.Add(isa, "ISA13", "the interchange control number must not be zero.");
        }

        check.Code(isa, 14, true, "0", "1");
        var usage = check.Code(isa, 15, true, "T", "P");
        return (number, usage == "P");
    }

    private static void ReadGroup(List<X12Segment> segments, X12Cursor cursor, X12ElementCheck check, X12ClaimProfile profile, HashSet<string> groupNumbers)
    {
        var gs = cursor.Expect("GS", null, "functional group header");
        check.MaxElements(gs, 8);
        check.Code(gs, 1, true, "HC");
        check.Text(gs, 2, 2, 15);
        check.Text(gs, 3, 2, 15);
        var fileDate = check.Date(gs, 4);
        check.Time(gs, 5, 8);
        var groupNumber = check.Digits(gs, 6, 1, 9);
        if (groupNumber is not null && !groupNumbers.Add(groupNumber))
        {
            check.Add(gs, "GS06", $"group control number {groupNumber} is used twice in the interchange.");
        }

        check.Code(gs, 7, true, "X");
        check.Code(gs, 8, true, profile.Version);

        var transactions = 0;
        var transactionNumbers = new HashSet<string>(StringComparer.Ordinal);
        while (cursor.Is("ST"))
        {
            transactions++;
            Claim837TransactionReader.Read(segments, cursor, check, profile, transactionNumbers, fileDate);
        }

        if (transactions == 0)
        {
            cursor.Expect("ST", null, "transaction set header");
        }

        var ge = cursor.Expect("GE", null, "functional group trailer");
        check.MaxElements(ge, 2);
        if (check.Number(ge, 1, 6) is { } count && count != transactions)
        {
            check.Add(ge, "GE01", $"says {count} transaction sets; the group has {transactions}.");
        }

        if (check.Digits(ge, 2, 1, 9) is { } trailer && trailer != gs[6])
        {
            check.Add(ge, "GE02", $"'{trailer}' does not match GS06 '{gs[6]}'.");
        }
    }
}

/// <summary>
/// What differs between the 837P and the 837I readers above the claim: the implementation
/// guide version (GS08, ST03), the name in messages, SBR09, and the reader of one claim (loop 2300
/// and below), which keeps what it reads.
/// </summary>
internal sealed record X12ClaimProfile(string Version, string Name, IReadOnlyList<string> FilingIndicators, Action<X12Cursor, X12ElementCheck, X12SubscriberFacts> ReadClaim);
