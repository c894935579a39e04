namespace Chronicle.Application.Time;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The consent cut of each patient-month (<see cref="CountableMinutes.CountFrom"/>), chosen exactly
/// as month close chooses the consent it hands the billing engine: the enrollment the month is
/// billed under names the practitioner, and <see cref="PatientConsents.InForce"/> picks the consent.
/// Read in set-based queries (per practice, or per chunk of patients), never one per patient.
/// </summary>
internal static class ConsentCuts
{
    /// <summary>The enrollment a patient-month is billed under: the one covering the month, else the program's latest started one.</summary>
    public static ProgramEnrollment? EnrollmentFor(PatientEnrollments? enrollments, CareProgram program, BillingMonth month) =>
        enrollments is null ? null
        : enrollments.CoveringMonth(program, month)
            ?? enrollments.Enrollments.Where(e => e.Program == program && e.Start is not null).OrderByDescending(e => e.Start).FirstOrDefault();

    /// <summary>The consent in force for a patient-month, given the patient's enrollments and consents.</summary>
    public static ConsentRecord? ConsentFor(PatientConsents? consents, PatientEnrollments? enrollments, CareProgram program, BillingMonth month) =>
        consents?.InForce(program, EnrollmentFor(enrollments, program, month)?.PractitionerNpi, month);

    /// <summary>The cuts of the practice's patient-months, or only of <paramref name="patientIds"/> when given.</summary>
    public static async Task<Dictionary<(PatientId, CareProgram), DateOnly>> ReadAsync(
        ChronicleDbContext db, PracticeId practiceId, IReadOnlyCollection<PatientId>? patientIds, BillingMonth month, CancellationToken cancellationToken)
    {
        var consents = new List<PatientConsents>();
        var enrollments = new Dictionary<PatientId, PatientEnrollments>();
        foreach (var chunk in patientIds is null ? [null] : patientIds.Chunk(500).Select(c => (PatientId[]?)c))
        {
            // The patients given are the practice's own: by id alone the lookups use the patient keys.
            var consentQuery = chunk is null
                ? db.PatientConsents.AsNoTracking().Where(c => c.PracticeId == practiceId)
                : db.PatientConsents.AsNoTracking().Where(c => chunk.Contains(c.PatientId));
            var enrollmentQuery = chunk is null
                ? db.PatientEnrollments.AsNoTracking().AsSplitQuery().Where(p => p.PracticeId == practiceId)
                : db.PatientEnrollments.AsNoTracking().AsSplitQuery().Where(p => chunk.Contains(p.PatientId));

            var read = await consentQuery.ToListAsync(cancellationToken);
            consents.AddRange(read);
            if (read.Count > 0)
            {
                foreach (var patient in await enrollmentQuery.ToListAsync(cancellationToken))
                {
                    enrollments[patient.PatientId] = patient;
                }
            }
        }

        var cuts = new Dictionary<(PatientId, CareProgram), DateOnly>();
        foreach (var ledger in consents)
        {
            foreach (var program in ledger.Current.Select(c => c.Program).Distinct())
            {
                var consent = ConsentFor(ledger, enrollments.GetValueOrDefault(ledger.PatientId), program, month);
                if (CountableMinutes.CountFrom(consent?.Date, month) is { } cut)
                {
                    cuts[(ledger.PatientId, program)] = cut;
                }
            }
        }

        return cuts;
    }
}
