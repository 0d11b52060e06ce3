namespace Kenes.Web.Features.Meetings.Session;

/// <summary>M9 attendance and quorum, M7 presiding and the chair election, M10 votes and minutes, M12.5 distribution.</summary>
public static class SessionFeature
{
    public static IServiceCollection AddMeetingSession(this IServiceCollection services)
    {
        services.AddSingleton<TallyBroadcaster>();
        services.AddScoped<SessionLoader>();
        services.AddScoped<SessionCommands>();
        services.AddScoped<CastVote>();
        services.AddScoped<ElectChair>();
        services.AddScoped<MinutesService>();
        return services;
    }

    public static void MapMeetingSessionEndpoints(this RouteGroupBuilder api) => api.MapSessionApi();
}
