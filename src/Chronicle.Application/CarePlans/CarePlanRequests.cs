namespace Chronicle.Application.CarePlans;

using System.Text.Json;
using Chronicle.Domain.CarePlans;

/// <summary>What a client sends to change a plan, in the same JSON shape as the export (<see cref="Json"/>).</summary>
public static class CarePlanRequests
{
    /// <summary>Camel-case names, enums as kebab-case words, ids as plain GUIDs: the plan's one JSON shape.</summary>
    public static JsonSerializerOptions Json => CarePlanJson.Options;
}

public sealed record StartPlanRequest(IReadOnlyList<Guid> ConditionIds);

public sealed record RevisePlanRequest(int BasedOn, CarePlanContent Plan, string? Note);

public sealed record DraftPlanRequest(int BasedOn, CarePlanContent Plan);

public sealed record ReviewRequest(DateOnly? On, string? Note);

public sealed record CopyRequest(string Recipient, CopyRecipientKind RecipientKind, CopyMethod Method, DateOnly? ProvidedOn);
