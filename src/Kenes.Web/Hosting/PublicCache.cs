using System.Globalization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;

namespace Kenes.Web.Hosting;

/// <summary>
/// What the public reads is served from memory (issue #6: public reads at half the speed of a
/// request that does no work). Only anonymous GETs are cached (the framework's default policy skips
/// signed-in users and responses that set cookies), one copy per language, and every successful
/// change by staff evicts the lot, so a publication shows at once on this node; other nodes catch up
/// within <see cref="Lifetime"/> (ADR 0009).
/// </summary>
public static class PublicCache
{
    public const string Policy = "public";
    public const string Tag = "public";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The public pages, by Razor page path. Forms (apply, status lookup) are never cached.</summary>
    public static readonly IReadOnlyList<string> Pages =
    [
        "/Index",
        "/Portal/Councils",
        "/Portal/Council",
        "/Portal/CouncilPdf",
        "/Formation/Pages/PortalAnnouncements",
        "/Formation/Pages/PortalAnnouncement",
        "/Calendar/Year",
    ];

    public static void AddKenesPublicCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(Lifetime)
                .Tag(Tag)
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name)));
        });

    public static void CachePublicPages(this PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            conventions.AddPageApplicationModelConvention(page, model =>
                model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy }));
        }
    }

    /// <summary>After any successful change made by a signed-in user, the public copies are stale.</summary>
    public static void UseStaffChangesEvictPublicCache(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.User.Identity?.IsAuthenticated == true && context.Response.StatusCode < 400)
            {
                var store = context.RequestServices.GetRequiredService<IOutputCacheStore>();
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
        });
}
