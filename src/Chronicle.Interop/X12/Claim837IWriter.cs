namespace Chronicle.Interop.X12;

using System.Globalization;

/// <summary>
/// Writes an ASC X12 837I 005010X223A2 interchange for RHC, FQHC and CAH Method II care
/// management (docs/adr/0230-institutional-claims.md): the 837P's envelope, submitter, receiver,
/// billing provider and subscriber loops, then per claim CLM with the type of bill, DTP*434 for
/// the statement period, CL1, HI*ABK and HI*ABF, the attending provider (NM1*71) and
/// LX/SV2/DTP*472/REF*6R lines. Every file is read back by <see cref="Claim837IReader"/> first.
/// </summary>
public static class Claim837IWriter
{
    public const string Version = "005010X223A2";

    public static InstitutionalWriteResult Write(InstitutionalClaimFileInput input, bool lineBreakAfterSegments = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = InstitutionalClaimCheck.Check(input);
        if (problems.Count > 0)
        {
            return new InstitutionalWriteResult(null, null, problems);
        }

        var builder = new X12SegmentBuilder(X12Delimiters.Chronicle, lineBreakAfterSegments ? "\n" : string.Empty);
        var envelope = input.Envelope;
        builder.AddRaw(Claim837Writer.InterchangeHeader(envelope));
        builder.Add("GS", "HC", envelope.ApplicationSenderCode, envelope.ApplicationReceiverCode, Claim837Writer.Date(envelope.CreatedOn), Claim837Writer.Time(envelope.CreatedAt), envelope.GroupControlNumber.ToString(), "X", Version);
        for (var i = 0; i < input.Batches.Count; i++)
        {
            var controlNumber = (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            builder.ResetCount();
            var batch = input.Batches[i];
            Claim837Writer.WriteTransactionHeader(builder, envelope, input.Submitter, input.Receiver, batch.BillingProvider, controlNumber, Version);
            for (var c = 0; c < batch.Claims.Count; c++)
            {
                Claim837Writer.WriteSubscriber(builder, batch.Claims[c].Patient, batch.Claims[c].Payer, c + 2, ClaimFilingIndicators.ForInstitutional(batch.Claims[c].Payer.FilingIndicator));
                WriteClaim(builder, batch.Claims[c]);
            }

            builder.Add("SE", (builder.SegmentCount + 1).ToString(CultureInfo.InvariantCulture), controlNumber);
        }

        builder.Add("GE", input.Batches.Count.ToString(CultureInfo.InvariantCulture), envelope.GroupControlNumber.ToString());
        builder.Add("IEA", "1", envelope.InterchangeControlNumber.Padded);

        var text = builder.ToString();
        var read = Claim837IReader.Read(text);
        if (!read.IsValid)
        {
            // The input was checked; a file our own reader rejects is a bug in this writer.
            throw new InvalidOperationException("The 837I writer produced a file its reader rejects: " + string.Join("; ", read.Issues));
        }

        return new InstitutionalWriteResult(text, read.Contents, []);
    }

    private static void WriteClaim(X12SegmentBuilder builder, InstitutionalClaim claim)
    {
        var frequency = ((int)claim.Frequency).ToString(CultureInfo.InvariantCulture);

        // CLM06 is not used on the 837I; CLM07 A = assigned, CLM08 Y = benefits assigned, CLM09 Y = release on file.
        builder.Add("CLM", claim.ClaimId, Claim837Writer.Amount(claim.Total), null, null, builder.Composite(claim.FacilityType, "A", frequency), null, "A", "Y", "Y");
        builder.Add("DTP", "434", "RD8", Claim837Writer.Date(claim.StatementFrom) + "-" + Claim837Writer.Date(claim.StatementThrough));

        // An outpatient claim: no admission type or source; patient status 01 (home or self-care).
        builder.Add("CL1", null, null, "01");
        if (claim.OriginalClaimReference is not null)
        {
            builder.Add("REF", "F8", claim.OriginalClaimReference);
        }

        builder.Add("HI", builder.Composite("ABK", claim.Diagnoses[0].Value));
        if (claim.Diagnoses.Count > 1)
        {
            builder.Add("HI", [.. claim.Diagnoses.Skip(1).Select(code => builder.Composite("ABF", code.Value))]);
        }

        var attending = claim.Attending;
        builder.Add("NM1", "71", "1", X12Text.Clean(attending.LastName, 60), X12Text.Clean(attending.FirstName, 35), null, null, null, "XX", attending.Npi.Value);
        if (attending.Taxonomy is not null)
        {
            builder.Add("PRV", "AT", "PXC", attending.Taxonomy);
        }

        ClaimOtherPayerLoops.Write(builder, claim.OtherPayer);

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            builder.Add("LX", (i + 1).ToString(CultureInfo.InvariantCulture));
            var procedure = builder.Composite(["HC", line.Code.Value, .. line.Modifiers ?? []]);
            builder.Add("SV2", line.RevenueCode, procedure, Claim837Writer.Amount(line.Charge), "UN", line.Units.ToString(CultureInfo.InvariantCulture));
            builder.Add("DTP", "472", "D8", Claim837Writer.Date(line.ServiceDate));
            builder.Add("REF", "6R", line.LineControlNumber);
        }
    }
}

/// <summary>The written 837I, or the input problems that prevented it; a file is returned only after its reader read it back without an issue.</summary>
public sealed record InstitutionalWriteResult(string? Text, Claim837IContents? Contents, IReadOnlyList<ClaimFileProblem> Problems)
{
    public bool Succeeded => Text is not null;
}
