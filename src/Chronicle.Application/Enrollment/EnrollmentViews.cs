namespace Chronicle.Application.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>One enrollment as pages, the API and the CLI show it, with its whole history.</summary>
public sealed record EnrollmentView(
    Guid Id,
    string Program,
    string Status,
    Guid PractitionerId,
    string PractitionerNpi,
    string PractitionerName,
    DateOnly? Start,
    DateOnly? End,
    Guid? CareManagerId,
    string? CareManagerName,
    Guid? InitiatingVisitId,
    IReadOnlyList<EnrollmentEventView> History);

public sealed record EnrollmentEventView(int Sequence, string Kind, DateOnly Date, DateOnly? EndsOn, string? CareManagerName, Guid? RelatedEnrollmentId, string? Reason);

/// <summary>One version of a consent. <paramref name="IsCurrent"/> marks the latest version of each consent.</summary>
public sealed record ConsentView(
    Guid Id,
    Guid OriginalId,
    int Sequence,
    string Kind,
    bool IsCurrent,
    string Program,
    Guid PractitionerId,
    string PractitionerNpi,
    string PractitionerName,
    DateOnly Date,
    string Method,
    string Decision,
    IReadOnlyList<string> Disclosures,
    IReadOnlyList<string> MissingDisclosures,
    string? ObtainedByName,
    bool? NoOtherCareManagement,
    string Language,
    string? DocumentHash,
    string? DocumentMediaType,
    DateOnly? RevokedOn,
    bool IsValid,
    string? Note);

/// <summary>What the gate says about one program and month: billable, or what is missing (in the wizard's order).</summary>
public sealed record GateView(
    string Program,
    string Month,
    bool IsBillable,
    Guid? EnrollmentId,
    Guid? ConsentId,
    DateOnly? InitiatingVisitDate,
    DateOnly? BillableFrom,
    DateOnly? BillableThrough,
    IReadOnlyList<Finding> Missing);

internal static class EnrollmentViewMapping
{
    public static EnrollmentView ToView(this ProgramEnrollment e, IReadOnlyDictionary<StaffId, string> names) => new(
        e.Id.Value,
        e.Program.ToCode(),
        e.Status.ToCode(),
        e.PractitionerId.Value,
        e.PractitionerNpi.Value,
        NameOf(names, e.PractitionerId),
        e.Start,
        e.End,
        e.CareManager?.Value,
        e.CareManager is { } manager ? NameOf(names, manager) : null,
        e.InitiatingVisit?.Value,
        e.History.Select(h => new EnrollmentEventView(
            h.Sequence, KindCode(h.Kind), h.Date, h.EndsOn, h.CareManager is { } m ? NameOf(names, m) : null, h.RelatedEnrollment?.Value, h.Reason)).ToList());

    public static ConsentView ToView(this ConsentRecord r, bool isCurrent, IReadOnlyDictionary<StaffId, string> names) => new(
        r.Id.Value,
        r.OriginalId.Value,
        r.Sequence,
        r.Kind switch
        {
            ConsentRecordKind.Correction => "correction",
            ConsentRecordKind.Revocation => "revocation",
            ConsentRecordKind.RevocationCorrection => "revocation-correction",
            _ => "original",
        },
        isCurrent,
        r.Program.ToCode(),
        r.PractitionerId.Value,
        r.PractitionerNpi.Value,
        NameOf(names, r.PractitionerId),
        r.Date,
        r.Method.ToCode(),
        r.Decision.ToCode(),
        Codes(r.Disclosures),
        Codes(r.MissingDisclosures),
        r.ObtainedBy is { } by ? NameOf(names, by) : null,
        r.NoOtherCareManagement,
        r.Language,
        r.DocumentHash,
        r.DocumentMediaType,
        r.RevokedOn,
        r.IsValid,
        r.Note);

    public static GateView ToView(this EnrollmentGateResult g) => new(
        g.Program.ToCode(),
        g.Month.ToString(),
        g.IsBillable,
        g.Enrollment?.Id.Value,
        g.Consent?.Id.Value,
        g.InitiatingVisit?.Date,
        g.BillableFrom,
        g.BillableThrough,
        g.Missing);

    /// <summary>"CareManagerChanged" → "care-manager-changed".</summary>
    public static string KindCode(EnrollmentEventKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static List<string> Codes(ConsentDisclosures disclosures) =>
        [.. disclosures.ToCodes().Split(';', StringSplitOptions.RemoveEmptyEntries)];

    private static string NameOf(IReadOnlyDictionary<StaffId, string> names, StaffId id) =>
        names.TryGetValue(id, out var name) ? name : id.ToString();
}
