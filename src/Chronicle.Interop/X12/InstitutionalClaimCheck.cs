namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>
/// Checks an 837I input before it is written, as <see cref="ClaimFileInputCheck"/> does for the
/// 837P: the shared envelope and provider checks, then what 005010X223A2 adds (type of bill,
/// statement period, revenue codes, line control numbers).
/// </summary>
internal static class InstitutionalClaimCheck
{
    private static readonly Money MaxLineCharge = new(999_999_999);

    public static List<ClaimFileProblem> Check(InstitutionalClaimFileInput input)
    {
        var problems = new List<ClaimFileProblem>();
        ClaimFileInputCheck.CheckEnvelope(problems, input.Envelope, input.Submitter, input.Receiver, input.Batches.Count);
        foreach (var batch in input.Batches)
        {
            var where = ClaimFileInputCheck.CheckProvider(problems, batch.BillingProvider);
            if (batch.Claims.Count is 0 or > ClaimFileInputCheck.MaxClaimsPerTransaction)
            {
                problems.Add(new(where, $"a transaction carries 1 to {ClaimFileInputCheck.MaxClaimsPerTransaction} claims, this one {batch.Claims.Count}."));
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in batch.Claims)
            {
                if (!ids.Add(claim.ClaimId))
                {
                    problems.Add(new($"claim {claim.ClaimId}", "the claim id appears twice in the file."));
                }

                CheckClaim(problems, claim, input.Envelope.CreatedOn);
            }
        }

        return problems;
    }

    private static void CheckClaim(List<ClaimFileProblem> problems, InstitutionalClaim claim, DateOnly fileDate)
    {
        var where = $"claim {claim.ClaimId}";
        void Problem(string message) => problems.Add(new ClaimFileProblem(where, message));

        ClaimFileInputCheck.Identifier(problems, $"{where}, claim id", claim.ClaimId, ProfessionalClaimCheck.MaxClaimIdLength);
        ClaimFileInputCheck.Text(problems, $"{where}, patient last name", claim.Patient.LastName, 60);
        ClaimFileInputCheck.Text(problems, $"{where}, patient first name", claim.Patient.FirstName, 35);
        ClaimFileInputCheck.Address(problems, $"{where}, patient", claim.Patient.Address, billingProvider: false);
        ClaimFileInputCheck.Text(problems, $"{where}, payer name", claim.Payer.Name, 60);
        ClaimFileInputCheck.Identifier(problems, $"{where}, payer id", claim.Payer.PayerId, 80, minLength: 2);
        ClaimOtherPayerLoops.Check(problems, where, claim.OtherPayer);
        ClaimFileInputCheck.Text(problems, $"{where}, attending provider last name", claim.Attending.LastName, 60);
        ClaimFileInputCheck.Text(problems, $"{where}, attending provider first name", claim.Attending.FirstName, 35);
        ClaimFileInputCheck.Taxonomy(problems, $"{where}, attending provider", claim.Attending.Taxonomy);
        if (!X12Text.IsDigits(claim.FacilityType, 2))
        {
            Problem($"facility type '{claim.FacilityType}' is not the two digits of a type of bill (71 RHC, 77 FQHC, 85 CAH).");
        }

        if (!Enum.IsDefined(claim.Frequency))
        {
            Problem($"frequency {(int)claim.Frequency} is not 1 (original), 7 (replacement) or 8 (void).");
        }
        else if (claim.Frequency == ClaimFrequency.Original && claim.OriginalClaimReference is not null)
        {
            Problem("an original claim (frequency 1) has no original claim reference.");
        }
        else if (claim.Frequency != ClaimFrequency.Original && !X12Text.IsIdentifier(claim.OriginalClaimReference, 50))
        {
            Problem($"a {(claim.Frequency == ClaimFrequency.Void ? "void (8)" : "replacement (7)")} needs the payer's claim control number of the original (letters, digits, hyphens; up to 50).");
        }

        if (claim.StatementThrough < claim.StatementFrom || claim.StatementThrough > fileDate)
        {
            Problem($"the statement period {claim.StatementFrom:yyyy-MM-dd} to {claim.StatementThrough:yyyy-MM-dd} must run forwards and end by the file's date.");
        }

        if (claim.Diagnoses.Count is 0 or > 1 + ProfessionalClaimCheck.MaxDiagnoses)
        {
            Problem($"a claim carries a principal diagnosis and up to {ProfessionalClaimCheck.MaxDiagnoses} others, this one {claim.Diagnoses.Count} in all.");
        }

        if (claim.Diagnoses.Distinct().Count() != claim.Diagnoses.Count)
        {
            Problem("a diagnosis appears twice.");
        }

        if (claim.Lines.Count is 0 or > ProfessionalClaimCheck.MaxLines)
        {
            Problem($"a claim carries 1 to {ProfessionalClaimCheck.MaxLines} service lines, this one {claim.Lines.Count}.");
        }

        if (claim.Patient.BirthDate > fileDate)
        {
            Problem("the patient's birth date is after the file's date.");
        }

        var controls = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < claim.Lines.Count; i++)
        {
            CheckLine(problems, $"{where}, line {i + 1}", claim, claim.Lines[i], controls);
        }
    }

    private static void CheckLine(List<ClaimFileProblem> problems, string where, InstitutionalClaim claim, InstitutionalServiceLine line, HashSet<string> controls)
    {
        void Problem(string message) => problems.Add(new ClaimFileProblem(where, message));

        if (line.RevenueCode.Length != 4 || !line.RevenueCode.All(char.IsAsciiDigit) || line.RevenueCode[0] > '3')
        {
            Problem($"'{line.RevenueCode}' is not a revenue code: four digits starting with 0–3.");
        }

        if (line.Units is < 1 or > 9999)
        {
            Problem($"units must be 1 to 9999, not {line.Units}.");
        }

        if (line.Charge.Cents <= 0 || line.Charge > MaxLineCharge)
        {
            Problem($"the charge must be more than zero and at most {MaxLineCharge.ToPlainString()}, not {line.Charge.ToPlainString()}.");
        }

        if (line.ServiceDate < claim.StatementFrom || line.ServiceDate > claim.StatementThrough)
        {
            Problem($"the date of service {line.ServiceDate:yyyy-MM-dd} is outside the statement period.");
        }

        if (!X12Text.IsIdentifier(line.LineControlNumber, 30))
        {
            Problem($"the line control number '{line.LineControlNumber}' must be 1 to 30 letters, digits or hyphens.");
        }
        else if (!controls.Add(line.LineControlNumber))
        {
            Problem($"the line control number '{line.LineControlNumber}' appears twice on the claim.");
        }

        var modifiers = line.Modifiers ?? [];
        if (modifiers.Count > 4 || modifiers.Any(m => m.Length != 2 || !m.All(char.IsAsciiLetterOrDigit)))
        {
            Problem("up to four modifiers of two letters or digits.");
        }
    }
}
