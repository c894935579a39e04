namespace Chronicle.Interop.Audit;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Pdf;

/// <summary>
/// The per-claim audit packet as one PDF, in the order an auditor checks a care-management claim:
/// what was billed and why, the consent with its four disclosures, the minutes with who did them
/// and when, the care-plan version in force, then the audit events around them, each with its
/// chain hash so that the printed events can be matched against <c>chronicle audit verify</c>.
/// </summary>
public static class ClaimAuditPacketPdf
{
    public static byte[] Render(ClaimAuditPacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var claim = packet.Claim;
        using var pdf = new PdfTextDocument($"Audit packet for claim {claim.ClaimNumber}", $"{packet.PracticeName} · audit packet, claim {claim.ClaimNumber}");
        pdf.Title($"Audit packet: claim {claim.ClaimNumber}")
            .Paragraph($"Prepared by Chronicle for {packet.GeneratedBy} on {packet.GeneratedAt}. Times are local to the practice ({packet.TimeZone}).")
            .Fields(
            [
                new("Practice", $"{packet.PracticeName} (group NPI {packet.PracticeNpi})"),
                new("Patient", $"{packet.Patient.Name}, MRN {packet.Patient.Mrn}, born {D(packet.Patient.BirthDate)}"),
                new("MBI", packet.Patient.Mbi ?? "—"),
            ]);

        WriteClaim(pdf, claim, packet.Decision);
        WriteConsent(pdf, packet.Consent);
        WriteMinutes(pdf, packet.Minutes, packet.ReplacedTimeRecords);
        WriteCarePlan(pdf, packet.CarePlan);
        WriteEvents(pdf, packet.Events);
        return pdf.ToBytes();
    }

    private static void WriteClaim(PdfTextDocument pdf, PacketClaim claim, PacketDecision? decision)
    {
        pdf.Heading("1. The claim");
        pdf.Fields(
        [
            new("Month and program", $"{claim.Month}, {claim.Program}"),
            new("Status", $"{claim.Status} since {claim.StatusChangedAt}, by {claim.StatusChangedBy}"),
            new("Frequency", claim.Frequency == 1 ? "1 (original)" : $"{N(claim.Frequency)}, corrects {claim.OriginalReference ?? "—"}"),
            new("Billing practitioner", claim.BillingPractitioner is null ? $"NPI {claim.BillingNpi}" : $"{claim.BillingPractitioner}, NPI {claim.BillingNpi}"),
            new("Date and place of service", $"{D(claim.DateOfService)}, place of service {claim.PlaceOfService}"),
            new("Diagnoses", claim.Diagnoses.Count == 0 ? "—" : string.Join(", ", claim.Diagnoses)),
            new("837P file", claim.ExportedIn is { } control ? $"control number {control.ToString(CultureInfo.InvariantCulture)}" : "not exported"),
            new("Note", claim.Note ?? "—"),
        ]);
        pdf.Table(
            [new PdfColumn("Code", 2, Bold: true), new PdfColumn("Units", 1), new PdfColumn("Charge", 2)],
            claim.Lines.Select(l => (IReadOnlyList<string>)[l.Code, N(l.Units), new Money(l.ChargeCents).ToString()]));
        if (decision is null)
        {
            pdf.Paragraph("No stored decision is linked to this claim.");
            return;
        }

        pdf.Subheading("The decision behind it")
            .Fields(
            [
                new("Status", decision.Status),
                new("Minutes counted", $"clinical staff {N(decision.ClinicalStaffMinutes)}, billing practitioner {N(decision.BillingPractitionerMinutes)}"),
                new("Rules", $"CMS rule set {N(decision.RuleYear)}, decided {decision.DecidedAt}"),
            ]);
        if (decision.Reasons.Count > 0)
        {
            pdf.Bullets(decision.Reasons.Select(r => $"{r.Code}: {r.Message}"));
        }
    }

