using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Kenes.Web.Hosting;

/// <summary>
/// What the public reads is served from memory (issue #6: public reads at half the speed of a
/// request that does no work). Only anonymous GETs are cached (the framework's default policy skips
/// signed-in users and responses that set cookies), one copy per language, and every successful
/// change by staff evicts the lot, so a publication shows at once on this node; other nodes catch up
/// within <see cref="Lifetime"/> (ADR 0009). Copies are kept compressed for clients that accept it
/// (brotli or gzip, one copy per Accept-Encoding): compressed once when the cache fills, a page of
/// councils with their compositions leaves as ~8 KB instead of ~50 KB.
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

    public static void AddKenesPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(Lifetime)
                .Tag(Tag)
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name)));
        });
        services.AddResponseCompression(options =>
        {
            // Only public, anonymous answers reach the compressor (UseCompressedPublicAnswers): they carry no
            // secret an attacker could guess byte by byte, so compressing them over HTTPS is safe (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Runs once per cached copy, not per request, so the smaller result is worth the time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }

    public static void CachePublicPages(this PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            conventions.AddPageApplicationModelConvention(page, model =>
            {
                model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy });
                model.EndpointMetadata.Add(PublicRead.Instance);
            });
        }
    }

    /// <summary>A public JSON endpoint: cached as the public pages are, and compressed.</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(Policy).WithMetadata(PublicRead.Instance);

    /// <summary>
    /// After the output cache, so what it stores is already compressed; only anonymous reads of the
    /// public endpoints, never a signed-in page (whose antiforgery token must not be compressed).
    /// </summary>
    public static void UseCompressedPublicAnswers(this IApplicationBuilder app) =>
        app.UseWhen(IsPublicRead, branch => branch.UseResponseCompression());

    private static bool IsPublicRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<PublicRead>() is not null;

    /// <summary>Marks the endpoints whose anonymous answers are cached and compressed.</summary>
    public sealed class PublicRead
    {
        public static readonly PublicRead Instance = new();

        private PublicRead()
        {
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
