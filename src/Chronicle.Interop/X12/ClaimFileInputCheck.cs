namespace Chronicle.Interop.X12;

/// <summary>
/// Checks what the types cannot: lengths, counts, identifier shapes and the situational rules of
/// 005010X222A1 (original reference for frequency 7/8, pointers inside the diagnoses). Free text
/// is not refused for its characters (it is cleaned) but is refused when nothing is left.
/// </summary>
internal static class ClaimFileInputCheck
{
    public const int MaxClaimsPerTransaction = 5000;

    public static List<ClaimFileProblem> Check(ClaimFileInput input)
    {
        var problems = new List<ClaimFileProblem>();
        CheckEnvelope(problems, input.Envelope, input.Submitter, input.Receiver, input.Batches.Count);
        foreach (var batch in input.Batches)
        {
            CheckBatch(problems, batch, input.Envelope.CreatedOn);
        }

        return problems;
    }

    /// <summary>The envelope, submitter and receiver checks both claim types share.</summary>
    public static void CheckEnvelope(List<ClaimFileProblem> problems, ClaimFileEnvelope envelope, ClaimSubmitter submitter, ClaimReceiver receiver, int batches)
    {
        void Problem(string where, string message) => problems.Add(new ClaimFileProblem(where, message));

        if (!envelope.InterchangeControlNumber.IsAssigned || !envelope.GroupControlNumber.IsAssigned)
        {
            Problem("envelope", "the interchange and group control numbers must be reserved by the caller (1–999999999).");
        }

        Identifier(problems, "envelope, interchange sender id", envelope.InterchangeSenderId, 15);
        Identifier(problems, "envelope, interchange receiver id", envelope.InterchangeReceiverId, 15);
        Identifier(problems, "envelope, application sender code", envelope.ApplicationSenderCode, 15, minLength: 2);
        Identifier(problems, "envelope, application receiver code", envelope.ApplicationReceiverCode, 15, minLength: 2);
        Text(problems, "submitter, name", submitter.Name, 60);
        Identifier(problems, "submitter, id", submitter.SubmitterId, 80, minLength: 2);
        Text(problems, "submitter, contact name", submitter.ContactName, 60);
        Digits(problems, "submitter, phone", submitter.Phone, 10);
        Text(problems, "receiver, name", receiver.Name, 60);
        Identifier(problems, "receiver, id", receiver.ReceiverId, 80, minLength: 2);
        if (batches == 0)
        {
            Problem("file", "there are no claims to send.");
        }
    }

    /// <summary>The billing provider checks both claim types share; returns where its problems are reported.</summary>
    public static string CheckProvider(List<ClaimFileProblem> problems, BillingProvider provider)
    {
        var where = $"billing provider {provider.Npi}";
        Text(problems, $"{where}, name", provider.OrganizationName, 60);
        Digits(problems, $"{where}, employer id", provider.EmployerId, 9);
        Address(problems, where, provider.Address, billingProvider: true);
        Taxonomy(problems, where, provider.Taxonomy);
        return where;
    }

    private static void CheckBatch(List<ClaimFileProblem> problems, ClaimBatch batch, DateOnly fileDate)
    {
        var where = CheckProvider(problems, batch.BillingProvider);
        if (batch.Claims.Count is 0 or > MaxClaimsPerTransaction)
        {
            problems.Add(new(where, $"a transaction carries 1 to {MaxClaimsPerTransaction} claims, this one {batch.Claims.Count}."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in batch.Claims)
        {
            if (!ids.Add(claim.ClaimId))
            {
                problems.Add(new($"claim {claim.ClaimId}", "the claim id appears twice in the file."));
            }

            ProfessionalClaimCheck.Check(problems, claim, fileDate);
        }
    }

    public static void Address(List<ClaimFileProblem> problems, string where, ClaimAddress address, bool billingProvider)
    {
        Text(problems, $"{where}, address line", address.Line1, 55);
        Text(problems, $"{where}, city", address.City, 30, minLength: 2);
        if (address.State.Length != 2 || !address.State.All(char.IsAsciiLetterUpper))
        {
            problems.Add(new($"{where}, state", $"'{address.State}' is not a two-letter state code."));
        }

        var zipOk = billingProvider ? X12Text.IsDigits(address.Zip, 9) : X12Text.IsDigits(address.Zip, 5) || X12Text.IsDigits(address.Zip, 9);
        if (!zipOk)
        {
            problems.Add(new($"{where}, ZIP code", billingProvider
                ? $"'{address.Zip}' is not a ZIP+4 of 9 digits without a hyphen (required for the billing provider)."
                : $"'{address.Zip}' is not a ZIP code of 5 or 9 digits without a hyphen."));
        }

        if (billingProvider && X12PostOfficeBox.IsPostOfficeBox(address.Line1))
        {
            problems.Add(new($"{where}, address line", "the billing provider's address must be a street address, not a PO box."));
        }
    }

    public static void Taxonomy(List<ClaimFileProblem> problems, string where, string? taxonomy)
    {
        if (taxonomy is not null && (taxonomy.Length != 10 || !taxonomy.All(char.IsAsciiLetterOrDigit)))
        {
            problems.Add(new($"{where}, taxonomy", $"'{taxonomy}' is not a 10-character NUCC taxonomy code."));
        }
    }

    public static void Text(List<ClaimFileProblem> problems, string where, string? text, int maxLength, int minLength = 1)
    {
        if (X12Text.Clean(text, maxLength).Length < minLength)
        {
            problems.Add(new(where, minLength == 1
                ? "is empty once the characters a claim cannot carry are removed."
                : $"has fewer than {minLength} characters once the characters a claim cannot carry are removed."));
        }
    }

    public static void Identifier(List<ClaimFileProblem> problems, string where, string? text, int maxLength, int minLength = 1)
    {
        if (!X12Text.IsIdentifier(text, maxLength) || text!.Length < minLength)
        {
            problems.Add(new(where, $"'{text}' must be {minLength} to {maxLength} letters, digits or hyphens."));
        }
    }

    private static void Digits(List<ClaimFileProblem> problems, string where, string? text, int length)
    {
        if (!X12Text.IsDigits(text, length))
        {
            problems.Add(new(where, $"'{text}' must be exactly {length} digits."));
        }
    }
}
