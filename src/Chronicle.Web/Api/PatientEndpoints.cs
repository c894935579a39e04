namespace Chronicle.Web.Api;

using Chronicle.Application.Patients;
using Chronicle.Web.Security;

/// <summary>Patients as the caller may see them: the list with search and paging, and one patient's chart.</summary>
internal static class PatientEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients").RequireAuthorization(AccessPolicies.Staff);

        patients.MapGet("/", async (ListPatients useCase, string? search, int? page, int? pageSize, CancellationToken cancellationToken) =>
            {
                if (page is < 1)
                {
                    return (IResult)ApiResults.Invalid("page", "must be 1 or more.");
                }

                if (pageSize is < 1 or > ListPatients.MaxPageSize)
                {
                    return ApiResults.Invalid("pageSize", $"must be between 1 and {ListPatients.MaxPageSize}.");
                }

                var query = new PatientListQuery(search, page ?? 1, pageSize ?? ListPatients.DefaultPageSize);
                return ApiResults.Ok(await useCase.ExecuteAsync(query, cancellationToken));
            })
            .WithName("ListPatients")
            .WithSummary("Patients of the caller's practice, searched by name or MRN, a page at a time.")
            .Produces<PatientPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        patients.MapGet("/{id:guid}", async (Guid id, GetPatientChart useCase, CancellationToken cancellationToken) =>
                ApiResults.Ok(await useCase.ExecuteAsync(id, cancellationToken)))
            .WithName("GetPatient")
            .WithSummary("One patient's chart: demographics, conditions, visits, eligibility.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