    private static void WriteConsent(PdfTextDocument pdf, PacketConsent? consent)
    {
        pdf.Heading("2. Consent");
        if (consent is null)
        {
            pdf.Paragraph("No consent for this program was recorded on or before the end of the month.", emphasis: true);
            return;
        }

        pdf.Fields(
        [
            new("Program and practitioner", $"{consent.Program}, {consent.Practitioner}"),
            new("Date", D(consent.Date)),
            new("Method", consent.Method == ConsentMethod.Written ? "written" : "verbal"),
            new("Decision", consent.Decision == ConsentDecision.Accepted ? "accepted" : "declined"),
            new("Obtained by", consent.ObtainedBy ?? "—"),
            new("Language", consent.Language),
            new("No other practitioner provides care management", consent.NoOtherCareManagement switch { true => "confirmed by the patient", false => "the patient said another does", _ => "not asked" }),
            new("Signed form", consent.DocumentHash is null ? "none stored" : $"SHA-256 {consent.DocumentHash}"),
            new("Revoked", consent.RevokedOn is { } revoked ? $"on {D(revoked)}, effective at the end of {BillingMonth.Of(revoked)}" : "no"),
        ]);
        pdf.Subheading("The four disclosures");
        pdf.Table(
            [new PdfColumn("Disclosure", 5), new PdfColumn("Made", 1, Bold: true)],
            new (ConsentDisclosures Flag, string Text)[]
            {
                (ConsentDisclosures.Availability, "Care management is available to the patient"),
                (ConsentDisclosures.CostSharing, "Cost sharing (coinsurance) may apply"),
                (ConsentDisclosures.OnePractitioner, "Only one practitioner can bill it in a calendar month"),
                (ConsentDisclosures.RightToStop, "The patient may stop at any time, effective at the end of the month"),
            }.Select(d => (IReadOnlyList<string>)[d.Text, consent.Disclosures.HasFlag(d.Flag) ? "yes" : "NO"]));
        if (consent.History.Count > 1)
        {
            pdf.Subheading("Ledger records of this consent").Bullets(consent.History);
        }
    }

    private static void WriteMinutes(PdfTextDocument pdf, IReadOnlyList<PacketMinutes> minutes, int replaced)
    {
        pdf.Heading("3. Minutes behind the claim");
        pdf.Note("Entries in force for the patient, program and month, in the order they happened. Corrections and voids replace entries; the replaced records stay in the ledger.");
        if (minutes.Count == 0)
        {
            pdf.Paragraph("No time is recorded for this month.", emphasis: true);
        }
        else
        {
            pdf.Table(
                [new PdfColumn("Start", 2), new PdfColumn("Min", 1), new PdfColumn("Who", 3), new PdfColumn("Activity", 2), new PdfColumn("Counted", 3), new PdfColumn("Recorded", 3)],
                minutes.Select(m => (IReadOnlyList<string>)[
                    m.Start,
                    N(m.Minutes),
                    $"{m.StaffName} ({m.Performer})",
                    m.Activity,
                    m.NotCounted is { } why ? $"{N(m.CountedSeconds / 60)} min: {why}" : $"{N(m.CountedSeconds / 60)} min",
                    $"{m.Kind}; {m.Recorded}"]));
            pdf.Paragraph($"{N(minutes.Count)} entries, {N(minutes.Sum(m => m.Minutes))} minutes logged; {N(minutes.Sum(m => m.CountedSeconds) / 60)} countable after the counting rules (overlaps with the same person's other entries on any patient, inpatient time, non-clinical staff, time before consent).");
        }

        if (replaced > 0)
        {
            pdf.Paragraph($"{N(replaced)} earlier ledger records of this month were corrected or voided.");
        }
    }

    private static void WriteCarePlan(PdfTextDocument pdf, PacketCarePlan? plan)
    {
        pdf.Heading("4. Care plan");
        if (plan?.VersionInForce is not { } version)
        {
            pdf.Paragraph("No signed care-plan version was in force at the end of the month.", emphasis: true);
        }
        else
        {
            pdf.Fields(
            [
                new("Version in force", N(version)),
                new("Written by", $"{plan.Author ?? "—"} at {plan.CreatedAt ?? "—"}"),
                new("Signed by", plan.SignedBy is null ? "—" : $"{plan.SignedBy} on {D(plan.SignedOn)}"),
                new("Complete", plan.Complete ? "yes, all nine required elements" : "no: " + string.Join("; ", plan.Missing)),
            ]);
        }

        if (plan is not null && plan.Activities.Count > 0)
        {
            pdf.Subheading("Work on the plan up to the end of the month").Bullets(plan.Activities);
        }

        if (plan is not null && plan.Copies.Count > 0)
        {
            pdf.Subheading("Copies provided").Bullets(plan.Copies);
        }
    }

    private static void WriteEvents(PdfTextDocument pdf, PacketEvents events)
    {
        pdf.Heading("5. Audit events");
        pdf.Note($"Events of this patient and of this month's billing, from {events.From} to {events.Until}, oldest first. The hash is the start of the event's chain hash.");
        if (events.Rows.Count == 0)
        {
            pdf.Paragraph("No events in this period.");
            return;
        }

        pdf.Table(
            [new PdfColumn("#", 1), new PdfColumn("When", 2), new PdfColumn("Who", 3), new PdfColumn("Action", 1.5), new PdfColumn("What", 5), new PdfColumn("Hash", 1.5)],
            events.Rows.Select(e => (IReadOnlyList<string>)[
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.OccurredAt,
                $"{e.Actor} ({e.Role}, {e.Surface})",
                e.Action,
                e.What,
                e.Hash]));
        if (events.Omitted > 0)
        {
            pdf.Paragraph($"{N(events.Omitted)} older events of the period are not printed; the audit trail page lists them all.");
        }
    }

    private static string D(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
