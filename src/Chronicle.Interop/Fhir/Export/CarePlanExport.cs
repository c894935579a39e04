namespace Chronicle.Interop.Fhir.Export;

using System.Globalization;
using System.Net;
using System.Text;
using Chronicle.Domain.CarePlans;
using Hl7.Fhir.Model;
using DomainCarePlan = Chronicle.Domain.CarePlans.CarePlan;
using FhirCarePlan = Hl7.Fhir.Model.CarePlan;

/// <summary>
/// A patient's comprehensive care plan as US Core CarePlan: the version in force (the latest while
/// none is signed, as a draft), category <c>assess-plan</c>, the nine CMS elements as the
/// narrative, <c>addresses</c> the problem-list Conditions the problems came from, its Goals and
/// its CareTeam by reference. MCC eCare Plan forbids inline <c>activity.detail</c> and wants
/// activities as references to requests Chronicle does not keep as resources, so the planned
/// interventions stay in the narrative and the plan claims US Core only. The same content, machine
/// readable, rides in a contained Binary named by <c>supportingInfo</c> (<see cref="CarePlanPayload"/>).
/// </summary>
public static class CarePlanExport
{
    /// <summary>The version a plan is exported as: the one in force, or the latest while none is signed.</summary>
    public static CarePlanVersion VersionOf(DomainCarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.ActiveVersion ?? plan.Latest;
    }

    public static FhirCarePlan ToFhir(DomainCarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var version = VersionOf(plan);
        var content = version.Content;
        var first = plan.Versions.MinBy(v => v.Number)!;
        var resource = new FhirCarePlan
        {
            Id = plan.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.CarePlan] },
            Status = plan.Status == CarePlanStatus.Active ? RequestStatus.Active : RequestStatus.Draft,
            Intent = FhirCarePlan.CarePlanIntent.Plan,
            Title = "Comprehensive care plan",
            Subject = References.To("Patient", plan.PatientId.Value),
            Period = new Period { Start = Dates.Date(first.CreatedOn) },
            CreatedElement = new FhirDateTime(Dates.Date(version.CreatedOn)),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Xhtml(content) },
            CareTeam = [References.To("CareTeam", plan.Id.Value)],
        };
        resource.Contained.Add(CarePlanPayload.ToBinary(content));
        resource.SupportingInfo.Add(new ResourceReference("#" + CarePlanPayload.ContainedId, "Care plan content (machine-readable)"));
        if (PlanText.Has(content.ExpectedOutcome))
        {
            resource.Description = content.ExpectedOutcome;
        }

        if (PlanText.Has(content.Prognosis))
        {
            resource.Note.Add(new Annotation { Text = new Markdown("Prognosis: " + content.Prognosis) });
        }

        resource.Category.Add(new CodeableConcept(CcmSystems.CarePlanCategory, "assess-plan", "Assessment and Plan of Treatment", null));
        foreach (var condition in content.Problems.Where(p => p.ConditionId is not null).Select(p => p.ConditionId!.Value).Distinct())
        {
            resource.Addresses.Add(References.To("Condition", condition.Value));
        }

        foreach (var goal in content.Goals)
        {
            resource.Goal.Add(References.To("Goal", goal.Id, goal.Description));
        }

        return resource;
    }

    /// <summary>The plan's elements in CMS order as XHTML; every text escaped.</summary>
    private static string Xhtml(CarePlanContent content)
    {
        var html = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><h1>Comprehensive care plan</h1>");
        Section(html, CarePlanElement.ProblemList, content.Problems);
        html.Append("<h2>").Append(E(CarePlanElement.ExpectedOutcomeAndPrognosis.Title())).Append("</h2><p>")
            .Append(E(content.ExpectedOutcome)).Append("</p><p>").Append(E(content.Prognosis)).Append("</p>");
        Section(html, CarePlanElement.MeasurableGoals, content.Goals);
        Section(html, CarePlanElement.SymptomManagement, content.Symptoms);
        Section(html, CarePlanElement.PlannedInterventions, content.Interventions);
        Section(html, CarePlanElement.MedicationManagement, [.. content.Medications, .. content.Reconciliations]);
        Section(html, CarePlanElement.CommunityServices, content.CommunityServices, content.CommunityServicesNote);
        Section(html, CarePlanElement.OutsideCoordination, content.Coordination, content.CoordinationNote);
        html.Append("<h2>").Append(E(CarePlanElement.ReviewSchedule.Title())).Append("</h2><p>").Append(E(content.Review.Frequency));
        if (content.Review.NextReview is { } next)
        {
            html.Append(E(string.Create(CultureInfo.InvariantCulture, $"; next review {next:yyyy-MM-dd}")));
        }

        return html.Append("</p></div>").ToString();
    }

    private static void Section(StringBuilder html, CarePlanElement element, IEnumerable<IPlanItem> items, string note = "")
    {
        html.Append("<h2>").Append(E(element.Title())).Append("</h2>");
        var list = items.ToList();
        if (list.Count > 0)
        {
            html.Append("<ul>");
            foreach (var item in list)
            {
                var fields = item.Fields().Where(f => PlanText.Has(f.Value)).Select(f => $"{f.Field}: {f.Value}");
                html.Append("<li>").Append(E(string.Join("; ", fields))).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (PlanText.Has(note))
        {
            html.Append("<p>").Append(E(note)).Append("</p>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
