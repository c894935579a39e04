namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Records a billed visit (CPT/HCPCS code, date, rendering NPI), for instance the initiating visit
/// at which care management was discussed. The visit has the same identity as a CSV import's row,
/// so recording it twice, or importing it later, changes nothing.
/// </summary>
public sealed class RecordVisit(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, DateOnly date, string code, string npi, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(Capability.RecordVisits, patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var parsedCode = HcpcsCode.TryParse(code);
        var parsedNpi = Npi.TryParse(npi);
        if (!parsedCode.IsValid || !parsedNpi.IsValid)
        {
            return new BusinessError(EnrollmentErrors.VisitInvalid, string.Join(" ", new[] { parsedCode.Error, parsedNpi.Error }.Where(e => e is not null)));
        }

        var key = VisitCsv.SourceKeyOf(date, parsedCode.Value, parsedNpi.Value);
        var id = state.Patient.Id;
        var existing = await store.Db.Visits.AsNoTracking().SingleOrDefaultAsync(v => v.PatientId == id && v.SourceKey == key, cancellationToken);
        if (existing is not null)
        {
            return existing.Id.Value;
        }

        var visit = Visit.Create(state.Practice.Id, id, new VisitDetails(key, date, parsedCode.Value, null, parsedNpi.Value));
        store.Db.Visits.Add(visit);
        var what = FormattableString.Invariant($"visit {visit.Id}: {parsedCode.Value.Value} on {date:yyyy-MM-dd}");
        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Create, what)], cancellationToken);
        return error is null ? visit.Id.Value : error;
    }
}
