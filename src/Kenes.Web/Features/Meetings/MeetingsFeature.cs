using Kenes.Web.Features.Meetings.Planning;
using Kenes.Web.Features.Meetings.Session;

namespace Kenes.Web.Features.Meetings;

/// <summary>Running a council (M4–M12): planning, notices, attendance, votes, minutes.</summary>
public static class MeetingsFeature
{
    public static IServiceCollection AddMeetingsFeature(this IServiceCollection services)
    {
        services.AddMeetingPlanning();
        services.AddMeetingSession();
        return services;
    }

    public static void MapMeetingsEndpoints(this RouteGroupBuilder api)
    {
        api.MapMeetingPlanningEndpoints();
        api.MapMeetingSessionEndpoints();
    }
}
