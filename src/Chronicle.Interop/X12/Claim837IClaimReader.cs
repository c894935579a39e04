namespace Chronicle.Interop.X12;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;

/// <summary>
/// Loop 2300 of an 837I and its 2310A and 2400 loops: CLM with the type of bill, DTP*434, CL1,
/// REF*F8 for a replacement or void, HI*ABK and HI*ABF, the attending provider NM1*71, then
/// LX/SV2/DTP*472/REF*6R lines; checks balancing (CLM02 = Σ SV203). Segments the guide allows
/// but Chronicle does not write are passed over where they may stand.
/// </summary>
internal sealed class Claim837IClaimReader(X12Cursor cursor, X12ElementCheck check, X12SubscriberFacts subscriber)
{
    private const int MaxOtherDiagnoses = 12;

    // Loop 2300 segments between CL1 and HI the guide allows and Chronicle neither writes nor needs.
    private static readonly string[] ClaimExtras = ["PWK", "CN1", "AMT", "REF", "K3", "NTE", "CRC"];

    // HI qualifiers other than diagnoses: admitting, reason for visit, external cause, DRG, procedures, codes.
    private static readonly string[] OtherHiQualifiers = ["ABJ", "APR", "ABN", "DR", "BBR", "BBQ", "BR", "BQ", "BI", "BH", "BE", "BG", "TC"];

    public ReadInstitutionalClaim Read()
    {
        var clm = cursor.Expect("CLM", null, "claim information, loop 2300");
        check.MaxElements(clm, 20);
        var claimId = check.Text(clm, 1, 1, 38) ?? string.Empty;
        var total = check.Amount(clm, 2, 18);
        check.Empty(clm, 3, 4, 6);
        var (typeOfBill, frequency) = TypeOfBill(clm);
        check.Code(clm, 7, true, "A", "B", "C");
        check.Code(clm, 8, true, "Y", "N", "W");
        check.Code(clm, 9, true, "Y", "I");

        cursor.Optional("DTP", "096");
        var (from, through) = StatementPeriod(cursor.Expect("DTP", "434", "statement dates, loop 2300"));
        cursor.Optional("DTP", "435");
        InstitutionalCode(cursor.Expect("CL1", null, "institutional claim code, loop 2300"));

        string? originalReference = null;
        while (ClaimExtras.Any(id => cursor.Is(id)))
        {
            var extra = cursor.Optional(cursor.Peek!.Id)!;
            if (extra.Id == "REF" && extra[1] == "F8")
            {
                check.MaxElements(extra, 2);
                originalReference = check.Text(extra, 2, 1, 50);
            }
        }

        if (originalReference is not null && frequency == "1")
        {
            check.Add(clm, "CLM05-3", "an original claim (frequency 1) carries no payer claim control number (REF*F8).");
        }
        else if (originalReference is null && frequency is "7" or "8")
        {
            check.Add(clm, "CLM05-3", $"frequency {frequency} needs REF*F8 with the payer's claim control number of the original.");
        }

        var diagnoses = new List<string>();
        Diagnosis(cursor.Expect("HI", null, "principal diagnosis, loop 2300"), "ABK", 1, diagnoses);
        while (cursor.Is("HI"))
        {
            var hi = cursor.Optional("HI")!;
            var qualifier = hi.Components(1)[0];
            if (qualifier == "ABF")
            {
                Diagnosis(hi, "ABF", MaxOtherDiagnoses, diagnoses);
            }
            else if (!OtherHiQualifiers.Contains(qualifier))
            {
                check.Add(hi, "HI01-1", $"'{qualifier}' is not an institutional HI qualifier (ABK principal, ABF other diagnoses, ...).");
            }
        }

        var attending = cursor.Expect("NM1", "71", "attending provider name, loop 2310A");
        var attendingNpi = X12Names.Check(check, attending, X12Names.Attending);
        if (cursor.Optional("PRV") is { } prv)
        {
            X12Names.CheckTaxonomy(check, prv, "AT");
        }

        SkipProviderLoops();
        var otherPayers = ClaimOtherPayerLoops.Read(cursor, check);
        var lines = new List<ReadInstitutionalLine>();
        do
        {
            var lx = cursor.Expect("LX", null, "service line number, loop 2400");
            check.MaxElements(lx, 1);
            if (check.Number(lx, 1, 6) is { } number && number != lines.Count + 1)
            {
                check.Add(lx, "LX01", $"{number} breaks the line numbering; expected {lines.Count + 1}.");
            }

            lines.Add(new Claim837ILineReader(cursor, check, subscriber.FileDate, from, through).Read());
        }
        while (cursor.Is("LX"));

        var sum = lines.Aggregate(Money.Zero, (s, line) => s + line.Charge);
        if (total is { } claimed && claimed != sum)
        {
            check.Add(clm, "CLM02", $"the claim total {Claim837Writer.Amount(claimed)} is not the sum of its lines, {Claim837Writer.Amount(sum)}.");
        }

        return new ReadInstitutionalClaim(
            subscriber.TransactionNumber, subscriber.BillingNpi, claimId, total ?? Money.Zero, typeOfBill ?? string.Empty, originalReference,
            from, through, subscriber.Mbi, subscriber.LastName, subscriber.FirstName, subscriber.BirthDate, subscriber.PayerId,
            diagnoses, attendingNpi, lines)
        {
            OtherPayers = otherPayers,
        };
    }

