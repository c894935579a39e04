namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

/// <summary>What the initiating-visit rule needs to know about a visit, read in bulk from the database.</summary>
public sealed record VisitFact(VisitId Id, DateOnly Date, HcpcsCode? Code, Npi? RenderingNpi)
{
    public static VisitFact From(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new VisitFact(visit.Id, visit.Date, visit.Code, visit.RenderingNpi);
    }
}
