namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Interop.X12;

/// <summary>
/// The 837I of an RHC, FQHC or CAH Method II practice (ADR 0230): the facility bills (its NPI in
/// loop 2010AA), the billing practitioner attends (NM1*71), the statement period is the service
/// month, every line carries the revenue code the claim's payer wants (else the practice's, ADR 0260), and each line's control number is the
/// claim number and line number, which the 835 returns. What a file needs and is missing is listed
/// by claim; the file is read back strictly, with exactly the claims exported.
/// </summary>
internal static class InstitutionalClaimFile
{
    public static (string? Text, List<string> Problems) Write(
        Practice practice,
        ClaimRoute route,
        IReadOnlyDictionary<PatientId, Patient> patients,
        IReadOnlyDictionary<string, StaffMember> practitioners,
        ClaimFileOptions options,
        X12ControlNumber controlNumber,
        DateTimeOffset now)
    {
        var problems = new List<string>();
        var billing = practice.Billing;
        var address = ClaimInputMapping.ToClaimAddress(practice.Address);
        if (address is null || string.IsNullOrWhiteSpace(practice.Tin) || string.IsNullOrWhiteSpace(practice.Phone))
        {
            problems.Add($"practice {practice.Name}: a street address, city, state, ZIP, tax identification number and phone number are needed on a claim.");
        }

        var claims = route.Claims;
        var written = new List<InstitutionalClaim>();
        foreach (var claim in claims)
        {
            var payer = route.PayerOf[claim.Id];
            var patient = patients[claim.PatientId];
            var where = $"claim {claim.ClaimNumber} (MRN {patient.Mrn})";
            var patientAddress = ClaimInputMapping.ToClaimAddress(patient.Address);
            practitioners.TryGetValue(claim.BillingNpi, out var practitioner);
            if (patient.Mbi is not { } mbi || patientAddress is null || practitioner is null)
            {
                problems.Add($"{where}: {(patient.Mbi is null ? "the patient has no MBI" : patientAddress is null ? "the patient's street address, city, state and ZIP are needed" : $"no billing practitioner of {practice.Name} has the NPI {claim.BillingNpi}")}.");
                continue;
            }

            var revenueCode = billing.LineRevenueCode(payer.RevenueCode);
            if (!revenueCode.IsValid)
            {
                problems.Add($"{where}: the revenue code of payer {payer.Code}: {revenueCode.Error}");
                continue;
            }

            var month = claim.Month;
            written.Add(new InstitutionalClaim(
                claim.ClaimNumber,
                ClaimParties.Subscriber(patient, mbi, patientAddress, claim, payer),
                ClaimParties.PayerOf(payer),
                billing.Setting.TypeOfBillPrefix()!,
                (ClaimFrequency)claim.Frequency,
                claim.OriginalReference,
                month.FirstDay,
                month.LastDay,
                [.. claim.DiagnosisCodes.Select(d => Icd10Code.Parse(d))],
                new AttendingProvider(Npi.Parse(claim.BillingNpi), practitioner.LastName, practitioner.FirstName),
                [.. claim.Lines.OrderBy(l => l.Number).Select(l => new InstitutionalServiceLine(
                    revenueCode.Value!, l.Code, l.Units, l.Charge, claim.DateOfService, l.ControlNumber))])
            {
                OtherPayer = route.CrossoverOf.GetValueOrDefault(claim.Id),
            });
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var sender = options.InterchangeSenderId!;
        var receiver = route.Receiver;
        var local = practice.TimeZone.ToLocal(now);
        var facility = new BillingProvider(practice.Name, billing.FacilityNpi!.Value, ClaimInputMapping.WithoutHyphens(practice.Tin!), address!);
        var input = new InstitutionalClaimFileInput(
            new ClaimFileEnvelope(sender, receiver.Id, sender, receiver.Id, controlNumber, controlNumber,
                DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute), options.X12Usage)
            {
                SenderQualifier = options.InterchangeSenderQualifier!,
                ReceiverQualifier = receiver.Qualifier,
            },
            new ClaimSubmitter(options.SubmitterName!, options.SubmitterId!, practice.Name, new string([.. practice.Phone!.Where(char.IsAsciiDigit)])),
            new ClaimReceiver(receiver.Name, receiver.Id),
            [.. written.Chunk(5000).Select(chunk => new InstitutionalClaimBatch(facility, chunk))]);
        var result = Claim837IWriter.Write(input);
        if (result.Text is not { } text)
        {
            return (null, [.. result.Problems.Select(p => p.ToString())]);
        }

        // The writer has read it back; check it carries exactly these claims and our control number.
        var contents = result.Contents!;
        if (contents.InterchangeControlNumber != controlNumber.Value || !ClaimParties.SameClaims(claims, contents.Claims.Select(c => (c.ClaimId, c.Lines.Count, ClaimParties.CrossoverOf(c.OtherPayers)))))
        {
            throw new InvalidOperationException("The 837I file reads back with another control number or other claims than were exported.");
        }

        return (text, []);
    }
}
