namespace Chronicle.Application.CarePlans;

using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Who a new plan names before the team edits it: the practitioner of the patient's latest visit
/// as their doctor, and the staff member starting the plan as care manager when they are clinical
/// staff; plus the patient's current medicines from their imported records.
/// </summary>
internal static class CareTeamSuggestion
{
    public static async Task<List<CareTeamMember>> TeamAsync(ChronicleDbContext db, PlanPatient patient, string actorUserId, CancellationToken cancellationToken)
    {
        var team = new List<CareTeamMember>();
        var practiceId = patient.Practice.Id;
        var patientId = patient.Patient.Id;
        var npi = await db.Visits.AsNoTracking()
            .Where(v => v.PatientId == patientId && v.RenderingNpi != null)
            .OrderByDescending(v => v.Date)
            .Select(v => v.RenderingNpi)
            .FirstOrDefaultAsync(cancellationToken);
        var doctor = npi is null ? null : await db.StaffMembers.AsNoTracking()
            .FirstOrDefaultAsync(s => s.PracticeId == practiceId && s.Npi == npi && s.Role == StaffRole.BillingPractitioner, cancellationToken);
        if (doctor is not null)
        {
            team.Add(Member(doctor, $"{Credentials.PractitionerTitle(doctor.Credential)} (billing practitioner)", patient.Practice.Phone));
        }

        if (Guid.TryParse(actorUserId, out var userId)
            && await db.Users.AsNoTracking().Where(u => u.Id == userId && u.StaffId != null).Select(u => u.StaffId).SingleOrDefaultAsync(cancellationToken) is { } staffId
            && await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, cancellationToken) is { Role: StaffRole.ClinicalStaff } nurse)
        {
            team.Add(Member(nurse, "Care manager", patient.Practice.Phone));
        }

        return team;
    }

    public static CareTeamMember Member(StaffMember staff, string role, string? practicePhone) =>
        new(Guid.NewGuid(), CareTeamKind.Staff, staff.DisplayName, role, practicePhone ?? string.Empty, staff.Email ?? string.Empty, StaffId: staff.Id);

    public static async Task<List<PlanMedication>> MedicationsAsync(ChronicleDbContext db, PlanPatient patient, CancellationToken cancellationToken)
    {
        var patientId = patient.Patient.Id;
        var names = await db.ClinicalRecords.AsNoTracking()
            .Where(r => r.PatientId == patientId && r.Kind == ClinicalRecordKind.Medication && r.EndDate == null && r.Display != null)
            .Select(r => r.Display!)
            .ToListAsync(cancellationToken);
        return names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
            .Select(n => new PlanMedication(Guid.NewGuid(), n, "As prescribed")).ToList();
    }
}
