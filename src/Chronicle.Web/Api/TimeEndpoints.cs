namespace Chronicle.Web.Api;

using Chronicle.Application.Common;
using Chronicle.Application.Time;
using Chronicle.Domain.Common;
using Chronicle.Web.Security;

/// <summary>
/// The time ledger over JSON: log, correct, void and list a patient's time, the month view and the
/// practice's month summary. The use cases check every value the way the pages and the CLI do; a
/// value they reject as malformed (TIME-INVALID) is answered 400 naming the property.
/// </summary>
internal static class TimeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients/{patientId:guid}/time").WithTags("Time").RequireAuthorization(AccessPolicies.Staff);
        patients.MapPost("/", async (Guid patientId, TimeEntryInput input, LogTime useCase, CancellationToken cancellationToken) =>
                Created(await useCase.ExecuteAsync(patientId, input, cancellationToken)))
            .WithName("LogTime")
            .WithSummary("Logs minutes for the patient. start is local to the practice (YYYY-MM-DDTHH:MM) or an instant with an offset.")
            .Produces<TimeEntryView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        patients.MapGet("/", async (Guid patientId, string? month, ListTime useCase, CancellationToken cancellationToken) =>
                Month(month, out var parsed) is { } invalid ? (IResult)invalid : ApiResults.Ok(await useCase.ExecuteAsync(patientId, parsed, cancellationToken)))
            .WithName("ListTime")
            .WithSummary("Every ledger record of the patient in the month (this month by default), corrections and voids included.")
            .Produces<IReadOnlyList<TimeEntryView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        patients.MapGet("/month", async (Guid patientId, string? month, GetTimeMonth useCase, CancellationToken cancellationToken) =>
                Month(month, out var parsed) is { } invalid ? (IResult)invalid : ApiResults.Ok(await useCase.ExecuteAsync(patientId, parsed, cancellationToken)))
            .WithName("GetTimeMonth")
            .WithSummary("The patient's month per program: countable minutes, exclusions, thresholds reached and the next one.")
            .Produces<TimeMonthView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var entries = api.MapGroup("/time").WithTags("Time").RequireAuthorization(AccessPolicies.Staff);
        entries.MapPost("/{entryId:guid}/correction", async (Guid entryId, TimeEntryInput input, CorrectTime useCase, CancellationToken cancellationToken) =>
                Created(await useCase.ExecuteAsync(entryId, input, cancellationToken)))
            .WithName("CorrectTime")
            .WithSummary("Replaces an entry with corrected values; reason is required. The old record stays in the ledger.")
            .Produces<TimeEntryView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        entries.MapPost("/{entryId:guid}/void", async (Guid entryId, VoidRequest request, VoidTime useCase, CancellationToken cancellationToken) =>
                Created(await useCase.ExecuteAsync(entryId, request.Reason, cancellationToken)))
            .WithName("VoidTime")
            .WithSummary("Withdraws an entry; reason is required. The void is a new record.")
            .Produces<TimeEntryView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        entries.MapGet("/summary", async (string? month, GetTimeSummary useCase, CancellationToken cancellationToken) =>
            {
                if (Month(month, out var parsed) is { } invalid)
                {
                    return (IResult)invalid;
                }

                if (parsed is not { } value)
                {
                    return ApiResults.Invalid("month", "is required, in the form YYYY-MM.");
                }

                var result = await useCase.ExecuteAsync(value, null, cancellationToken);
                return result.Value is { } summary ? TypedResults.Ok(summary.Rows) : ApiResults.Problem(result.Error!);
            })
            .WithName("GetTimeSummary")
            .WithSummary("Countable minutes per patient and program for the month, as 'chronicle time summary --json'.")
            .Produces<IReadOnlyList<TimeSummaryRow>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Created(Result<TimeEntryView> result)
    {
        if (result.Error is { Code: "TIME-INVALID" } invalid)
        {
            var colon = invalid.Message.IndexOf(':', StringComparison.Ordinal);
            return ApiResults.Invalid(colon > 0 ? invalid.Message[..colon] : "body", colon > 0 ? invalid.Message[(colon + 1)..].Trim() : invalid.Message);
        }

        return ApiResults.Created(result, e => $"{ApiRoutes.Prefix}/patients/{e.PatientId}/time?month={e.Month}");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Month(string? text, out BillingMonth? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = BillingMonth.TryParse(text);
        if (!parsed.IsValid)
        {
            return ApiResults.Invalid("month", parsed.Error!);
        }

        month = parsed.Value;
        return null;
    }
}

/// <summary>Why an entry is voided.</summary>
public sealed record VoidRequest(string? Reason);
