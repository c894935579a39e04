namespace Chronicle.Interop.X12;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// Writes an ASC X12 837P 005010X222A1 interchange: one functional group, one transaction set
/// per billing provider, one subscriber level per claim (the Medicare beneficiary is always the
/// subscriber). Every file is read back by <see cref="Claim837Reader"/> before it is returned.
/// </summary>
public static class Claim837Writer
{
    public const string Version = "005010X222A1";

    /// <param name="input">The claims and envelope.</param>
    /// <param name="lineBreakAfterSegments">A newline after each ~ for people reading the file; receivers get none by default.</param>
    public static ClaimFileWriteResult Write(ClaimFileInput input, bool lineBreakAfterSegments = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = ClaimFileInputCheck.Check(input);
        if (problems.Count > 0)
        {
            return new ClaimFileWriteResult(null, null, problems);
        }

        var builder = new X12SegmentBuilder(X12Delimiters.Chronicle, lineBreakAfterSegments ? "\n" : string.Empty);
        var envelope = input.Envelope;
        builder.AddRaw(InterchangeHeader(envelope));
        builder.Add("GS", "HC", envelope.ApplicationSenderCode, envelope.ApplicationReceiverCode, Date(envelope.CreatedOn), Time(envelope.CreatedAt), envelope.GroupControlNumber.ToString(), "X", Version);
        for (var i = 0; i < input.Batches.Count; i++)
        {
            var controlNumber = (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            builder.ResetCount();
            WriteTransaction(builder, input, input.Batches[i], controlNumber);
            builder.Add("SE", (builder.SegmentCount + 1).ToString(CultureInfo.InvariantCulture), controlNumber);
        }

        builder.Add("GE", input.Batches.Count.ToString(CultureInfo.InvariantCulture), envelope.GroupControlNumber.ToString());
        builder.Add("IEA", "1", envelope.InterchangeControlNumber.Padded);

        var text = builder.ToString();
        var read = Claim837Reader.Read(text);
        if (!read.IsValid)
        {
            // The input was checked; a file our own reader rejects is a bug in this writer.
            throw new InvalidOperationException("The 837P writer produced a file its reader rejects: " + string.Join("; ", read.Issues));
        }

        return new ClaimFileWriteResult(text, read.Contents, []);
    }

    internal static string InterchangeHeader(ClaimFileEnvelope envelope) => string.Join(
        X12Delimiters.Chronicle.Element,
        "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
        envelope.SenderQualifier, envelope.InterchangeSenderId.PadRight(15),
        envelope.ReceiverQualifier, envelope.InterchangeReceiverId.PadRight(15),
        envelope.CreatedOn.ToString("yyMMdd", CultureInfo.InvariantCulture), Time(envelope.CreatedAt),
        X12Delimiters.Chronicle.Repetition.ToString(), "00501", envelope.InterchangeControlNumber.Padded,
        envelope.RequestAcknowledgment ? "1" : "0", envelope.Usage == X12Usage.Production ? "P" : "T",
        X12Delimiters.Chronicle.Component.ToString());

    private static void WriteTransaction(X12SegmentBuilder builder, ClaimFileInput input, ClaimBatch batch, string controlNumber)
    {
        WriteTransactionHeader(builder, input.Envelope, input.Submitter, input.Receiver, batch.BillingProvider, controlNumber, Version);
        var hierarchicalId = 1;
        foreach (var claim in batch.Claims)
        {
            hierarchicalId++;
            WriteClaim(builder, claim, hierarchicalId);
        }
    }

    /// <summary>ST, BHT, loops 1000A/1000B and the billing provider level 2000A/2010AA: the same in the 837P and the 837I but for the version.</summary>
    internal static void WriteTransactionHeader(
        X12SegmentBuilder builder, ClaimFileEnvelope envelope, ClaimSubmitter submitter, ClaimReceiver receiver, BillingProvider provider, string controlNumber, string version)
    {
        builder.Add("ST", "837", controlNumber, version);
        builder.Add("BHT", "0019", "00", envelope.InterchangeControlNumber.Padded + controlNumber, Date(envelope.CreatedOn), Time(envelope.CreatedAt), "CH");

        builder.Add("NM1", "41", "2", X12Text.Clean(submitter.Name, 60), null, null, null, null, "46", submitter.SubmitterId);
        var email = X12Text.Clean(submitter.Email, 256);
        builder.Add("PER", "IC", X12Text.Clean(submitter.ContactName, 60), "TE", submitter.Phone, email.Length > 0 ? "EM" : null, email);
        builder.Add("NM1", "40", "2", X12Text.Clean(receiver.Name, 60), null, null, null, null, "46", receiver.ReceiverId);

        builder.Add("HL", "1", null, "20", "1");
        if (provider.Taxonomy is not null)
        {
            builder.Add("PRV", "BI", "PXC", provider.Taxonomy);
        }

        builder.Add("NM1", "85", "2", X12Text.Clean(provider.OrganizationName, 60), null, null, null, null, "XX", provider.Npi.Value);
        WriteAddress(builder, provider.Address);
        builder.Add("REF", "EI", provider.EmployerId);
    }

    private static void WriteClaim(X12SegmentBuilder builder, ProfessionalClaim claim, int hierarchicalId)
    {
        WriteSubscriber(builder, claim.Patient, claim.Payer, hierarchicalId, claim.Payer.FilingIndicator);

        var frequency = ((int)claim.Frequency).ToString(CultureInfo.InvariantCulture);
        builder.Add("CLM", claim.ClaimId, Amount(claim.Total), null, null, builder.Composite(claim.PlaceOfService, "B", frequency), "Y", "A", "Y", "Y");
        if (claim.OriginalClaimReference is not null)
        {
            builder.Add("REF", "F8", claim.OriginalClaimReference);
        }

        var diagnoses = claim.Diagnoses.Select((code, i) => builder.Composite(i == 0 ? "ABK" : "ABF", code.Value)).ToArray();
        builder.Add("HI", diagnoses);

        var rendering = claim.RenderingProvider;
        builder.Add("NM1", "82", "1", X12Text.Clean(rendering.LastName, 60), X12Text.Clean(rendering.FirstName, 35), null, null, null, "XX", rendering.Npi.Value);
        if (rendering.Taxonomy is not null)
        {
            builder.Add("PRV", "PE", "PXC", rendering.Taxonomy);
        }

        ClaimOtherPayerLoops.Write(builder, claim.OtherPayer);

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            builder.Add("LX", (i + 1).ToString(CultureInfo.InvariantCulture));
            var procedure = builder.Composite(["HC", line.Code.Value, .. line.Modifiers ?? []]);
            var pointers = builder.Composite([.. line.DiagnosisPointers.Select(p => p.ToString(CultureInfo.InvariantCulture))]);
            builder.Add("SV1", procedure, Amount(line.Charge), "UN", line.Units.ToString(CultureInfo.InvariantCulture), null, null, pointers);
            builder.Add("DTP", "472", "D8", Date(line.ServiceDate));
            if (line.ControlNumber is { } control)
            {
                builder.Add("REF", "6R", X12Text.Clean(control, 50));
            }
        }
    }

