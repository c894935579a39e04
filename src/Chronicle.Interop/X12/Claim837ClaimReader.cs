namespace Chronicle.Interop.X12;

using System.Globalization;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;

/// <summary>
/// Loop 2300 and its 2310B and 2400 loops: CLM, REF*F8 for a replacement or void, HI, the
/// rendering provider, then LX/SV1/DTP*472 lines; checks balancing (CLM02 = Σ SV102) and that
/// every diagnosis pointer names an HI position.
/// </summary>
internal sealed class Claim837ClaimReader(X12Cursor cursor, X12ElementCheck check, X12SubscriberFacts subscriber)
{
    private const int MaxDiagnoses = 12;
    private const int MaxLines = 50;

    public ReadClaim Read()
    {
        var clm = cursor.Expect("CLM", null, "claim information, loop 2300");
        check.MaxElements(clm, 9);
        var claimId = check.Text(clm, 1, 1, 38) ?? string.Empty;
        var total = check.Amount(clm, 2, 18);
        check.Empty(clm, 3, 4);
        var (placeOfService, frequency) = ClaimCode(clm);
        check.Code(clm, 6, true, "Y", "N");
        check.Code(clm, 7, true, "A", "B", "C");
        check.Code(clm, 8, true, "Y", "N", "W");
        check.Code(clm, 9, true, "Y", "I");

        string? originalReference = null;
        if (cursor.Optional("REF", "F8") is { } reference)
        {
            check.MaxElements(reference, 2);
            originalReference = check.Text(reference, 2, 1, 50);
            if (frequency == "1")
            {
                check.Add(reference, "REF01", "an original claim (CLM05-3 = 1) carries no payer claim control number.");
            }
        }
        else if (frequency is "7" or "8")
        {
            check.Add(clm, "CLM05-3", $"frequency {frequency} needs REF*F8 with the payer's claim control number of the original.");
        }

        var diagnoses = Diagnoses(cursor.Expect("HI", null, "health care diagnosis codes, loop 2300"));

        string? renderingNpi = null;
        if (cursor.Optional("NM1", "82") is { } rendering)
        {
            renderingNpi = X12Names.Check(check, rendering, X12Names.Rendering);
            if (cursor.Optional("PRV") is { } prv)
            {
                X12Names.CheckTaxonomy(check, prv, "PE");
            }
        }

        var otherPayers = ClaimOtherPayerLoops.Read(cursor, check);
        var lines = new List<ReadServiceLine>();
        do
        {
            var lx = cursor.Expect("LX", null, "service line number, loop 2400");
            check.MaxElements(lx, 1);
            if (check.Number(lx, 1, 6) is { } number && number != lines.Count + 1)
            {
                check.Add(lx, "LX01", $"{number} breaks the line numbering; expected {lines.Count + 1}.");
            }

            if (lines.Count == MaxLines)
            {
                check.Add(lx, null, $"a claim carries at most {MaxLines} service lines.");
            }

            var line = new Claim837LineReader(check, diagnoses.Count, placeOfService, subscriber.FileDate).Read(
                cursor.Expect("SV1", null, "professional service, loop 2400"),
                cursor.Expect("DTP", "472", "date of service, loop 2400"));
            lines.Add(line with { ControlNumber = LineControlNumber(lines) });
        }
        while (cursor.Is("LX"));

        var sum = lines.Aggregate(Money.Zero, (s, line) => s + line.Charge);
        if (total is { } claimed && claimed != sum)
        {
            check.Add(clm, "CLM02", $"the claim total {Claim837Writer.Amount(claimed)} is not the sum of its lines, {Claim837Writer.Amount(sum)}.");
        }

        return new ReadClaim(
            subscriber.TransactionNumber, subscriber.BillingNpi, claimId, total ?? Money.Zero, placeOfService ?? string.Empty,
            frequency ?? string.Empty, originalReference, subscriber.Mbi, subscriber.LastName, subscriber.FirstName,
            subscriber.BirthDate, subscriber.Sex, subscriber.PayerId, diagnoses, renderingNpi, lines)
        {
            OtherPayers = otherPayers,
        };
    }

    /// <summary>
    /// REF*6R, the line item control number the 835 echoes (ADR 0225): optional in the guide, but
    /// when present it must be letters, digits and hyphens and unique among the claim's lines, or
    /// a payment could not be matched to its one line.
    /// </summary>
    private string? LineControlNumber(List<ReadServiceLine> earlier)
    {
        if (cursor.Optional("REF", "6R") is not { } reference)
        {
            return null;
        }

        check.MaxElements(reference, 2);
        var control = check.Text(reference, 2, 1, 50);
        if (control is null)
        {
            return null;
        }

        if (!control.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            check.Add(reference, "REF02", $"'{control}' is not a line control number (letters, digits and hyphens).");
        }
        else if (earlier.Any(l => l.ControlNumber == control))
        {
            check.Add(reference, "REF02", $"line control number '{control}' is used by another line of this claim.");
        }

        return control;
    }

    private (string? PlaceOfService, string? Frequency) ClaimCode(X12Segment clm)
    {
        if (clm[5].Length == 0)
        {
            check.Add(clm, "CLM05", "is required.");
            return (null, null);
        }

        var parts = clm.Components(5);
        if (parts.Length != 3)
        {
            check.Add(clm, "CLM05", "must be place of service, qualifier B and frequency code (three components).");
            return (null, null);
        }

        string? place = parts[0];
        if (!X12Text.IsDigits(place, 2))
        {
            check.Add(clm, "CLM05-1", $"'{place}' is not a two-digit place of service code.");
            place = null;
        }

        check.Code(clm, "CLM05-2", parts[1], "B");
        return (place, check.Code(clm, "CLM05-3", parts[2], "1", "7", "8"));
    }

    private List<string> Diagnoses(X12Segment hi)
    {
        var codes = new List<string>();
        check.MaxElements(hi, MaxDiagnoses);
        for (var index = 1; index <= Math.Min(hi.ElementCount, MaxDiagnoses); index++)
        {
            var name = hi.ElementName(index);
            var parts = hi.Components(index);
            if (parts.Length != 2)
            {
                check.Add(hi, name, "must be a qualifier and an ICD-10-CM code (two components).");
                continue;
            }

            check.Code(hi, $"{name}-1", parts[0], index == 1 ? "ABK" : "ABF");
            if (check.Text(hi, $"{name}-2", parts[1], 1, 30) is not { } code)
            {
                continue;
            }

            var parsed = Icd10Code.TryParse(code);
            if (!parsed.IsValid || parsed.Value.Value != code)
            {
                check.Add(hi, $"{name}-2", $"'{code}' is not an ICD-10-CM code written without the dot (e.g. E119).");
                continue;
            }

            if (codes.Contains(code))
            {
                check.Add(hi, $"{name}-2", $"{code} appears twice.");
            }

            codes.Add(code);
        }

        if (hi.ElementCount == 0)
        {
            check.Add(hi, "HI01", "the principal diagnosis is required.");
        }

        return codes;
    }
}
