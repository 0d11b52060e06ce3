using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Security;

/// <summary>
/// Issue #7 (5): every page and API endpoint in the route table, called by every kind of caller, answers
/// as authorization-matrix.txt says. A route without a line there fails, so a new endpoint needs a rule.
/// </summary>
[Trait("Issue", "7")]
public abstract class AuthorizationMatrixTests(KenesAppFactory app)
{
    private static readonly string Stale = Guid.NewGuid().ToString();

    [Fact]
    public void EveryRoute_HasALineInTheMatrix_AndEveryLineARoute()
    {
        var routes = RouteTable.Read(app.Services);
        var expected = AuthorizationMatrix.Read();
        var missing = routes.Where(r => !expected.ContainsKey(r.Key)).ToList();
        var stale = expected.Keys.Except(routes.Select(r => r.Key)).ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"Routes without a rule in {AuthorizationMatrix.FilePath} (add a line; + allowed, - denied):\n"
            + string.Join('\n', missing.Select(r => AuthorizationMatrix.Line(r, new string('?', AuthorizationMatrix.Callers.Count))))
            + "\nLines for routes that no longer exist:\n" + string.Join('\n', stale));
    }

    [Fact]
    public async Task EveryRoute_AnswersEveryCaller_AsTheMatrixSays()
    {
        var callers = AuthorizationMatrix.Callers;
        var subjects = await MatrixSubjects.CreateAsync(app, callers.Count);
        var expected = AuthorizationMatrix.Read();
        var api = new List<HttpClient>();
        var pages = new List<HttpClient>();
        foreach (var caller in callers)
        {
            api.Add(caller.Email is null ? app.CreateBrowserLikeClient() : await app.AuthorizedAsync(caller.Email));
            pages.Add(caller.Email is null ? app.CreateBrowserLikeClient() : await app.SignedInBrowserAsync(caller.Email));
        }

        // The API is bearer-only: the administrator's page cookie must count for nothing there (ADR 0005).
        var adminCookie = pages[1];
        var failures = new List<string>();
        var observedRows = new List<string>();
        var requests = 0;
        foreach (var entry in RouteTable.Read(app.Services).OrderBy(e => e.Method == "DELETE"))
        {
            var observed = new StringBuilder();
            for (var i = 0; i < callers.Count; i++)
            {
                await subjects.PrepareAsync(entry);
                var (mark, status) = await CallAsync(entry.IsPage ? pages[i] : api[i], entry, subjects.Path(entry, i), subjects.Body(entry));
                requests++;
                observed.Append(mark);
                var want = expected.GetValueOrDefault(entry.Key)?[i];
                if (mark != want)
                {
                    failures.Add($"{entry.Key} as {callers[i].Name}: expected {want?.ToString() ?? "(no rule)"}, got {status}");
                }
            }

            if (!entry.IsPage && entry.Route.StartsWith("/api/", StringComparison.Ordinal))
            {
                var (mark, status) = await CallAsync(adminCookie, entry, subjects.Path(entry, 1), subjects.Body(entry));
                requests++;
                if (mark != observed[0])
                {
                    failures.Add($"{entry.Key} with the administrator's cookie: answered {status}, unlike an anonymous caller");
                }
            }

            observedRows.Add(AuthorizationMatrix.Line(entry, observed.ToString()));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} calls differ from the matrix:\n"
            + string.Join('\n', failures) + "\n\nObserved:\n" + string.Join('\n', observedRows));
    }

    /// <summary>'+' when the handler ran, '-' when the caller was turned away, '!' for a server error (never acceptable).</summary>
    private static async Task<(char Mark, string Status)> CallAsync(HttpClient client, RouteEntry entry, string path, string? body)
    {
        var separator = path.Contains('?') ? '&' : '?';
        using var request = new HttpRequestMessage(new HttpMethod(entry.Method), entry.IsPage ? path : $"{path}{separator}version={Stale}");
        if (entry.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = entry.TakesForm
                ? new MultipartFormDataContent { { new StringContent(Stale), "version" } }
                : new StringContent(body ?? $"{{\"version\":\"{Stale}\"}}", Encoding.UTF8, "application/json");
        }

        // Server-sent events never end: the status line is all the matrix needs.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        var text = location.Length > 0 ? $"{status} → {location}" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status >= 500)
        {
            return ('!', text);
        }

        var denied = status is 401 or 403 or 404
            || (status is >= 300 and < 400 && (location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase)
                || location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)));
        return (denied ? '-' : '+', text);
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
