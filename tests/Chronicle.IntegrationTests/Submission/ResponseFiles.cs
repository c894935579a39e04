namespace Chronicle.IntegrationTests.Submission;

using System.Globalization;
using Chronicle.Interop.X12;

/// <summary>
/// 999, 277CA and 835 files written by the tests in answer to the claim file Chronicle submitted,
/// in the segment layouts of the guides (as tests/data/x12/ccm-authored): what a clearinghouse and
/// Medicare would send back.
/// </summary>
internal static class ResponseFiles
{
    public static string Ack999(long groupControlNumber, IEnumerable<string> transactionSets, char result = 'A') =>
        Interchange("FA", "005010X231A1", "999",
        [
            $"AK1*HC*{groupControlNumber}*005010X222A1",
            .. transactionSets.SelectMany(st => new[] { $"AK2*837*{st}*005010X222A1", $"IK5*{result}" }),
            $"AK9*{result}*{transactionSets.Count()}*{transactionSets.Count()}*{(result == 'R' ? 0 : transactionSets.Count())}",
        ]);

    /// <summary>A 277CA: each claim accepted (A1:20) or rejected (A7:562), with a payer claim number.</summary>
    public static string Ack277(IEnumerable<(string Claim, bool Accepted, string PayerClaimNumber)> claims)
    {
        var body = new List<string> { "BHT*0085*08*CCMBATCH0001*20261207*0900*TH", "HL*1**20*1", "NM1*PR*2*MEDICARE PART B*****PI*00952", "TRN*1*CA1", "DTP*050*D8*20261207", "DTP*009*D8*20261207",
            "HL*2*1*21*1", "NM1*41*2*CLAIMS TEST CLINIC*****46*1847362914", "TRN*2*BATCH1", "STC*A1:19*20261207*WQ*1", "HL*3*2*19*1", "NM1*85*2*CLAIMS TEST CLINIC*****XX*1847362914", "TRN*1*0" };
        var level = 4;
        foreach (var (claim, accepted, payer) in claims)
        {
            body.Add($"HL*{level++}*3*PT");
            body.Add("NM1*QC*1*PATIENT*TEST****MI*1EG4TE5MK73");
            body.Add($"TRN*2*{claim}");
            body.Add(accepted ? "STC*A2:20*20261207*WQ*1" : "STC*A7:562*20261207*U*1");
            body.Add($"REF*1K*{payer}");
        }

        return Interchange("HN", "005010X214", "277", body);
    }

    /// <summary>
    /// An 835 of these claims with this payment trace (TRN02); the BPR is their payments plus <paramref name="bprOffset"/>
    /// (non-zero: it does not balance). A reversal (CLP02 22) carries its charge negative; give its lines negative amounts.
    /// </summary>
    public static string Remit835(IReadOnlyList<PaidClaim> claims, decimal bprOffset = 0, string trace = "EFT20261215001")
    {
        var total = claims.Sum(c => c.Lines.Sum(l => l.Paid)) + bprOffset;
        var body = new List<string>
        {
            $"BPR*I*{Amount(total)}*C*ACH*CCP*01*071000013*DA*123456789*1234567890**01*071000039*DA*987654321*20261215",
            $"TRN*1*{trace}*1234567890", "DTM*405*20261215", "N1*PR*MEDICARE PART B", "N1*PE*CLAIMS TEST CLINIC*XX*1847362914", "LX*1",
        };
        foreach (var claim in claims)
        {
            var sign = claim.StatusCode == "22" ? -1 : 1;
            var charge = sign * claim.Lines.Sum(l => l.Line.Charge.Dollars);
            var paid = claim.Lines.Sum(l => l.Paid);
            var patient = claim.Lines.SelectMany(l => l.Adjustments).Where(a => a.Group == "PR").Sum(a => a.Amount);
            body.Add($"CLP*{claim.ClaimId}*{claim.StatusCode}*{Amount(charge)}*{Amount(paid)}*{Amount(patient)}*MB*{claim.PayerClaimNumber}*11*1");
            foreach (var line in claim.Lines)
            {
                body.Add($"SVC*HC:{line.Line.Code}*{Amount(sign * line.Line.Charge.Dollars)}*{Amount(line.Paid)}**{line.Line.Units.ToString(CultureInfo.InvariantCulture)}");
                body.Add("DTM*472*20261117");
                body.AddRange(line.Adjustments.Select(a => $"CAS*{a.Group}*{a.Reason}*{Amount(a.Amount)}"));
                body.Add($"REF*6R*{line.Line.ControlNumber}");
                body.AddRange((line.Remarks ?? []).Select(r => $"LQ*HE*{r}"));
            }
        }

        return Interchange("HP", "005010X221A1", "835", body);
    }

    /// <summary>A line paid at 80 % with the 20 % coinsurance the patient owes (PR-2).</summary>
    public static PaidLine Paid(ReadServiceLine line)
    {
        var paid = Math.Round(line.Charge.Dollars * 0.8m, 2);
        return new PaidLine(line, paid, [("PR", "2", line.Charge.Dollars - paid)]);
    }

    public static PaidLine Denied(ReadServiceLine line, string reason, params string[] remarks) => new(line, 0, [("CO", reason, line.Charge.Dollars)], remarks);

    private static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Interchange(string functional, string guide, string set, List<string> body)
    {
        var segments = new List<string>
        {
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*1847362914     *261207*1200*^*00501*000000901*0*T*:",
            $"GS*{functional}*CLEARINGHOUSE*1847362914*20261207*1200*901*X*{guide}",
            $"ST*{set}*0001*{guide}",
        };
        segments.AddRange(body);
        segments.Add($"SE*{body.Count + 2}*0001");
        segments.Add("GE*1*901");
        segments.Add("IEA*1*000000901");
        return string.Join("~\n", segments) + "~\n";
    }
}

internal sealed record PaidClaim(string ClaimId, string StatusCode, string PayerClaimNumber, IReadOnlyList<PaidLine> Lines);

/// <summary>A service line's payment, its CAS adjustments and its remark codes (LQ*HE), if any.</summary>
internal sealed record PaidLine(ReadServiceLine Line, decimal Paid, IReadOnlyList<(string Group, string Reason, decimal Amount)> Adjustments, IReadOnlyList<string>? Remarks = null);
