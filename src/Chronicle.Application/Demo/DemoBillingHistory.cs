namespace Chronicle.Application.Demo;

using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// Makes the demo's previous month billable for a few patients whatever day the demo is seeded:
/// their care plan is also reviewed on the 20th of last month (a plan must be worked on in every
/// billed month), so closing last month gives billable claims beside the blocked and not-billable
/// ones (issue 6 item 10). Only new review records; plans created after that day are left alone.
/// </summary>
internal static class DemoBillingHistory
{
    private static readonly string[] Reviewed = ["RB1002", "RB1006", "RB1008"];

    public static void Add(ChronicleDbContext db, Practice practice, IReadOnlyDictionary<string, StaffMember> staff, IReadOnlyDictionary<string, Patient> patients, DateTimeOffset now)
    {
        var today = practice.TimeZone.LocalDateOf(now);
        var reviewedOn = BillingMonth.Of(today).Previous().FirstDay.AddDays(19);
        var byId = staff.Values.ToDictionary(s => s.Id);
        foreach (var mrn in Reviewed)
        {
            var patientId = patients[mrn].Id;
            var plan = db.CarePlans.Local.SingleOrDefault(p => p.PatientId == patientId);
            var manager = db.PatientEnrollments.Local.Single(e => e.PatientId == patientId).Enrollments
                .Select(e => e.CareManager).FirstOrDefault(m => m is not null);
            if (plan is null || manager is not { } managerId)
            {
                continue;
            }

            var nurse = byId[managerId];
            // Refused (and skipped) when the plan was created after that day.
            _ = plan.RecordReview(new PlanActor($"staff:{nurse.Id}", nurse.DisplayName, false), new PlanMoment(now, today), reviewedOn,
                "Monthly call: went over goals, symptoms and medicines; no changes.");
        }
    }
}
