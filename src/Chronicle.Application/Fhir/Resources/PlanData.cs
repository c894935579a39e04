namespace Chronicle.Application.Fhir.Resources;

using Chronicle.Domain.CarePlans;
using Microsoft.EntityFrameworkCore;

/// <summary>The care plans of the patients the caller may see, with the versions and signatures a plan's resources are mapped from.</summary>
internal static class PlanData
{
    public static IQueryable<CarePlan> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.CarePlans.AsNoTracking()
            .Include(p => p.Versions)
            .Include(p => p.Activities)
            .AsSplitQuery()
            .Where(p => patients.Any(v => v.Id == p.PatientId));
    }
}
