namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.Statements;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// One sent statement as a PDF, written by the same statement writer the billing office uses and
/// dated the day it was sent, so the patient's copy matches the one they received. A claim id that
/// is not one of this patient's sent statements answers as not found.
/// </summary>
public sealed class GetPortalStatementPdf(PortalScope scope)
{
    public async Task<Result<StatementDocument>> ExecuteAsync(Guid patientId, Guid claimId, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, patientOrCaregiverOnly: true, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var id = patient.Patient.Id;
        var sent = await scope.Db.PatientStatements.AsNoTracking().SingleOrDefaultAsync(s => s.ClaimId == claimId && s.PatientId == id, cancellationToken);
        var claim = sent is null ? null : await scope.Db.BillingClaims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == claimId && c.PatientId == id, cancellationToken);
        if (sent is null || claim is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"There is no statement {claimId} for this patient.");
        }

        var practice = patient.Practice;
        var sentOn = practice.TimeZone.LocalDateOf(sent.SentAt);
        var input = new PatientStatementInput(
            new StatementPractice(practice.Name, practice.Address, practice.Phone),
            new StatementPatient(patient.Name, patient.Patient.Address, patient.Patient.Mrn, patient.Patient.Qmb),
            claim.Month,
            sentOn,
            sentOn.AddDays(30),
            claim.ClaimNumber,
            StatementQuery.Share(claim, patient.Patient));
        var written = PatientStatementPdf.Write(input);
        if (written.Failure is { } failure)
        {
            return new BusinessError(failure.Code, failure.Message);
        }

        await scope.Audit.RecordAsync(new AuditEntry(AuditActions.Export, $"portal statement {claim.Month}", id, practice.Id), cancellationToken);
        return new StatementDocument($"statement-{patient.Patient.Mrn}-{claim.Month}.pdf", written.Value!);
    }
}
