namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Interop.X12;

/// <summary>
/// From approved claims and what the practice holds about its patients and practitioners to the
/// 837P writer's input; what a claim file needs and is missing is listed by claim, not guessed.
/// </summary>
internal static class ClaimFileBuilder
{
    public static (ClaimFileInput? Input, List<string> Problems) Build(
        Practice practice,
        IReadOnlyList<BillingClaim> claims,
        IReadOnlyDictionary<PatientId, Patient> patients,
        IReadOnlyDictionary<string, StaffMember> practitioners,
        ClaimRoute route,
        ClaimFileOptions options,
        X12ControlNumber controlNumber,
        DateTimeOffset now)
    {
        var problems = new List<string>();
        var address = ClaimInputMapping.ToClaimAddress(practice.Address);
        if (address is null)
        {
            problems.Add($"practice {practice.Name}: a street address, city, state and ZIP are needed on a claim.");
        }

        if (string.IsNullOrWhiteSpace(practice.Tin))
        {
            problems.Add($"practice {practice.Name}: the tax identification number (TIN) is needed on a claim.");
        }

        if (string.IsNullOrWhiteSpace(practice.Phone))
        {
            problems.Add($"practice {practice.Name}: a phone number is needed as the submitter's contact.");
        }

        var written = new List<ProfessionalClaim>();
        foreach (var claim in claims)
        {
            var patient = patients[claim.PatientId];
            var where = $"claim {claim.ClaimNumber} (MRN {patient.Mrn})";
            var payer = route.PayerOf[claim.Id];
            var patientAddress = ClaimInputMapping.ToClaimAddress(patient.Address);
            if (patient.Mbi is null)
            {
                problems.Add($"{where}: the patient has no MBI.");
            }

            if (patientAddress is null)
            {
                problems.Add($"{where}: the patient's street address, city, state and ZIP are needed.");
            }

            if (!practitioners.TryGetValue(claim.BillingNpi, out var practitioner))
            {
                problems.Add($"{where}: no billing practitioner of {practice.Name} has the NPI {claim.BillingNpi}.");
            }

            if (patient.Mbi is not { } mbi || patientAddress is null || practitioner is null)
            {
                continue;
            }

            var diagnoses = claim.DiagnosisCodes.Select(d => Icd10Code.Parse(d)).ToList();
            var pointers = Enumerable.Range(1, Math.Min(4, diagnoses.Count)).ToList();
            written.Add(new ProfessionalClaim(
                claim.ClaimNumber,
                ClaimParties.Subscriber(patient, mbi, patientAddress, claim, payer),
                ClaimParties.PayerOf(payer),
                claim.PlaceOfService,
                (ClaimFrequency)claim.Frequency,
                claim.OriginalReference,
                diagnoses,
                new RenderingProvider(Npi.Parse(claim.BillingNpi), practitioner.LastName, practitioner.FirstName),
                claim.Lines.OrderBy(l => l.Number)
                    .Select(l => new ClaimServiceLine(l.Code, l.Units, l.Charge, pointers, claim.DateOfService, ControlNumber: l.ControlNumber))
                    .ToList())
            {
                OtherPayer = route.CrossoverOf.GetValueOrDefault(claim.Id),
            });
        }

        if (problems.Count > 0 || address is null)
        {
            return (null, problems);
        }

        var sender = options.InterchangeSenderId!;
        var receiver = route.Receiver;
        var local = practice.TimeZone.ToLocal(now);
        var input = new ClaimFileInput(
            new ClaimFileEnvelope(sender, receiver.Id, sender, receiver.Id, controlNumber, controlNumber,
                DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute), options.X12Usage)
            {
                SenderQualifier = options.InterchangeSenderQualifier!,
                ReceiverQualifier = receiver.Qualifier,
            },
            new ClaimSubmitter(options.SubmitterName!, options.SubmitterId!, practice.Name, Digits(practice.Phone!)),
            new ClaimReceiver(receiver.Name, receiver.Id),
            [.. written.Chunk(5000).Select(chunk => new ClaimBatch(
                new BillingProvider(practice.Name, practice.GroupNpi, ClaimInputMapping.WithoutHyphens(practice.Tin!), address), chunk))]);
        return (input, problems);
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
