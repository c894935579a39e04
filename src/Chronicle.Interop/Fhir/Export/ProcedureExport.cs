namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Hl7.Fhir.Model;

/// <summary>
/// One time-ledger entry in force as US Core Procedure: completed, the activity as its code, the
/// program as its category, the minutes as <c>performedPeriod</c> (start and end instants, end −
/// start = the time logged), the staff member who did the work as performer with their performer
/// class as function, based on the patient's care plan (MCC), and the note. Corrected entries are
/// exported as their correction, under the correction's id; voided ones not at all.
/// </summary>
public static class ProcedureExport
{
    public static Procedure ToFhir(TimeEntry entry, CarePlanId? plan)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var resource = new Procedure
        {
            Id = entry.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Procedure] },
            Status = EventStatus.Completed,
            Category = new CodeableConcept(CcmSystems.Program, entry.Program.ToCode(), CcmSystems.ProgramDisplay(entry.Program), null),
            Code = new CodeableConcept(CcmSystems.TimeActivity, entry.Activity.ToCode(), entry.Activity.ToLabel(), entry.Activity.ToLabel()),
            Subject = References.To("Patient", entry.PatientId.Value),
            Performed = new Period(new FhirDateTime(entry.Start), new FhirDateTime(entry.End)),
        };
        resource.Performer.Add(new Procedure.PerformerComponent
        {
            Function = new CodeableConcept(CcmSystems.Performer, entry.Performer.ToCode(), entry.Performer.ToLabel(), null),
            Actor = References.To("Practitioner", entry.StaffId.Value),
        });
        if (plan is { } planId)
        {
            resource.BasedOn.Add(References.To("CarePlan", planId.Value));
        }

        if (entry.Note is { Length: > 0 } note)
        {
            resource.Note.Add(new Annotation { Text = new Markdown(note) });
        }

        return resource;
    }
}
