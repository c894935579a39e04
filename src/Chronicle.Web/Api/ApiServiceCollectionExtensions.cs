namespace Chronicle.Web.Api;

using System.Text.Json.Serialization;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// OpenAPI at /openapi/v1.json, ProblemDetails for every API error, enums as strings, and
    /// binding failures thrown (not silently answered with an empty 400) so that
    /// <see cref="ApiExceptionHandler"/> can name the property at fault.
    /// </summary>
    public static IServiceCollection AddChronicleApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
