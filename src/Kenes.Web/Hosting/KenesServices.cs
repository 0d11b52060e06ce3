using Kenes.Infrastructure.Jobs;
using Kenes.Infrastructure.Demo;
using Kenes.Infrastructure.Mail;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Account;
using Kenes.Web.Features.Composition;
using Kenes.Web.Features.Formation;
using Kenes.Web.Features.Meetings;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Http.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Kenes.Web.Hosting;

/// <summary>Every service the web app needs, one call per part (DESIGN.md §6, eShop style).</summary>
public static class KenesServices
{
    public static void AddKenesServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;

        // Checked now so that `dotnet run` with a wrong setting stops at once with a clear message;
        // read again from the final configuration when the container builds (tests override it late).
        _ = DatabaseSettings.From(builder.Configuration, contentRoot);
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>(), contentRoot));
        // Pooled: a request reuses a reset context instead of building one (issue #6: staff pages at
        // 2,000 requests/s; context set-up was a tenth of a page's cost).
        services.AddDbContextPool<KenesDbContext>((sp, options) =>
        {
            PersistenceServiceCollectionExtensions.Configure(options, sp.GetRequiredService<DatabaseSettings>());
            // Interceptors registered in the container apply (the query-budget tests count commands this way).
            options.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        services.AddKenesClock();
        services.AddKenesMail(builder.Configuration);
        services.AddKenesJobs();
        services.AddKenesIdentity();
        services.AddKenesLocalization();
        services.AddKenesProblemDetails();
        services.AddKenesDependencyFaults();
        services.AddKenesRateLimits(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        // Copies kept in memory between changes (ADR 0012, 0013): this node's writes are counted by the
        // interceptor, other nodes' arrive as PostgreSQL notifications.
        services.AddSingleton(sp => new DataChanges(alone: sp.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Postgres));
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DataChangeInterceptor>();
        // Versions and audit entries are written by one interceptor on every save, never by hand (ADR 0014).
        services.AddSingleton<Kenes.Infrastructure.Persistence.Auditing.IAuditActor, RequestAuditActor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Kenes.Infrastructure.Persistence.Auditing.AuditedChanges>();
        services.AddSingleton<PostgresChangeNotifications>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresChangeNotifications>());
        services.AddSingleton(typeof(StaffPageCache<,>));
        services.AddSingleton<Features.Councils.CouncilHistoryCache>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Features.Councils.SetSeats>();
        services.AddScoped<Features.Councils.CreateCouncil>();
        services.AddSingleton<Features.Calendar.CalendarSource>();
        services.AddFormationFeature();
        services.AddCompositionFeature();
        services.AddMeetingsFeature();
        services.AddHostedService<StartupInitializer>();

        services.AddKenesPublicCache();
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.CachePublicPages();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Texts)));

        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
        // Malformed requests become a 400 problem, never an exception page, in every environment.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

        // Kazakh and Russian text is written as-is, not as &#x..; entities (pages half the size).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<KenesDbContext>("database");

        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!builder.Environment.IsDevelopment())
        {
            // Structured JSON lines for the log collector in production.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
    }
}
