namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing.Claims;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// One sent statement as a PDF, written by the same statement writer the billing office uses and
/// dated the day it was sent, so the patient's copy matches the one they received. A claim id that
/// is not one of this patient's sent statements answers as not found; a statement a later 835
/// withdrew says so instead of being written again (ADR 0255).
/// </summary>
public sealed class GetPortalStatementPdf(PortalScope scope)
{
    public const string WithdrawnCode = "STATEMENT-WITHDRAWN";

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

        if (sent.IsWithdrawn)
        {
            return new BusinessError(WithdrawnCode, $"This statement was withdrawn and is no longer owed: {sent.WithdrawnReason}");
        }

        var adjustments = await scope.Db.PostedAdjustments.AsNoTracking().Where(a => a.ClaimId == claimId && a.Group == "PR").ToListAsync(cancellationToken);
        var decision = StatementRules.For(claim, patient.Patient.Qmb, adjustments);
        if (decision.Amounts is not { } amounts)
        {
            return new BusinessError(decision.NoStatement!.Code, decision.NoStatement.Message);
        }

        var practice = patient.Practice;
        var written = await StatementDocuments.WriteAsync(scope.Db, practice, patient.Patient, claim, amounts, practice.TimeZone.LocalDateOf(sent.SentAt), cancellationToken);
        if (written.Value is not null)
        {
            await scope.Audit.RecordAsync(new AuditEntry(AuditActions.Export, $"portal statement {claim.Month}", id, practice.Id), cancellationToken);
        }

        return written;
    }
}
