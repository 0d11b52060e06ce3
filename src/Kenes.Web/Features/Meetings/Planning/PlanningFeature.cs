namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>M9 work plan and meetings, agenda and materials, M12.4 notices with iCalendar.</summary>
public static class PlanningFeature
{
    public static IServiceCollection AddMeetingPlanning(this IServiceCollection services)
    {
        services.AddScoped<MeetingAccess>();
        services.AddScoped<MeetingSchedule>();
        services.AddScoped<AgendaEditor>();
        services.AddScoped<NoticeMail>();
        services.AddScoped<NoticeSender>();
        services.AddScoped<WorkPlanReader>();
        services.AddScoped<PlanningEndpoints.Ctx>();
        return services;
    }

    public static void MapMeetingPlanningEndpoints(this RouteGroupBuilder api) => api.MapPlanningApi();
}
