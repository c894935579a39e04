namespace Chronicle.Interop.CarePlans;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Interop.Pdf;

/// <summary>What the patient's copy of the plan shows besides the plan itself.</summary>
/// <param name="SignedBy">The practitioner who signed this version, or null for a draft.</param>
public sealed record CarePlanDocument(
    string PatientName,
    string PracticeName,
    string? PracticePhone,
    int Version,
    string? SignedBy,
    DateOnly? SignedOn,
    DateOnly PrintedOn,
    CarePlanContent Content);

/// <summary>
/// The care plan as a PDF for the patient and their caregivers: plain words, the care team's
/// contacts first, then each of the nine required elements under its own heading, then the
/// optional assessments that were written. Text is drawn as text (<see cref="PdfTextDocument"/>).
/// </summary>
public static class CarePlanPdf
{
    public static byte[] Render(CarePlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var c = plan.Content;
        using var pdf = new PdfTextDocument($"Care plan for {plan.PatientName}", $"{plan.PracticeName} · care plan version {N(plan.Version)}");
        pdf.Title($"Your care plan, {plan.PatientName}")
            .Paragraph($"This plan was made with you by your care team at {plan.PracticeName}. Keep it where you can find it and bring it to your visits.")
            .Fields(
            [
                new("Version", N(plan.Version)),
                new("Signed by", plan.SignedBy is null ? "Not signed yet (draft)" : $"{plan.SignedBy} on {D(plan.SignedOn)}"),
                new("Printed on", D(plan.PrintedOn)),
                new("Practice phone", plan.PracticePhone ?? "—"),
            ]);

        pdf.Heading("Your care team");
        if (c.CareTeam.Count == 0)
        {
            pdf.Paragraph($"Call {plan.PracticeName} with any question.");
        }
        else
        {
            pdf.Table([new PdfColumn("Name", 2, Bold: true), new PdfColumn("Role", 2), new PdfColumn("How to reach them", 3)],
                c.CareTeam.Select(m => (IReadOnlyList<string>)[m.Name, Role(m), Dash(m.Contact)]));
        }

        WriteElements(pdf, c);
        WriteOptional(pdf, c.Optional);
        return pdf.ToBytes();
    }

