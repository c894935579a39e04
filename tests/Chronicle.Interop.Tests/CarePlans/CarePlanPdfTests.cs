namespace Chronicle.Interop.Tests.CarePlans;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.CarePlans.Templates;
using Chronicle.Domain.Common;
using Chronicle.Interop.CarePlans;
using UglyToad.PdfPig;

/// <summary>The patient's care-plan PDF, read back with PdfPig.</summary>
public sealed class CarePlanPdfTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void The_pdf_holds_every_required_element_the_goals_targets_and_the_care_teams_contacts()
    {
        var content = Plan();

        var text = Read(CarePlanPdf.Render(Document(content)));

        Assert.All(CarePlanElements.All, e => Assert.Contains($"{(int)e}. {e.Title()}", text, StringComparison.Ordinal));
        Assert.NotEmpty(content.Goals);
        Assert.All(content.Goals, g => Assert.Contains(g.TargetText, text, StringComparison.Ordinal));
        Assert.Contains("Rosa Castillo, RN", text, StringComparison.Ordinal);
        Assert.Contains("217-555-0100", text, StringComparison.Ordinal);
        Assert.Contains("r.castillo@riverbend.example", text, StringComparison.Ordinal);
        Assert.Contains("Margaret Abernathy", text, StringComparison.Ordinal);
        Assert.Contains("Adaeze Okafor, MD on March 2, 2026", text, StringComparison.Ordinal);
        Assert.Contains("Metformin 500 mg", text, StringComparison.Ordinal);
        Assert.Contains("Type 2 diabetes (E11.9)", text, StringComparison.Ordinal);
        Assert.Contains("Your wishes for future care", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_any_field_is_printed_as_text()
    {
        const string markup = "<script>alert('x')</script><b>bold</b>";
        var content = Plan() with
        {
            ExpectedOutcome = markup,
            Goals = [Plan().Goals[0] with { Description = "Goal " + markup }],
            CareTeam = [new CareTeamMember(Guid.NewGuid(), CareTeamKind.Caregiver, "<i>Meg</i>", "<b>Caregiver</b>")],
        };

        var text = Read(CarePlanPdf.Render(Document(content)));

        Assert.Contains("What we hope for " + markup, text, StringComparison.Ordinal);
        Assert.Contains("Goal " + markup, text, StringComparison.Ordinal);
        Assert.Contains("<i>Meg</i> <b>Caregiver</b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_draft_says_what_is_not_written_yet()
    {
        var text = Read(CarePlanPdf.Render(new CarePlanDocument("Test Patient", "Riverbend", null, 1, null, null, Today, CarePlanContent.Empty)));

        Assert.Contains("Not signed yet (draft)", text, StringComparison.Ordinal);
        Assert.Contains("Not written yet. Ask your care team.", text, StringComparison.Ordinal);
    }

    private static CarePlanContent Plan()
    {
        var team = new[]
        {
            new CareTeamMember(Guid.NewGuid(), CareTeamKind.Staff, "Rosa Castillo, RN", "Care manager", "217-555-0100", "r.castillo@riverbend.example"),
            new CareTeamMember(Guid.NewGuid(), CareTeamKind.Caregiver, "Margaret Abernathy", "Caregiver", "217-555-0199", Relationship: "Daughter"),
        };
        var content = CarePlanTemplates.Apply(
            [new PlanCondition(ConditionId.New(), "E119", "Type 2 diabetes"), new PlanCondition(ConditionId.New(), "I10", "Hypertension")],
            new TemplateContext(Today, team, [new PlanMedication(Guid.NewGuid(), "Metformin 500 mg", "One tablet twice a day with food", "Blood sugar")]));
        return content with
        {
            Reconciliations = [new MedicationReconciliation(Guid.NewGuid(), Today, "Rosa Castillo, RN", "No changes")],
            CommunityServicesNote = "None needed at this time.",
            Optional = OptionalAssessments.Empty with { AdvanceCarePlanning = "Has named his daughter as health care proxy." },
        };
    }

    private static CarePlanDocument Document(CarePlanContent content) =>
        new("Harold Abernathy", "Riverbend Family Medicine", "217-555-0100", 2, "Adaeze Okafor, MD", Today, Today, content);

    private static string Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
