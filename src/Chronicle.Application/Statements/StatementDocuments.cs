namespace Chronicle.Application.Statements;

using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Statements;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Writes a claim's statement PDF for the billing office and the portal alike (ADR 0255): the
/// amounts <see cref="StatementRules"/> decided, the payer's name from the directory, and the 835
/// trace the amounts came from, or the estimate banner before the payer decided.
/// </summary>
internal static class StatementDocuments
{
    public static async Task<Result<StatementDocument>> WriteAsync(
        ChronicleDbContext db, Practice practice, Patient patient, BillingClaim claim, StatementAmounts amounts, DateOnly dated, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        var code = claim.PayerCode;
        var payer = code is null ? null : await db.Payers.AsNoTracking().Where(p => p.PracticeId == practiceId && p.Code == code).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var input = new PatientStatementInput(
            new StatementPractice(practice.Name, practice.Address, practice.Phone),
            new StatementPatient($"{patient.FirstName} {patient.LastName}", patient.Address, patient.Mrn, patient.Qmb),
            claim.Month,
            dated,
            dated.AddDays(30),
            claim.ClaimNumber,
            amounts,
            new StatementPayer(payer ?? "Medicare", amounts.IsEstimate ? null : claim.RemittanceTrace));
        var written = PatientStatementPdf.Write(input);
        if (written.Failure is { } failure)
        {
            return new BusinessError(failure.Code, failure.Message);
        }

        var kind = amounts.IsEstimate ? "estimate" : "statement";
        return new StatementDocument($"{kind}-{patient.Mrn}-{claim.Month}.pdf", written.Value!);
    }
}
