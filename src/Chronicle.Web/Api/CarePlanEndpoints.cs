namespace Chronicle.Web.Api;

using System.Text.Json;
using Chronicle.Application.CarePlans;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Web.Security;

/// <summary>
/// A patient's care plan: read it, start it from conditions, keep a draft, write a version, sign,
/// record reviews and copies, the month's facts for billing, and the patient's PDF. Plans travel
/// in one JSON shape (<see cref="CarePlanRequests.Json"/>), the same as 'chronicle careplan export'.
/// </summary>
internal static class CarePlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/patients/{id:guid}/careplan").WithTags("Care plans").RequireAuthorization(AccessPolicies.Staff);

        plan.MapGet("/", async (Guid id, GetCarePlan useCase, CancellationToken ct) => Json(await useCase.ExecuteAsync(id, ct)))
            .WithName("GetCarePlan").WithSummary("The plan as it stands: latest version, status, missing elements, history, copies, draft.")
            .Produces<CarePlanPage>().ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPost("/", async (Guid id, HttpRequest request, StartCarePlan useCase, CancellationToken ct) =>
                await ReadAsync<StartPlanRequest>(request, ct) is { Value: { } body } ? Created(await useCase.ExecuteAsync(id, body.ConditionIds ?? [], ct)) : BadBody(request))
            .WithName("StartCarePlan").WithSummary("Starts the plan from the chosen conditions' templates (version 1, a draft).")
            .Accepts<StartPlanRequest>("application/json").ProducesProblem(StatusCodes.Status409Conflict);

        plan.MapPut("/draft", async (Guid id, HttpRequest request, SaveCarePlanDraft useCase, CancellationToken ct) =>
                await ReadAsync<DraftPlanRequest>(request, ct) is { Value: { } body } ? Json(await useCase.ExecuteAsync(id, body.BasedOn, body.Plan ?? CarePlanContent.Empty, ct)) : BadBody(request))
            .WithName("SaveCarePlanDraft").WithSummary("Keeps the working copy being edited; not a version.")
            .Accepts<DraftPlanRequest>("application/json");

        plan.MapPost("/versions", async (Guid id, HttpRequest request, ReviseCarePlan useCase, CancellationToken ct) =>
                await ReadAsync<RevisePlanRequest>(request, ct) is { Value: { } body } ? Created(await useCase.ExecuteAsync(id, body.BasedOn, body.Plan ?? CarePlanContent.Empty, body.Note, ct)) : BadBody(request))
            .WithName("ReviseCarePlan").WithSummary("Writes a new version from the version it was based on; refused when someone wrote a newer one.")
            .Accepts<RevisePlanRequest>("application/json").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plan.MapGet("/versions/{number:int}", async (Guid id, int number, GetCarePlanVersion useCase, CancellationToken ct) => Json(await useCase.ExecuteAsync(id, number, ct)))
            .WithName("GetCarePlanVersion").WithSummary("One version and its changes from the version before.")
            .Produces<CarePlanVersionView>().ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPost("/versions/{number:int}/signature", async (Guid id, int number, SignCarePlan useCase, CancellationToken ct) => Json(await useCase.ExecuteAsync(id, number, ct)))
            .WithName("SignCarePlan").WithSummary("The billing practitioner signs the latest, complete version; it becomes active.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        plan.MapPost("/reviews", async (Guid id, HttpRequest request, RecordCarePlanReview useCase, CancellationToken ct) =>
                await ReadAsync<ReviewRequest>(request, ct) is { Value: { } body } ? Json(await useCase.ExecuteAsync(id, body.On, body.Note, ct)) : BadBody(request))
            .WithName("RecordCarePlanReview").WithSummary("Records a review of the active plan, changed or not.")
            .Accepts<ReviewRequest>("application/json");

        plan.MapPost("/copies", async (Guid id, HttpRequest request, RecordCarePlanCopy useCase, CancellationToken ct) =>
                await ReadAsync<CopyRequest>(request, ct) is { Value: { } body } ? Json(await useCase.ExecuteAsync(id, body.Recipient, body.RecipientKind, body.Method, body.ProvidedOn, ct)) : BadBody(request))
            .WithName("RecordCarePlanCopy").WithSummary("Records that a copy of the active plan was provided: to whom, how, when.")
            .Accepts<CopyRequest>("application/json");

        plan.MapGet("/months/{month}", async (Guid id, string month, GetCarePlanMonthFacts useCase, CancellationToken ct) =>
            {
                var parsed = BillingMonth.TryParse(month);
                return parsed.IsValid ? Json(await useCase.ExecuteAsync(id, parsed.Value, ct)) : ApiResults.Invalid("month", parsed.Error!);
            })
            .WithName("GetCarePlanMonthFacts").WithSummary("For billing: plan complete, last care-plan work and last copy provided, as of the month's end.");

        plan.MapGet("/pdf", async (Guid id, int? version, ExportCarePlan useCase, CancellationToken ct) =>
            {
                var result = await useCase.ForPatientAsync(id, CarePlanExportFormat.Pdf, version, ct);
                return result.Value is { } file ? Results.File(file.Bytes, file.MediaType, file.FileName) : (IResult)ApiResults.Problem(result.Error!);
            })
            .WithName("GetCarePlanPdf").WithSummary("The patient's plain-language PDF of the active plan (or of ?version=N).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private const string BadBodyKey = "careplan-bad-body";

    /// <summary>The body in the plan's JSON shape; a body that does not parse leaves its reason for <see cref="BadBody"/>.</summary>
    private static async Task<Box<T>> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        try
        {
            return new Box<T>(await JsonSerializer.DeserializeAsync<T>(request.Body, CarePlanRequests.Json, ct));
        }
        catch (JsonException ex)
        {
            request.HttpContext.Items[BadBodyKey] = ex.Path is { Length: > 0 } path ? $"{path} is not valid" : "is not valid JSON";
            return new Box<T>(null);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadBody(HttpRequest request) =>
        ApiResults.Invalid("body", request.HttpContext.Items[BadBodyKey] as string ?? "is empty; send a JSON object.");

    private static IResult Json<T>(Application.Common.Result<T> result) =>
        result.Succeeded ? Results.Json(result.Value, CarePlanRequests.Json) : ApiResults.Problem(result.Error!);

    private static IResult Created(Application.Common.Result<int> result) =>
        result.Succeeded
            ? Results.Json(new { version = result.Value }, CarePlanRequests.Json, statusCode: StatusCodes.Status201Created)
            : ApiResults.Problem(result.Error!);

    private sealed record Box<T>(T? Value)
        where T : class;
}
