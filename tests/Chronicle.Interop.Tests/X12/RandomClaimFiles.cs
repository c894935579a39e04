namespace Chronicle.Interop.Tests.X12;

using System.Text;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

/// <summary>Random but valid claim file inputs whose free text is hostile: separators, accents, emoji, control characters.</summary>
internal static class RandomClaimFiles
{
    private const string HostileAlphabet = "abcXYZ 019*~:^\r\n\t|\\<>!&'é€😀.,-#@ñÅ";
    private const string MbiLetters = "ACDEFGHJKMNPQRTUVWXY";
    private static readonly string[] Codes = ["99490", "99439", "99487", "99489", "99491", "99437", "G0506", "99424", "99425"];
    private static readonly string[] Diagnoses = ["E11.9", "I10", "N18.30", "J44.9", "I50.22", "E78.5", "F32.A", "M17.11", "G30.9", "C4A.0", "E11.65", "I25.10", "K21.9"];

    public static ClaimFileInput Create(int seed)
    {
        var random = new Random(seed);
        var batches = Enumerable.Range(0, random.Next(1, 3)).Select(b => new ClaimBatch(
            ClaimFileSamples.Clinic with { OrganizationName = "Clinic " + Hostile(random), Npi = RandomNpi(random) },
            [.. Enumerable.Range(0, random.Next(1, 5)).Select(c => Claim(random, $"C{seed}B{b}N{c}"))])).ToList();
        var envelope = ClaimFileSamples.Envelope(random.Next(1, X12ControlNumber.MaxValue), random.Next(1, 99999)) with { CreatedOn = new DateOnly(2026, 1, 6) };
        var input = ClaimFileSamples.File(envelope, batches);
        return input with { Submitter = input.Submitter with { ContactName = "X" + Hostile(random), Email = "a" + Hostile(random) } };
    }

    private static ProfessionalClaim Claim(Random random, string id)
    {
        var diagnoses = Diagnoses.OrderBy(_ => random.Next()).Take(random.Next(1, 13)).Select(Icd10Code.Parse).ToList();
        var month = new DateOnly(2025, random.Next(1, 13), 1);
        var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new ClaimServiceLine(
            HcpcsCode.Parse(Codes[random.Next(Codes.Length)]),
            random.Next(1, 4),
            new Money(random.Next(1, 100_000)),
            [.. Enumerable.Range(1, diagnoses.Count).OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(4, diagnoses.Count) + 1))],
            month.AddDays(random.Next(0, 28)),
            random.Next(4) == 0 ? ["25"] : null)).ToList();
        var frequency = (ClaimFrequency)new[] { 1, 1, 7, 8 }[random.Next(4)];
        var patient = new ClaimPatient(
            RandomMbi(random), "L" + Hostile(random), "F" + Hostile(random), random.Next(2) == 0 ? null : Hostile(random),
            new DateOnly(1930 + random.Next(60), random.Next(1, 13), random.Next(1, 29)), (ClaimSex)random.Next(3),
            new ClaimAddress("1 " + Hostile(random), random.Next(2) == 0 ? null : Hostile(random), "Ci" + Hostile(random), "IL", random.Next(2) == 0 ? "62704" : "627041234"));
        return new ProfessionalClaim(
            id, patient, ClaimFileSamples.Medicare, random.Next(2) == 0 ? "11" : "02", frequency,
            frequency == ClaimFrequency.Original ? null : "ICN" + random.Next(1_000_000),
            diagnoses, ClaimFileSamples.Smith with { LastName = "R" + Hostile(random), Npi = RandomNpi(random) }, lines);
    }

    public static string Hostile(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 90);
        for (var i = 0; i < length; i++)
        {
            var c = HostileAlphabet[random.Next(HostileAlphabet.Length)];
            if (char.IsSurrogate(c))
            {
                builder.Append("😀");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static Npi RandomNpi(Random random)
    {
        var first9 = (random.Next(2) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return Npi.Parse(first9 + Npi.CheckDigit(first9).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static Mbi RandomMbi(Random random)
    {
        char Digit(bool nonZero = false) => (char)('0' + random.Next(nonZero ? 1 : 0, 10));
        char Letter() => MbiLetters[random.Next(MbiLetters.Length)];
        char Either() => random.Next(2) == 0 ? Letter() : Digit();
        return Mbi.Parse(new string([Digit(true), Letter(), Either(), Digit(), Letter(), Either(), Digit(), Letter(), Letter(), Digit(), Digit()]));
    }
}
