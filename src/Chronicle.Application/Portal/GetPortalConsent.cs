namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The patient's consents to care management as the portal shows them: for which program and
/// doctor, when and how it was given, whether it was stopped and the last day it still covers,
/// and whether it can be stopped from the portal now.
/// </summary>
public sealed class GetPortalConsent(PortalScope scope, EnrollmentStore store)
{
    public async Task<Result<PortalConsent>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (!scope.ActsForPatient)
        {
            return (await scope.FindAsync(patientId, patientOrCaregiverOnly: true, cancellationToken)).Error!;
        }

        var loaded = await store.LoadAsync(patientId, track: false, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        await scope.Audit.RecordAsync(AuditEntry.Read("portal consent status", state.Patient.Id, state.Practice.Id), cancellationToken);
        var names = await GetEnrollmentStatus.StaffNamesAsync(store.Db, state.Practice.Id, cancellationToken);
        var rows = state.Consents.Current
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Sequence)
            .Select(r => new PortalConsentRow(
                r.OriginalId.Value,
                r.Program,
                names.GetValueOrDefault(r.PractitionerId) ?? r.PractitionerNpi.Value,
                r.Date,
                r.Method,
                r.Decision,
                r.RevokedOn,
                r.LastMonth?.LastDay,
                r.Decision == ConsentDecision.Accepted && r.RevokedOn is null && r.Date <= state.Today))
            .ToList();
        return new PortalConsent(patientId, $"{state.Patient.FirstName} {state.Patient.LastName}", state.Practice.Name, state.Practice.Phone, state.Today, rows);
    }
}

public sealed record PortalConsent(Guid PatientId, string PatientName, string PracticeName, string? PracticePhone, DateOnly Today, IReadOnlyList<PortalConsentRow> Consents)
{
    /// <summary>The last day of this month: when a stop made today takes effect.</summary>
    public DateOnly StopTakesEffect => BillingMonth.Of(Today).LastDay;
}

/// <param name="StoppedOn">The day the patient stopped it, if they did.</param>
/// <param name="CoversUntil">The last day a stopped consent still covers (the end of the month it was stopped in).</param>
/// <param name="CanStop">Accepted, not stopped yet, and already in force.</param>
public sealed record PortalConsentRow(
    Guid ConsentId,
    CareProgram Program,
    string Practitioner,
    DateOnly GivenOn,
    ConsentMethod Method,
    ConsentDecision Decision,
    DateOnly? StoppedOn,
    DateOnly? CoversUntil,
    bool CanStop);
