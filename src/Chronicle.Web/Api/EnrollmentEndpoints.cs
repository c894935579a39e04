namespace Chronicle.Web.Api;

using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// Enrollment, consent and visits under /api/v1/patients/{id}: the status and gates of a month,
/// the lifecycle commands, consent capture and revocation, the signed form, recorded visits; and the
/// practice's enrollments by status. Errors carry the domain's stable codes (ENROLL-OVERLAP 409, ...).
/// </summary>
internal static class EnrollmentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enrollments", async (ListEnrollments useCase, string? status, string? program, string? month, Guid? careManagerId, CancellationToken ct) =>
            {
                EnrollmentStatus? parsedStatus = null;
                if (status is not null)
                {
                    parsedStatus = Enum.GetValues<EnrollmentStatus>().Cast<EnrollmentStatus?>().FirstOrDefault(s => string.Equals(s!.Value.ToCode(), status.Trim(), StringComparison.OrdinalIgnoreCase));
                    if (parsedStatus is null)
                    {
                        return (IResult)ApiResults.Invalid("status", $"'{status}' is not a status; use {string.Join(", ", Enum.GetValues<EnrollmentStatus>().Select(s => s.ToCode()))}.");
                    }
                }

                var parsedProgram = program is null ? (ValueResult<CareProgram>?)null : EnrollmentBodies.Program(program);
                if (parsedProgram is { IsValid: false } badProgram)
                {
                    return ApiResults.Invalid("program", badProgram.Error!);
                }

                var parsedMonth = month is null ? (ValueResult<BillingMonth>?)null : BillingMonth.TryParse(month);
                if (parsedMonth is { IsValid: false } badMonth)
                {
                    return ApiResults.Invalid("month", badMonth.Error!);
                }

                var query = new EnrollmentListQuery(parsedStatus, parsedProgram?.Value, parsedMonth?.Value, careManagerId);
                return ApiResults.Ok(await useCase.ExecuteAsync(query, ct));
            })
            .WithTags("Enrollment")
            .RequireAuthorization(AccessPolicies.Staff)
            .WithName("ListEnrollments")
            .WithSummary("The practice's enrollments, by status, program, month and care manager.")
            .Produces<EnrollmentList>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var patient = api.MapGroup("/patients/{patientId:guid}").WithTags("Enrollment").RequireAuthorization(AccessPolicies.Staff)
            .ProducesProblem(StatusCodes.Status404NotFound);

        patient.MapGet("/enrollment", async (Guid patientId, string? month, GetEnrollmentStatus useCase, CancellationToken ct) =>
            {
                var parsed = month is null ? (ValueResult<BillingMonth>?)null : BillingMonth.TryParse(month);
                return parsed is { IsValid: false } bad
                    ? (IResult)ApiResults.Invalid("month", bad.Error!)
                    : ApiResults.Ok(await useCase.ExecuteAsync(patientId, parsed?.Value, ct));
            })
            .WithName("GetEnrollmentStatus")
            .WithSummary("A patient's enrollments and consents with their histories, and what each program is missing for a month (default: this month).")
            .Produces<PatientEnrollmentStatus>();

        patient.MapGet("/consent-check", async (Guid patientId, string program, string month, CheckMonthConsent useCase, CancellationToken ct) =>
            {
                var parsedProgram = EnrollmentBodies.Program(program);
                var parsedMonth = BillingMonth.TryParse(month);
                return !parsedProgram.IsValid ? (IResult)ApiResults.Invalid("program", parsedProgram.Error!)
                    : !parsedMonth.IsValid ? ApiResults.Invalid("month", parsedMonth.Error!)
                    : ApiResults.Ok(await useCase.ExecuteAsync(patientId, parsedProgram.Value, parsedMonth.Value, ct));
            })
            .WithName("CheckMonthConsent")
            .WithSummary("Whether a month is consented and billable for a patient and program, and if not, what is missing.")
            .Produces<MonthConsent>();

        EnrollmentCommandEndpoints.Map(patient);
        ConsentEndpoints.Map(patient);
    }

    internal static Results<Ok<IdResponse>, ProblemHttpResult> Id(Result<Guid> result) =>
        result.Succeeded ? TypedResults.Ok(new IdResponse(result.Value)) : ApiResults.Problem(result.Error!);

    internal static Results<Created<IdResponse>, ProblemHttpResult> Created(Guid patientId, Result<Guid> result) =>
        result.Succeeded
            ? TypedResults.Created($"{ApiRoutes.Prefix}/patients/{patientId}/enrollment", new IdResponse(result.Value))
            : ApiResults.Problem(result.Error!);
}
