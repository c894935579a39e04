namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A patient's enrollments and consents with their histories, and for a month what stands between
/// each program and a bill: enrollment, the initiating visit, consent and a care manager. The
/// patient page's banner, the wizard and the API read this.
/// </summary>
public sealed class GetEnrollmentStatus(EnrollmentStore store, ChronicleDbContext db, AuditTrail audit)
{
    public async Task<Result<PatientEnrollmentStatus>> ExecuteAsync(Guid patientId, BillingMonth? month, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(patientId, track: false, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        await audit.RecordAsync(AuditEntry.Read("enrollment and consent status", state.Patient.Id, state.Practice.Id), cancellationToken);
        var forMonth = month ?? BillingMonth.Of(state.Today);
        var visits = await store.VisitsAsync(state.Patient.Id, cancellationToken);
        var names = await StaffNamesAsync(db, state.Practice.Id, cancellationToken);
        var gates = state.Enrollments.Enrollments
            .Select(e => e.Program)
            .Distinct()
            .Order()
            .Select(p => EnrollmentGate.Evaluate(state.Enrollments, state.Consents, visits, p, forMonth).ToView())
            .ToList();
        var current = state.Consents.Current.ToHashSet();
        return new PatientEnrollmentStatus(
            state.Patient.Id.Value,
            state.Patient.Mrn,
            state.Patient.DisplayName,
            forMonth.ToString(),
            state.Today,
            state.Enrollments.Enrollments.Select(e => e.ToView(names)).ToList(),
            state.Consents.Records.OrderByDescending(r => r.Sequence).Select(r => r.ToView(current.Contains(r), names)).ToList(),
            gates);
    }

    internal static async Task<Dictionary<StaffId, string>> StaffNamesAsync(ChronicleDbContext db, PracticeId practiceId, CancellationToken cancellationToken) =>
        (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.DisplayName);
}

/// <param name="Gates">One per program the patient has an enrollment in (any status), for <paramref name="Month"/>.</param>
public sealed record PatientEnrollmentStatus(
    Guid PatientId,
    string Mrn,
    string Name,
    string Month,
    DateOnly Today,
    IReadOnlyList<EnrollmentView> Enrollments,
    IReadOnlyList<ConsentView> Consents,
    IReadOnlyList<GateView> Gates);
