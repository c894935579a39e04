namespace Chronicle.Domain.Patients;

using Chronicle.Domain.Common;

/// <summary>
/// An encounter with the practice. Visits with a CPT/HCPCS code can be the initiating visit for
/// care management; encounters coded only in SNOMED CT (as Synthea writes them) are kept without one.
/// </summary>
public sealed class Visit
{
    private Visit() => SourceKey = string.Empty;

    public VisitId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public string SourceKey { get; private set; }

    public DateOnly Date { get; private set; }

    public HcpcsCode? Code { get; private set; }

    /// <summary>A description of the encounter type, e.g. the SNOMED display, when there is no billing code.</summary>
    public string? Description { get; private set; }

    public Npi? RenderingNpi { get; private set; }

    /// <summary>The start exactly as the source wrote it, time and offset included (<see cref="Date"/> is its local date).</summary>
    public SourceDateTime? StartedAt { get; private set; }

    public SourceDateTime? EndedAt { get; private set; }

    /// <summary>Every type coding the source gave (SNOMED CT, CPT…), in its order.</summary>
    public SourceCodes TypeCodings { get; private set; } = SourceCodes.Empty;

    /// <summary>The source's identifiers of the encounter (system and value).</summary>
    public SourceCodes Identifiers { get; private set; } = SourceCodes.Empty;

    /// <summary>The participants by NPI (system us-npi, the NPI, the name the source showed).</summary>
    public SourceCodes Participants { get; private set; } = SourceCodes.Empty;

    public static Visit Create(PracticeId practiceId, PatientId patientId, VisitDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var visit = new Visit { Id = VisitId.New(), PracticeId = practiceId, PatientId = patientId, SourceKey = details.SourceKey };
        visit.Update(details);
        return visit;
    }

    public bool Update(VisitDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var before = (Date, Code, Description, RenderingNpi, Source);
        Date = details.Date;
        Code = details.Code;
        Description = details.Description;
        RenderingNpi = details.RenderingNpi;
        var source = details.Source ?? VisitSourceFacts.None;
        StartedAt = source.StartedAt;
        EndedAt = source.EndedAt;
        TypeCodings = source.TypeCodings;
        Identifiers = source.Identifiers;
        Participants = source.Participants;
        return before != (Date, Code, Description, RenderingNpi, Source);
    }

    private VisitSourceFacts Source => new(StartedAt, EndedAt, TypeCodings, Identifiers, Participants);
}

public sealed record VisitDetails(string SourceKey, DateOnly Date, HcpcsCode? Code, string? Description, Npi? RenderingNpi, VisitSourceFacts? Source = null);

/// <summary>
/// What a source system said about an encounter that Chronicle keeps to give back: the period as
/// written (times and offsets), the type codings, identifiers and participants.
/// </summary>
public sealed record VisitSourceFacts(SourceDateTime? StartedAt, SourceDateTime? EndedAt, SourceCodes TypeCodings, SourceCodes Identifiers, SourceCodes Participants)
{
    public static VisitSourceFacts None { get; } = new(null, null, SourceCodes.Empty, SourceCodes.Empty, SourceCodes.Empty);
}
