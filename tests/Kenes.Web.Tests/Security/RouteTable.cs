using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Security;

/// <summary>One row of the route table: a method on a route, and whether a Razor page or an endpoint answers it.</summary>
public sealed record RouteEntry(string Method, string Route, bool IsPage, bool TakesForm = false)
{
    public string Key => $"{Method} {Route}";
}

/// <summary>Reads every page and endpoint from the running app's own route table, so nothing can be left out by hand.</summary>
public static partial class RouteTable
{
    public static IReadOnlyList<RouteEntry> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(Entries)
            .Distinct()
            .OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<RouteEntry> Entries(RouteEndpoint endpoint)
    {
        var route = Plain("/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'));
        var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

        // A page's authorization is on its page model and covers every handler, so GET stands for the page.
        var methods = isPage ? ["GET"] : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        var takesForm = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
            .Any(a => a.ContentTypes.Contains("multipart/form-data", StringComparer.OrdinalIgnoreCase));
        return methods.Select(m => new RouteEntry(m, route, isPage, takesForm));
    }

    /// <summary>"/councils/{id:guid}" → "/councils/{id}": constraints say nothing about who may call.</summary>
    private static string Plain(string route) => Constraint().Replace(route, "{$1$2}");

    [GeneratedRegex(@"\{\**([A-Za-z0-9_]+)(?::[^}?]*)?(\?)?\}")]
    private static partial Regex Constraint();
}
