namespace Chronicle.Interop.X12;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>One SV1 with its DTP*472.</summary>
internal sealed class Claim837LineReader(X12ElementCheck check, int diagnosisCount, string? claimPlaceOfService, DateOnly? fileDate)
{
    public ReadServiceLine Read(X12Segment sv1, X12Segment dtp)
    {
        check.MaxElements(sv1, 7);
        var (code, modifiers) = Procedure(sv1);
        var charge = check.Amount(sv1, 2, 18);
        check.Code(sv1, 3, true, "UN");
        var units = check.Quantity(sv1, 4, 15);
        if (check.Simple(sv1, 5, required: false) is { } place)
        {
            if (!X12Text.IsDigits(place, 2))
            {
                check.Add(sv1, "SV105", $"'{place}' is not a two-digit place of service code.");
            }
            else if (place == claimPlaceOfService)
            {
                check.Add(sv1, "SV105", "is only sent when it differs from CLM05-1.");
            }
        }

        check.Empty(sv1, 6);
        var pointers = Pointers(sv1);

        check.MaxElements(dtp, 3);
        var format = check.Code(dtp, 2, true, "D8", "RD8");
        DateOnly? date = null;
        if (format == "D8")
        {
            date = check.Date(dtp, 3);
        }
        else if (format == "RD8" && check.Simple(dtp, 3, required: true) is { } range)
        {
            var ends = range.Split('-');
            if (ends.Length != 2)
            {
                check.Add(dtp, "DTP03", $"'{range}' is not a range CCYYMMDD-CCYYMMDD.");
            }
            else if (check.Date(dtp, "DTP03", ends[0]) is { } from && check.Date(dtp, "DTP03", ends[1]) is { } to)
            {
                date = from;
                if (to < from)
                {
                    check.Add(dtp, "DTP03", "the range ends before it starts.");
                }

                if (to > fileDate)
                {
                    check.Add(dtp, "DTP03", "the service ends after the file's date (GS04).");
                }
            }
        }

        if (format == "D8" && date > fileDate)
        {
            check.Add(dtp, "DTP03", "the service date is after the file's date (GS04).");
        }

        return new ReadServiceLine(code, modifiers, charge ?? Money.Zero, units ?? 0, pointers, date);
    }

    private (string Code, List<string> Modifiers) Procedure(X12Segment sv1)
    {
        var modifiers = new List<string>();
        if (sv1[1].Length == 0)
        {
            check.Add(sv1, "SV101", "is required.");
            return (string.Empty, modifiers);
        }

        var parts = sv1.Components(1);
        if (parts.Length is < 2 or > 7)
        {
            check.Add(sv1, "SV101", "must be HC, the procedure code and up to four modifiers.");
            return (string.Empty, modifiers);
        }

        check.Code(sv1, "SV101-1", parts[0], "HC");
        var code = parts[1];
        var parsed = HcpcsCode.TryParse(code);
        if (!parsed.IsValid || parsed.Value.Value != code)
        {
            check.Add(sv1, "SV101-2", $"'{code}' is not a CPT/HCPCS code.");
        }

        for (var i = 2; i < Math.Min(parts.Length, 6); i++)
        {
            if (parts[i].Length != 2 || !parts[i].All(char.IsAsciiLetterOrDigit))
            {
                check.Add(sv1, $"SV101-{i + 1}", $"'{parts[i]}' is not a two-character modifier.");
            }
            else
            {
                modifiers.Add(parts[i]);
            }
        }

        if (parts.Length == 7)
        {
            check.Text(sv1, "SV101-7", parts[6], 1, 80);
        }

        return (code, modifiers);
    }

    private List<int> Pointers(X12Segment sv1)
    {
        var pointers = new List<int>();
        if (sv1[7].Length == 0)
        {
            check.Add(sv1, "SV107", "at least one diagnosis pointer is required.");
            return pointers;
        }

        var parts = sv1.Components(7);
        if (parts.Length > 4)
        {
            check.Add(sv1, "SV107", "a line has at most four diagnosis pointers.");
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var name = $"SV107-{i + 1}";
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var pointer) || parts[i].Length > 2 || pointer < 1)
            {
                check.Add(sv1, name, $"'{parts[i]}' is not a diagnosis pointer 1–12.");
            }
            else if (pointer > diagnosisCount)
            {
                check.Add(sv1, name, $"points at diagnosis {pointer}; the claim has {diagnosisCount}.");
            }
            else if (pointers.Contains(pointer))
            {
                check.Add(sv1, name, $"diagnosis {pointer} is pointed at twice.");
            }
            else
            {
                pointers.Add(pointer);
            }
        }

        return pointers;
    }
}
