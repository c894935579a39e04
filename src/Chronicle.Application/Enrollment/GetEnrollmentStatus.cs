namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A patient's enrollments and consents with their histories, and for a month what stands between
/// each program and a bill: enrollment, the initiating visit, consent and a care manager. The
/// patient page's banner, the wizard and the API read this.
/// </summary>
public sealed class GetEnrollmentStatus(EnrollmentStore store, ChronicleDbContext db, AuditTrail audit)
{
    /// <param name="partOfChart">The patient page shows this inside the chart, whose read is already recorded as "patient chart".</param>
    public async Task<Result<PatientEnrollmentStatus>> ExecuteAsync(Guid patientId, BillingMonth? month, CancellationToken cancellationToken, bool partOfChart = false)
    {
        var loaded = await store.LoadAsync(patientId, track: false, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        if (!partOfChart)
        {
            await audit.RecordAsync(AuditEntry.Read("enrollment and consent status", state.Patient.Id, state.Practice.Id), cancellationToken);
        }
        var forMonth = month ?? BillingMonth.Of(state.Today);
        var visits = await store.VisitsAsync(state.Patient.Id, cancellationToken);
        var practiceId = state.Practice.Id;
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ToListAsync(cancellationToken);
        var names = staff.ToDictionary(s => s.Id, s => s.DisplayName);
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
            gates,
            visits.OrderByDescending(v => v.Date)
                .Select(v => new VisitOption(v.Id.Value, v.Date, v.Code!.Value.Value, v.RenderingNpi?.Value, InitiatingVisitRule.Default.Qualifies(v.Code!.Value)))
                .ToList(),
            staff.Where(s => s.Role == StaffRole.BillingPractitioner && s.Npi is not null).Select(s => new StaffOption(s.Id.Value, s.DisplayName, s.Npi!.Value.Value)).ToList(),
            staff.Where(s => s.Role.MayManageCare()).Select(s => new StaffOption(s.Id.Value, s.DisplayName, s.Npi?.Value)).ToList());
    }

    internal static async Task<Dictionary<StaffId, string>> StaffNamesAsync(ChronicleDbContext db, PracticeId practiceId, CancellationToken cancellationToken) =>
        (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.DisplayName);
}

/// <param name="Gates">One per program the patient has an enrollment in (any status), for <paramref name="Month"/>.</param>
/// <param name="Visits">The patient's coded visits, newest first, for choosing the initiating visit.</param>
/// <param name="CareTeam">Staff who may be the designated care manager or obtain consent (clinical staff and practitioners).</param>
public sealed record PatientEnrollmentStatus(
    Guid PatientId,
    string Mrn,
    string Name,
    string Month,
    DateOnly Today,
    IReadOnlyList<EnrollmentView> Enrollments,
    IReadOnlyList<ConsentView> Consents,
    IReadOnlyList<GateView> Gates,
    IReadOnlyList<VisitOption> Visits,
    IReadOnlyList<StaffOption> Practitioners,
    IReadOnlyList<StaffOption> CareTeam);

/// <param name="Qualifies">Its code is one of the initiating-visit codes (E/M level 2–5, AWV, IPPE).</param>
public sealed record VisitOption(Guid Id, DateOnly Date, string Code, string? Npi, bool Qualifies);

public sealed record StaffOption(Guid Id, string Name, string? Npi);