    /// <summary>Loops 2000B, 2010BA and 2010BB: the beneficiary as subscriber and the payer; SBR09 is MB (Part B) or MA (Part A).</summary>
    internal static void WriteSubscriber(X12SegmentBuilder builder, ClaimPatient patient, ClaimPayer payer, int hierarchicalId, string filingIndicator)
    {
        builder.Add("HL", hierarchicalId.ToString(CultureInfo.InvariantCulture), "1", "22", "0");
        builder.Add("SBR", "P", "18", null, null, null, null, null, null, filingIndicator);
        builder.Add("NM1", "IL", "1", X12Text.Clean(patient.LastName, 60), X12Text.Clean(patient.FirstName, 35), X12Text.Clean(patient.MiddleName, 25), null, null, "MI", patient.MemberId ?? patient.Mbi.Value);
        WriteAddress(builder, patient.Address);
        builder.Add("DMG", "D8", Date(patient.BirthDate), patient.Sex switch { ClaimSex.Female => "F", ClaimSex.Male => "M", _ => "U" });
        builder.Add("NM1", "PR", "2", X12Text.Clean(payer.Name, 60), null, null, null, null, "PI", payer.PayerId);
    }

    internal static void WriteAddress(X12SegmentBuilder builder, ClaimAddress address)
    {
        builder.Add("N3", X12Text.Clean(address.Line1, 55), X12Text.Clean(address.Line2, 55));
        builder.Add("N4", X12Text.Clean(address.City, 30), address.State, address.Zip);
    }

    /// <summary>X12 "R": no leading zeros, no trailing decimal zeros (65, 60.49, 45.9).</summary>
    internal static string Amount(Money money) => money.Dollars.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    internal static string Time(TimeOnly time) => time.ToString("HHmm", CultureInfo.InvariantCulture);
}
