namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Microsoft.Extensions.DependencyInjection;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The patient and caregiver portal's use cases, the care team's notices and the per-claim audit packet.</summary>
    public static IServiceCollection AddChroniclePortal(this IServiceCollection services)
    {
        services.AddScoped<PortalScope>();
        services.AddScoped<GetPortalCarePlan>();
        services.AddScoped<GetPortalConsent>();
        services.AddScoped<StopCareManagement>();
        services.AddScoped<ListPortalStatements>();
        services.AddScoped<GetPortalStatementPdf>();
        services.AddScoped<ListCareTeamNotices>();
        services.AddScoped<AcknowledgeCareTeamNotice>();
        services.AddScoped<GetClaimAuditPacket>();
        return services;
    }
}
