namespace Kenes.Web.Features.Composition;

/// <summary>Composition, approval order and publication (R4, R5, R11, M6, M7, M12).</summary>
public static class CompositionFeature
{
    public static IServiceCollection AddCompositionFeature(this IServiceCollection services)
    {
        services.AddScoped<CompositionReader>();
        services.AddScoped<CompositionEditor>();
        services.AddScoped<ApproveComposition>();
        services.AddScoped<CompositionEndpoints.Context>();
        return services;
    }

    public static void MapCompositionEndpoints(this RouteGroupBuilder api) => api.MapCompositionApi();
}