    private (string? TypeOfBill, string? Frequency) TypeOfBill(X12Segment clm)
    {
        var parts = clm.Components(5);
        if (clm[5].Length == 0 || parts.Length != 3)
        {
            check.Add(clm, "CLM05", "must be the facility type code, qualifier A and the frequency code (three components).");
            return (null, null);
        }

        var facility = parts[0];
        if (!X12Text.IsDigits(facility, 2))
        {
            check.Add(clm, "CLM05-1", $"'{facility}' is not the two digits of a type of bill's facility type and classification.");
            facility = null;
        }

        check.Code(clm, "CLM05-2", parts[1], "A");
        var frequency = check.Code(clm, "CLM05-3", parts[2], "1", "7", "8");
        return (facility is null || frequency is null ? null : "0" + facility + frequency, frequency);
    }

    private (DateOnly? From, DateOnly? Through) StatementPeriod(X12Segment dtp)
    {
        check.MaxElements(dtp, 3);
        check.Code(dtp, 2, true, "RD8");
        var range = check.Simple(dtp, 3, required: true);
        var ends = range?.Split('-') ?? [];
        if (ends.Length != 2)
        {
            check.Add(dtp, "DTP03", $"'{range}' is not a range CCYYMMDD-CCYYMMDD.");
            return (null, null);
        }

        var from = check.Date(dtp, "DTP03", ends[0]);
        var through = check.Date(dtp, "DTP03", ends[1]);
        if (from > through)
        {
            check.Add(dtp, "DTP03", "the statement period ends before it starts.");
        }

        if (through > subscriber.FileDate)
        {
            check.Add(dtp, "DTP03", "the statement period ends after the file's date (GS04).");
        }

        return (from, through);
    }

    private void InstitutionalCode(X12Segment cl1)
    {
        check.MaxElements(cl1, 4);
        check.Code(cl1, 1, false, "1", "2", "3", "4", "5", "9");
        check.Text(cl1, 2, 1, 1, required: false);
        check.Digits(cl1, 3, 2, 2);
        check.Empty(cl1, 4);
    }

    private void Diagnosis(X12Segment hi, string qualifier, int max, List<string> diagnoses)
    {
        check.MaxElements(hi, max);
        for (var index = 1; index <= Math.Min(hi.ElementCount, max); index++)
        {
            var name = hi.ElementName(index);
            var parts = hi.Components(index);
            if (parts.Length != 2)
            {
                check.Add(hi, name, "must be a qualifier and an ICD-10-CM code (two components).");
                continue;
            }

            check.Code(hi, $"{name}-1", parts[0], qualifier);
            if (check.Text(hi, $"{name}-2", parts[1], 1, 30) is not { } code)
            {
                continue;
            }

            var parsed = Icd10Code.TryParse(code);
            if (!parsed.IsValid || parsed.Value.Value != code)
            {
                check.Add(hi, $"{name}-2", $"'{code}' is not an ICD-10-CM code written without the dot (e.g. E119).");
            }
            else if (diagnoses.Contains(code))
            {
                check.Add(hi, $"{name}-2", $"{code} appears twice.");
            }
            else
            {
                diagnoses.Add(code);
            }
        }

        if (hi.ElementCount == 0)
        {
            check.Add(hi, "HI01", "is required.");
        }
    }

    // Loops 2310B–2310F (operating, other operating, rendering, service facility, referring) with their REF.
    private void SkipProviderLoops()
    {
        while (cursor.Peek is { Id: "NM1" } nm1 && nm1[1] is "72" or "ZZ" or "82" or "77" or "DN")
        {
            cursor.Optional("NM1");
            check.MaxElements(nm1, 9);
            while (cursor.Optional("REF") is not null || cursor.Optional("N3") is not null || cursor.Optional("N4") is not null || cursor.Optional("PRV") is not null)
            {
                // Passed over: Chronicle writes none of these loops.
            }
        }
    }
}
