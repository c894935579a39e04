namespace Chronicle.Web.Api;

using Chronicle.Application.Time;
using Chronicle.Application.Time.Timer;
using Chronicle.Web.Security;

/// <summary>
/// The signed-in person's live timer (the patient page's script uses these with its session):
/// read, start, pause, resume, describe, stop into the ledger, discard.
/// </summary>
internal static class TimerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var timer = api.MapGroup("/timer").WithTags("Timer").RequireAuthorization(AccessPolicies.Staff);
        timer.MapGet("/", async (LiveTimer timers, CancellationToken cancellationToken) =>
            {
                var result = await timers.GetAsync(cancellationToken);
                return result.Error is { } error ? (IResult)ApiResults.Problem(error)
                    : result.Value is { } view ? TypedResults.Ok(view) : TypedResults.NoContent();
            })
            .WithName("GetTimer")
            .WithSummary("Your running or paused timer; 204 when you have none.")
            .Produces<TimerView>()
            .Produces(StatusCodes.Status204NoContent);

        timer.MapPost("/", async (StartTimerInput input, LiveTimer timers, CancellationToken cancellationToken) =>
                ApiResults.Created(await timers.StartAsync(input, cancellationToken), _ => $"{ApiRoutes.Prefix}/timer"))
            .WithName("StartTimer")
            .WithSummary("Starts your timer for a patient; one timer per person.")
            .Produces<TimerView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        timer.MapPost("/pause", async (LiveTimer timers, CancellationToken cancellationToken) => ApiResults.Ok(await timers.PauseAsync(cancellationToken)))
            .WithName("PauseTimer").Produces<TimerView>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        timer.MapPost("/resume", async (LiveTimer timers, CancellationToken cancellationToken) => ApiResults.Ok(await timers.ResumeAsync(cancellationToken)))
            .WithName("ResumeTimer").Produces<TimerView>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        timer.MapPut("/", async (DescribeTimerInput input, LiveTimer timers, CancellationToken cancellationToken) =>
                ApiResults.Ok(await timers.DescribeAsync(input.Activity, input.Note, cancellationToken)))
            .WithName("DescribeTimer").WithSummary("Changes what the running timer is for.").Produces<TimerView>();

        timer.MapPost("/stop", async (StopTimerInput input, StopTimer stop, CancellationToken cancellationToken) =>
                ApiResults.Created(await stop.ExecuteAsync(input, cancellationToken), e => $"{ApiRoutes.Prefix}/patients/{e.PatientId}/time?month={e.Month}"))
            .WithName("StopTimer")
            .WithSummary("Stops your timer into one time entry. A timer run for hours answers TIMER-CONFIRM-LONG until confirmLong is true.")
            .Produces<TimeEntryView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        timer.MapDelete("/", async (LiveTimer timers, CancellationToken cancellationToken) =>
            {
                var result = await timers.DiscardAsync(cancellationToken);
                return result.Error is { } error ? (IResult)ApiResults.Problem(error) : TypedResults.NoContent();
            })
            .WithName("DiscardTimer").WithSummary("Throws your timer away; nothing is logged.").Produces(StatusCodes.Status204NoContent);
    }
}

/// <summary>What the running timer is for.</summary>
public sealed record DescribeTimerInput(string Activity, string? Note);
