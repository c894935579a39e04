namespace Chronicle.Application.Enrollment;

using Microsoft.Extensions.DependencyInjection;

public static class EnrollmentServiceCollectionExtensions
{
    /// <summary>The enrollment and consent use cases (issue 3).</summary>
    public static IServiceCollection AddChronicleEnrollment(this IServiceCollection services)
    {
        services.AddScoped<EnrollmentStore>();
        services.AddScoped<ProposeEnrollment>();
        services.AddScoped<EnrollPatient>();
        services.AddScoped<AssignCareManager>();
        services.AddScoped<CloseEnrollment>();
        services.AddScoped<UnenrollPatient>();
        services.AddScoped<TransferEnrollment>();
        services.AddScoped<RecordConsent>();
        services.AddScoped<RevokeConsent>();
        services.AddScoped<GetConsentDocument>();
        services.AddScoped<GetConsentPdf>();
        services.AddScoped<RecordVisit>();
        services.AddScoped<Patients.SetPreferredLanguage>();
        services.AddScoped<GetEnrollmentStatus>();
        services.AddScoped<CheckMonthConsent>();
        services.AddScoped<ListEnrollments>();
        services.AddScoped<ListCareManagerPatients>();
        return services;
    }
}
