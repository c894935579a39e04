namespace Chronicle.Web.Api;

using Chronicle.Application.Enrollment;
using Chronicle.Domain.Enrollment;

/// <summary>Consent capture and revocation, the signed form, and recorded visits of one patient.</summary>
internal static class ConsentEndpoints
{
    public static void Map(RouteGroupBuilder patient)
    {
        patient.MapPost("/consents", async (Guid patientId, ConsentBody body, RecordConsent useCase, CancellationToken ct) =>
            {
                var program = EnrollmentBodies.Program(body.Program);
                var method = ConsentCodes.TryParseMethod(body.Method);
                var decision = ConsentCodes.TryParseDecision(body.Decision);
                var disclosures = EnrollmentBodies.Disclosures(body.Disclosures);
                if (!program.IsValid || !method.IsValid || !decision.IsValid || !disclosures.IsValid)
                {
                    var (property, error) = !program.IsValid ? ("program", program.Error) : !method.IsValid ? ("method", method.Error)
                        : !decision.IsValid ? ("decision", decision.Error) : ("disclosures", disclosures.Error);
                    return (IResult)ApiResults.Invalid(property, error!);
                }

                ConsentFile? document = null;
                if (body.Document is { } file)
                {
                    var bytes = new byte[(file.ContentBase64.Length * 3 / 4) + 3];
                    if (!Convert.TryFromBase64String(file.ContentBase64, bytes, out var length))
                    {
                        return ApiResults.Invalid("document.contentBase64", "is not base64.");
                    }

                    document = new ConsentFile(bytes.AsMemory(0, length), file.MediaType);
                }

                var request = new ConsentRequest(patientId, program.Value, body.PractitionerId, method.Value, decision.Value, disclosures.Value,
                    body.Date, body.ObtainedById, body.NoOtherCareManagement, body.Language, document, body.RecordIncomplete);
                return EnrollmentEndpoints.Created(patientId, await useCase.ExecuteAsync(request, ct));
            })
            .WithName("RecordConsent")
            .WithSummary("Documents a consent conversation, accepted or declined, with the disclosures made and optionally the signed form; an accepted consent missing disclosures needs recordIncomplete: true.")
            .Produces<IdResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapPost("/consents/revoke", async (Guid patientId, RevokeConsentBody body, RevokeConsent useCase, CancellationToken ct) =>
            {
                var program = EnrollmentBodies.Program(body.Program);
                if (!program.IsValid)
                {
                    return (IResult)ApiResults.Invalid("program", program.Error!);
                }

                var result = await useCase.ExecuteAsync(patientId, program.Value, body.PractitionerId, body.RevokedOn, ct);
                return result.Succeeded ? TypedResults.Ok(new CountResponse(result.Value)) : ApiResults.Problem(result.Error!);
            })
            .WithName("RevokeConsent")
            .WithSummary("The patient withdraws consent; it takes effect at the end of the month of the revocation.")
            .Produces<CountResponse>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patient.MapGet("/consents/documents/{hash}", async (Guid patientId, string hash, GetConsentDocument useCase, CancellationToken ct) =>
            {
                var result = await useCase.ExecuteAsync(patientId, hash, ct);
                return result.Value is { } file
                    ? (IResult)TypedResults.File(file.Content, file.MediaType, file.FileName)
                    : ApiResults.Problem(result.Error!);
            })
            .WithName("GetConsentDocument")
            .WithSummary("The signed consent form stored under its SHA-256.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        patient.MapPost("/visits", async (Guid patientId, VisitBody body, RecordVisit useCase, CancellationToken ct) =>
                EnrollmentEndpoints.Created(patientId, await useCase.ExecuteAsync(patientId, body.Date, body.Code, body.Npi, ct)))
            .WithTags("Visits")
            .WithName("RecordVisit")
            .WithSummary("Records a billed visit (CPT/HCPCS code, date, rendering NPI), e.g. the initiating visit; recording it again changes nothing.")
            .Produces<IdResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
