namespace Kenes.Web.Features.Formation;

/// <summary>Announcement, applications and HR screening (R6–R10, F).</summary>
public static class FormationFeature
{
    public static IServiceCollection AddFormationFeature(this IServiceCollection services) => services;

    public static void MapFormationEndpoints(this RouteGroupBuilder api)
    {
    }
}
