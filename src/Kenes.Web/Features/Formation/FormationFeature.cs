using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.Features;

namespace Kenes.Web.Features.Formation;

/// <summary>Announcement, applications and HR screening (R6–R10, F).</summary>
public static class FormationFeature
{
    public static IServiceCollection AddFormationFeature(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentStorage>(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>()["Storage:Root"];
            var root = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "data", "documents")
                : configured;
            return new FileSystemDocumentStorage(root);
        });
        services.AddScoped<Announcements>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<Screening>();
        services.AddScheduledJob<Retention.RejectedDocumentsRetention>();
        services.AddScheduledJob<Retention.OrphanDocumentSweep>();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ApplicationIntake.MaxRequestBytes);
        return services;
    }

    public static void MapFormationEndpoints(this RouteGroupBuilder api)
    {
        api.MapAnnouncementEndpoints();
        api.MapApplicationEndpoints();
        api.MapScreeningEndpoints();
    }
}
