namespace Chronicle.Web.Pages.MyRecord;

using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// What a patient, a caregiver or an outside provider sees: the records shared with them (a
/// patient's own), and one record's demographics and conditions. Which records those are is
/// decided by PatientAccess; an id that is not theirs is a 404 like an unknown one.
/// </summary>
public sealed class IndexModel(ListPatients patients, GetPatientChart chart) : PageModel
{
    public IReadOnlyList<PatientListRow> Records { get; private set; } = [];

    public PatientChart? Chart { get; private set; }

    public bool IsPatient => User.IsInRole(Roles.Patient);

    /// <summary>The patient or a caregiver they named: who sees consent and statements (outside providers do not).</summary>
    public bool ForPatient => Permissions.RolesWith(Capability.ActForPatient).Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var list = await patients.ExecuteAsync(new PatientListQuery(PageSize: ListPatients.MaxPageSize), cancellationToken);
        Records = list.Value?.Rows ?? [];
        var shown = id ?? (Records.Count == 1 ? Records[0].Id : null);
        if (shown is not { } patientId)
        {
            return Page();
        }

        var result = await chart.ExecuteAsync(patientId, cancellationToken);
        if (result.Value is not { } found)
        {
            return NotFound();
        }

        Chart = found;
        return Page();
    }
}
