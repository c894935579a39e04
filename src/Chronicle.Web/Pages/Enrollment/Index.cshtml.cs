namespace Chronicle.Web.Pages.Enrollment;

using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Enrollment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The practice's enrollments by status (enrolled by default); a GET form, so every view can be bookmarked.</summary>
public sealed class IndexModel(ListEnrollments list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public EnrollmentList? List { get; private set; }

    public BusinessError? Error { get; private set; }

    public static IReadOnlyList<EnrollmentStatus> Statuses { get; } = Enum.GetValues<EnrollmentStatus>();

    public string SelectedStatus => Status ?? EnrollmentStatus.Enrolled.ToCode();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EnrollmentStatus? status = SelectedStatus == "all" ? null : Statuses.FirstOrDefault(s => s.ToCode() == SelectedStatus, EnrollmentStatus.Enrolled);
        var result = await list.ExecuteAsync(new EnrollmentListQuery(status), cancellationToken);
        List = result.Value;
        Error = result.Error;
    }
}
