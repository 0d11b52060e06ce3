namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>M9 work plan and meetings, agenda and materials, M12.4 notices with iCalendar.</summary>
public static class PlanningFeature
{
    public static IServiceCollection AddMeetingPlanning(this IServiceCollection services) => services;

    public static void MapMeetingPlanningEndpoints(this RouteGroupBuilder api)
    {
    }
}
