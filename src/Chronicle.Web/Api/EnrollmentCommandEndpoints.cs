namespace Chronicle.Web.Api;

using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;

/// <summary>The lifecycle commands of one patient's enrollments (propose, enroll, care manager, outcomes, opt-out, transfer).</summary>
internal static class EnrollmentCommandEndpoints
{
    public static void Map(RouteGroupBuilder patient)
    {
        patient.MapPost("/enrollments", async (Guid patientId, ProposeEnrollmentBody body, ProposeEnrollment useCase, CancellationToken ct) =>
            {
                var program = EnrollmentBodies.Program(body.Program);
                return !program.IsValid
                    ? (IResult)ApiResults.Invalid("program", program.Error!)
                    : EnrollmentEndpoints.Created(patientId, await useCase.ExecuteAsync(patientId, program.Value, body.PractitionerId, body.Date, ct));
            })
            .WithName("ProposeEnrollment")
            .WithSummary("Makes the patient a candidate for CCM or PCM with a billing practitioner.")
            .Produces<IdResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/enroll", async (Guid patientId, EnrollNewBody body, EnrollPatient useCase, CancellationToken ct) =>
            {
                var program = EnrollmentBodies.Program(body.Program);
                return !program.IsValid
                    ? (IResult)ApiResults.Invalid("program", program.Error!)
                    : EnrollmentEndpoints.Created(patientId, await useCase.ExecuteAsync(
                        new EnrollRequest(patientId, null, program.Value, body.PractitionerId, body.Start, body.CareManagerId, body.InitiatingVisitId), ct));
            })
            .WithName("EnrollNew")
            .WithSummary("Proposes and enrolls in one step. Refused with ENROLL-OVERLAP (409) when it would share a month with another enrollment in the program.")
            .Produces<IdResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/{enrollmentId:guid}/enroll", async (Guid patientId, Guid enrollmentId, EnrollBody body, EnrollPatient useCase, CancellationToken ct) =>
                EnrollmentEndpoints.Id(await useCase.ExecuteAsync(new EnrollRequest(patientId, enrollmentId, Start: body.Start, CareManagerId: body.CareManagerId, InitiatingVisitId: body.InitiatingVisitId), ct)))
            .WithName("EnrollCandidate")
            .WithSummary("Enrolls a candidate from a start date, with the care manager and the initiating visit when known.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/{enrollmentId:guid}/care-manager", async (Guid patientId, Guid enrollmentId, CareManagerBody body, AssignCareManager useCase, CancellationToken ct) =>
                EnrollmentEndpoints.Id(await useCase.ExecuteAsync(patientId, enrollmentId, body.CareManagerId, body.Date, ct)))
            .WithName("AssignCareManager")
            .WithSummary("Designates the care manager of an enrolled patient from a date.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/{enrollmentId:guid}/outcome", async (Guid patientId, Guid enrollmentId, OutcomeBody body, CloseEnrollment useCase, CancellationToken ct) =>
            {
                var outcome = EnrollmentOutcomes.Parse(body.Outcome);
                return outcome is null
                    ? (IResult)ApiResults.Invalid("outcome", $"'{body.Outcome}' is not an outcome; use {string.Join(", ", EnrollmentOutcomes.All.Select(o => o.ToCode()))}.")
                    : EnrollmentEndpoints.Id(await useCase.ExecuteAsync(patientId, enrollmentId, outcome.Value, body.Date, body.Reason, ct));
            })
            .WithName("RecordEnrollmentOutcome")
            .WithSummary("Records that the patient declined, is ineligible, is enrolled elsewhere, moved or died, or reopens a candidate.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/{enrollmentId:guid}/unenroll", async (Guid patientId, Guid enrollmentId, UnenrollBody body, UnenrollPatient useCase, CancellationToken ct) =>
                EnrollmentEndpoints.Id(await useCase.ExecuteAsync(patientId, enrollmentId, body.RequestedOn, body.Reason, body.RevokeConsent ?? true, ct)))
            .WithName("Unenroll")
            .WithSummary("The patient opts out: the enrollment ends at the end of the month of the request, and the consent is revoked from the same date.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/enrollments/{enrollmentId:guid}/transfer", async (Guid patientId, Guid enrollmentId, TransferBody body, TransferEnrollment useCase, CancellationToken ct) =>
            {
                var month = BillingMonth.TryParse(body.FirstMonth);
                return !month.IsValid
                    ? (IResult)ApiResults.Invalid("firstMonth", month.Error!)
                    : EnrollmentEndpoints.Created(patientId, await useCase.ExecuteAsync(patientId, enrollmentId, body.PractitionerId, month.Value, body.CareManagerId, ct));
            })
            .WithName("TransferEnrollment")
            .WithSummary("Moves the patient to another billing practitioner from the first day of a month; the new practitioner needs a new consent.")
            .Produces<IdResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
