namespace Chronicle.Application.Time;

using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Time.Timer;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What the header of every patient page shows: who the patient is (name, MRN, age, the language
/// they prefer (else that of their latest consent conversation), the programs they are enrolled in), this month's
/// countable minutes per program and the signed-in person's timer. The minutes come from the one
/// counter every view uses (<see cref="GetTimeMonth"/>). It records no audit event: it is part of
/// a patient page whose own read is recorded.
/// </summary>
public sealed class GetPatientHeader(ChronicleDbContext db, GetTimeMonth month, LiveTimer timers)
{
    public async Task<Result<PatientHeader>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        // The month view goes through PatientAccess: a patient the person may not see has no header.
        var time = await month.ReadAsync(patientId, null, cancellationToken);
        if (time.Value is not { } view)
        {
            return time.Error!;
        }

        var id = new PatientId(patientId);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        // An enrollment's status is folded from its history, so the patient's aggregate is read and asked.
        var enrolled = (await db.PatientEnrollments.AsNoTracking().Where(a => a.PatientId == id).ToListAsync(cancellationToken))
            .SelectMany(a => a.Enrollments)
            .Where(e => e.Status == EnrollmentStatus.Enrolled)
            .Select(e => e.Program)
            .ToList();
        var language = (await PatientLanguages.OfAsync(db, [id], cancellationToken)).GetValueOrDefault(id);
        var timer = await timers.GetAsync(cancellationToken);
        var age = patient.AgeOn(patient.DeceasedOn ?? view.Today);
        return new PatientHeader(
            patientId,
            $"{patient.FirstName} {patient.LastName}",
            patient.Mrn,
            age,
            patient.DeceasedOn is not null,
            language,
            [.. enrolled.Distinct().Order().Select(p => p.ToCode())],
            view.Month,
            [.. view.Programs.Select(p => new HeaderMinutes(p.Program, p.Label, p.TowardClinicalStaffCodes))],
            timer.Value);
    }
}

/// <param name="Language">The BCP 47 tag of the patient's preferred language, else of the latest consent conversation; null when neither is known.</param>
/// <param name="Programs">Codes of the programs the patient is enrolled in.</param>
public sealed record PatientHeader(
    Guid PatientId,
    string Name,
    string Mrn,
    int Age,
    bool Deceased,
    string? Language,
    IReadOnlyList<string> Programs,
    string Month,
    IReadOnlyList<HeaderMinutes> Minutes,
    TimerView? Timer);

public sealed record HeaderMinutes(string Program, string Label, int Countable);
