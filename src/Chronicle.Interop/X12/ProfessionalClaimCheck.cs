namespace Chronicle.Interop.X12;

/// <summary>The per-claim part of <see cref="ClaimFileInputCheck"/>.</summary>
internal static class ProfessionalClaimCheck
{
    public const int MaxDiagnoses = 12;
    public const int MaxLines = 50;
    public const int MaxClaimIdLength = 20;

    // Far above any real line; keeps 50 lines' total well inside the 18 digits CLM02 allows.
    private static readonly Domain.Common.Money MaxLineCharge = new(999_999_999);

    public static void Check(List<ClaimFileProblem> problems, ProfessionalClaim claim, DateOnly fileDate)
    {
        var where = $"claim {claim.ClaimId}";
        void Problem(string message) => problems.Add(new ClaimFileProblem(where, message));

        ClaimFileInputCheck.Identifier(problems, $"{where}, claim id", claim.ClaimId, MaxClaimIdLength);
        ClaimFileInputCheck.Text(problems, $"{where}, patient last name", claim.Patient.LastName, 60);
        ClaimFileInputCheck.Text(problems, $"{where}, patient first name", claim.Patient.FirstName, 35);
        ClaimFileInputCheck.Address(problems, $"{where}, patient", claim.Patient.Address, billingProvider: false);
        ClaimFileInputCheck.Text(problems, $"{where}, payer name", claim.Payer.Name, 60);
        ClaimFileInputCheck.Identifier(problems, $"{where}, payer id", claim.Payer.PayerId, 80, minLength: 2);
        ClaimFileInputCheck.Text(problems, $"{where}, rendering provider last name", claim.RenderingProvider.LastName, 60);
        ClaimFileInputCheck.Text(problems, $"{where}, rendering provider first name", claim.RenderingProvider.FirstName, 35);
        ClaimFileInputCheck.Taxonomy(problems, $"{where}, rendering provider", claim.RenderingProvider.Taxonomy);
        ClaimOtherPayerLoops.Check(problems, where, claim.OtherPayer);
        if (!X12Text.IsDigits(claim.PlaceOfService, 2))
        {
            Problem($"place of service '{claim.PlaceOfService}' is not a two-digit CMS code.");
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

        if (claim.Diagnoses.Count is 0 or > MaxDiagnoses)
        {
            Problem($"a claim carries 1 to {MaxDiagnoses} diagnoses, this one {claim.Diagnoses.Count}.");
        }

        if (claim.Diagnoses.Distinct().Count() != claim.Diagnoses.Count)
        {
            Problem("a diagnosis appears twice.");
        }

        if (claim.Lines.Count is 0 or > MaxLines)
        {
            Problem($"a claim carries 1 to {MaxLines} service lines, this one {claim.Lines.Count}.");
        }

        if (claim.Patient.BirthDate > fileDate)
        {
            Problem("the patient's birth date is after the file's date.");
        }

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            CheckLine(problems, $"{where}, line {i + 1}", claim.Lines[i], claim.Diagnoses.Count);
            if (claim.Lines[i].ServiceDate > fileDate)
            {
                problems.Add(new($"{where}, line {i + 1}", "the date of service is after the file's date; a claim is sent after the service."));
            }
        }
    }

    private static void CheckLine(List<ClaimFileProblem> problems, string where, ClaimServiceLine line, int diagnosisCount)
    {
        void Problem(string message) => problems.Add(new ClaimFileProblem(where, message));

        if (line.Units is < 1 or > 9999)
        {
            Problem($"units must be 1 to 9999, not {line.Units}.");
        }

        if (line.Charge.Cents <= 0)
        {
            Problem($"the charge must be more than zero, not {line.Charge.ToPlainString()}.");
        }
        else if (line.Charge > MaxLineCharge)
        {
            Problem($"the charge must be at most {MaxLineCharge.ToPlainString()}, not {line.Charge.ToPlainString()}.");
        }

        var pointers = line.DiagnosisPointers;
        if (pointers.Count is 0 or > 4)
        {
            Problem($"a line points at 1 to 4 diagnoses, this one at {pointers.Count}.");
        }

        if (pointers.Any(p => p < 1 || p > diagnosisCount))
        {
            Problem($"diagnosis pointers must be between 1 and {diagnosisCount} (the claim's diagnoses): {string.Join(",", pointers)}.");
        }

        if (pointers.Distinct().Count() != pointers.Count)
        {
            Problem("a diagnosis pointer appears twice.");
        }

        var modifiers = line.Modifiers ?? [];
        if (modifiers.Count > 4 || modifiers.Any(m => m.Length != 2 || !m.All(char.IsAsciiLetterOrDigit)))
        {
            Problem("up to four modifiers of two letters or digits.");
        }
    }
}
