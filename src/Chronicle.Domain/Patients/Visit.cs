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
        var before = (Date, Code, Description, RenderingNpi);
        Date = details.Date;
        Code = details.Code;
        Description = details.Description;
        RenderingNpi = details.RenderingNpi;
        return before != (Date, Code, Description, RenderingNpi);
    }
}

public sealed record VisitDetails(string SourceKey, DateOnly Date, HcpcsCode? Code, string? Description, Npi? RenderingNpi);