    private static void WriteElements(PdfTextDocument pdf, CarePlanContent c)
    {
        Section(pdf, CarePlanElement.ProblemList, "The health problems this plan is about.");
        Bullets(pdf, c.Problems.Select(p => p.Code is null ? p.Description : $"{p.Description} ({p.Code})"));

        Section(pdf, CarePlanElement.ExpectedOutcomeAndPrognosis, "What we hope to achieve together, and what to expect.");
        pdf.Fields([new("What we hope for", Dash(c.ExpectedOutcome)), new("What to expect", Dash(c.Prognosis))]);

        Section(pdf, CarePlanElement.MeasurableGoals, "What we are working toward, and how we will know we got there.");
        foreach (var goal in c.Goals)
        {
            pdf.Subheading(goal.Description)
                .Fields([new("Target", goal.TargetText), new("Status", Status(goal.Status))]);
            if (goal.Progress.Count > 0)
            {
                pdf.Bullets(goal.Progress.Select(p => $"{D(p.Date)}: {p.Note}"));
            }
        }

        Nothing(pdf, c.Goals.Count);

        Section(pdf, CarePlanElement.SymptomManagement, "Signs to watch for and what to do.");
        foreach (var s in c.Symptoms)
        {
            pdf.Subheading(s.Symptom).Fields([new("What to do", Dash(s.WhatToDo)), new("When to call", Dash(s.WhenToCall))]);
        }

        Nothing(pdf, c.Symptoms.Count);

        Section(pdf, CarePlanElement.PlannedInterventions, "What will be done, who does it, and how often.");
        Table(pdf, [new PdfColumn("What", 4), new PdfColumn("Who", 3), new PdfColumn("How often", 2)],
            c.Interventions.Select(i => (IReadOnlyList<string>)[i.Description, i.Responsible, Dash(i.Frequency)]));

        Section(pdf, CarePlanElement.MedicationManagement, "Your medicines. Tell us about any change, including medicines from other doctors.");
        if (c.TakesNoMedications && c.Medications.Count == 0)
        {
            pdf.Paragraph("You take no regular medicines.");
        }

        Table(pdf, [new PdfColumn("Medicine", 3, Bold: true), new PdfColumn("How to take it", 3), new PdfColumn("What it is for", 2)],
            c.Medications.Select(m => (IReadOnlyList<string>)[m.Name, Dash(m.Instructions), Dash(m.Purpose)]), allowEmpty: c.TakesNoMedications);
        if (c.Reconciliations.Count > 0)
        {
            pdf.Subheading("Medicine list checks");
            pdf.Bullets(c.Reconciliations.Select(r => $"{D(r.Date)}, {r.By}: {r.Changes}"));
        }

        Section(pdf, CarePlanElement.CommunityServices, "Help in your community that has been arranged for you.");
        Bullets(pdf, c.CommunityServices.Select(s => $"{s.Service}: {s.Provider} ({s.Status}){(PlanText.Has(s.Contact) ? ", " + s.Contact : string.Empty)}"), allowEmpty: PlanText.Has(c.CommunityServicesNote));
        Note(pdf, c.CommunityServicesNote);

        Section(pdf, CarePlanElement.OutsideCoordination, "Other doctors and agencies involved in your care, and how we work with them.");
        Bullets(pdf, c.Coordination.Select(k => $"{k.Party}: {k.Purpose}. {k.HowCoordinated}"), allowEmpty: PlanText.Has(c.CoordinationNote));
        Note(pdf, c.CoordinationNote);

        Section(pdf, CarePlanElement.ReviewSchedule, "When we go over this plan with you again.");
        pdf.Fields([new("How often", Dash(c.Review.Frequency)), new("Next review", D(c.Review.NextReview))]);
    }

    private static void WriteOptional(PdfTextDocument pdf, OptionalAssessments optional)
    {
        var written = new (string Title, string Text)[]
        {
            ("Daily activities, memory and thinking", optional.FunctionalCognitive),
            ("Support from family and caregivers", optional.Caregiver),
            ("Your home and surroundings", optional.Environment),
            ("Your wishes for future care", optional.AdvanceCarePlanning),
        }.Where(o => PlanText.Has(o.Text)).ToList();
        if (written.Count == 0)
        {
            return;
        }

        pdf.Heading("Other notes about your care");
        foreach (var (title, text) in written)
        {
            pdf.Subheading(title).Paragraph(text);
        }
    }

    private static void Section(PdfTextDocument pdf, CarePlanElement element, string lead) =>
        pdf.Heading($"{(int)element}. {element.Title()}").Note(lead);

    private static void Bullets(PdfTextDocument pdf, IEnumerable<string> items, bool allowEmpty = false)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            pdf.Bullets(list);
        }
        else if (!allowEmpty)
        {
            Nothing(pdf, 0);
        }
    }

    private static void Table(PdfTextDocument pdf, IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, bool allowEmpty = false)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            pdf.Table(columns, list);
        }
        else if (!allowEmpty)
        {
            Nothing(pdf, 0);
        }
    }

    private static void Note(PdfTextDocument pdf, string text)
    {
        if (PlanText.Has(text))
        {
            pdf.Paragraph(text);
        }
    }

    private static void Nothing(PdfTextDocument pdf, int count)
    {
        if (count == 0)
        {
            pdf.Paragraph("Not written yet. Ask your care team.");
        }
    }

    private static string Role(CareTeamMember m) =>
        string.Join(", ", new[] { m.Role, m.Relationship, m.Organization }.Where(PlanText.Has));

    private static string Status(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => "Proposed",
        GoalStatus.Active => "Working on it",
        GoalStatus.Achieved => "Reached",
        GoalStatus.OnHold => "On hold",
        _ => "Stopped",
    };

    private static string Dash(string? text) => PlanText.Has(text) ? text! : "—";

    private static string D(DateOnly? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? "—";

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
