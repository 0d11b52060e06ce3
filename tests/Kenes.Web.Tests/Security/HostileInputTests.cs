using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Security;

/// <summary>
/// Issue #7 (4): malformed and malicious input on every form and API endpoint is answered with a 4xx and a
/// message naming the field, is never stored, and is never echoed back unescaped.
/// </summary>
[Trait("Issue", "7")]
public abstract class HostileInputTests(KenesAppFactory app)
{
    private static readonly ConcurrentDictionary<KenesAppFactory, Lazy<Task<MatrixSubjects>>> Subjects = new();
    private static readonly List<(string Field, string Case, string Value)> Fields = HostileCorpus.FieldCases().ToList();
    private static readonly List<(string Case, string FileName, byte[] Content)> Files = HostileCorpus.FileCases().ToList();

    public static TheoryData<string, string, int> FieldData() => Data(Fields.Select((c, i) => (c.Field, c.Case, i)));

    public static TheoryData<string, string, int> PageFieldData() =>
        Data(Fields.Select((c, i) => (c.Field, c.Case, i)).Where(c => c.Field is "surname" or "organization" or "email" or "phone"));

    public static TheoryData<string, string, int> FileData() => Data(Files.Select((c, i) => ("workExperience", c.Case, i)));

    public static TheoryData<string, string> JsonData()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in JsonEndpoints)
        {
            foreach (var (name, _) in HostileCorpus.MalformedJson)
            {
                data.Add(endpoint, name);
            }
        }

        return data;
    }

    /// <summary>Every JSON-taking endpoint, with the route ids filled from the demo data.</summary>
    private static readonly string[] JsonEndpoints =
    [
        "POST /api/v1/auth/login", "POST /api/v1/councils/", "PUT /api/v1/councils/{id}/seats",
        "POST /api/v1/councils/{councilId}/announcements", "PUT /api/v1/announcements/{id}", "POST /api/v1/announcements/{id}/publish",
        "POST /api/v1/applications/{id}/decision", "POST /api/v1/councils/{id}/meetings/", "PUT /api/v1/meetings/{id}/",
        "POST /api/v1/meetings/{id}/agenda", "POST /api/v1/meetings/{id}/attendance", "POST /api/v1/meetings/{id}/items/{itemId}/votes",
        "POST /api/v1/meetings/{id}/minutes/sign", "POST /api/v1/councils/{id}/composition/members", "PUT /api/v1/councils/{id}/composition/justifications",
    ];

    public static TheoryData<string, string> QueryData() => new()
    {
        { "/api/v1/calendar/add-working-days?from=2026-13-45&days=5", "from" },
        { "/api/v1/calendar/add-working-days?from=2026-03-20&days=9999999999", "days" },
        { "/api/v1/calendar/add-working-days?from=2026-03-20&days=abc", "days" },
        { "/api/v1/calendar/add-working-days?from=' OR 1=1--&days=5", "from" },
        { "/api/v1/calendar/add-working-days?from=<script>alert(1)</script>&days=5", "from" },
        { "/api/v1/calendar/add-working-days?from=2026-03-20&days=", "days" },
        { "/api/v1/calendar/add-working-days?from=&days=5", "from" },
        { "/api/v1/calendar/add-working-days?from=2026-03-20", "days" },
        { "/api/v1/calendar/add-working-days?from=9999-12-31&days=100000", "days" },
        { "/api/v1/calendar/add-working-days?from=0001-01-01&days=-100000", "days" },
        { "/api/v1/calendar/add-working-days?from=2026-03-20%00&days=5", "from" },
        { "/api/v1/calendar/abc", "year" },
        { "/api/v1/calendar/-1", "year" },
        { "/api/v1/calendar/99999999999", "year" },
        { "/api/v1/calendar/2026' OR '1'='1", "year" },
        { "/api/v1/calendar/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "year" },
        { "/api/v1/public/applications/' OR '1'='1", "" },
        { "/api/v1/public/applications/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "" },
        { "/api/v1/public/applications/" + new string('K', 5000), "" },
        { "/api/v1/public/applications/..%2F..%2Fetc%2Fpasswd", "" },
        { "/portal/announcements/' OR '1'='1", "" },
        { "/portal/announcements/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "" },
        { "/portal/announcements/..%2F..%2Fetc%2Fpasswd/apply", "" },
        { "/portal/applications/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E", "" },
        { "/portal/councils/00000000-0000-0000-0000-000000000000", "" },
        { "/calendar/99999", "" },
        { "/calendar/-5", "" },
        { "/Error/99999", "" },
    };

    [Theory]
    [MemberData(nameof(FieldData))]
    public async Task PublicApi_RefusesField_NamingIt_AndStoresNothing(string field, string name, int index)
    {
        var subjects = await SubjectsAsync();
        var before = await CountsAsync();
        using var content = Form(field, Fields[index].Value, ("workExperience", "cv.pdf", TestFiles.Pdf()));
        var response = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{subjects.Value("number")}/applications", content);

        await AssertProblemAsync(response, field, name);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [MemberData(nameof(PageFieldData))]
    public async Task ApplyPage_RefusesField_WithLocalizedMessage_AndStoresNothing(string field, string name, int index)
    {
        var subjects = await SubjectsAsync();
        var page = $"/portal/announcements/{subjects.Value("number")}/apply";
        var browser = app.CreateBrowserLikeClient();
        var token = await browser.AntiforgeryTokenAsync(page);
        var before = await CountsAsync();
        using var content = Form(field, Fields[index].Value, ("workExperience", "cv.pdf", TestFiles.Pdf()), page: true);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await browser.PostAsync(page, content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.Contains("class=\"error\"", html, StringComparison.Ordinal);
        Assert.Matches("class=\"field-validation-error\"[^>]*>[^<]+<", html);
        AssertNotReflected(html);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [MemberData(nameof(FileData))]
    public async Task PublicApi_RefusesFile_NamingTheField_AndStoresNothing(string field, string name, int index)
    {
        var subjects = await SubjectsAsync();
        var before = await CountsAsync();
        var (_, fileName, bytes) = Files[index];
        using var content = Form(null, null, (field, fileName, bytes));
        var response = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{subjects.Value("number")}/applications", content);

        await AssertProblemAsync(response, field, name);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [MemberData(nameof(JsonData))]
    public async Task JsonEndpoint_RefusesMalformedBody_With400Problem(string endpoint, string name)
    {
        var subjects = await SubjectsAsync();
        var (method, path) = Split(endpoint, subjects);
        var client = endpoint.Contains("/auth/", StringComparison.Ordinal) ? app.CreateClient() : await app.AuthorizedAsync(Demo.Admin);
        var body = HostileCorpus.MalformedJson.Single(j => j.Case == name).Body;
        var before = await CountsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, null, name);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [MemberData(nameof(JsonEndpointData))]
    public async Task JsonEndpoint_RefusesWrongContentType_With415Problem(string endpoint)
    {
        var subjects = await SubjectsAsync();
        var (method, path) = Split(endpoint, subjects);
        var client = await app.AuthorizedAsync(Demo.Admin);
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, type) };
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    public static TheoryData<string> JsonEndpointData() => new(JsonEndpoints);

    [Fact]
    public async Task EveryApiRoute_RefusesAMethodItDoesNotHave_With405Problem()
    {
        var subjects = await SubjectsAsync();
        var client = await app.AuthorizedAsync(Demo.Admin);
        var routes = RouteTable.Read(app.Services).Where(r => r.Route.StartsWith("/api/", StringComparison.Ordinal))
            .GroupBy(r => r.Route).ToList();
        Assert.True(routes.Count > 30);
        foreach (var route in routes)
        {
            foreach (var method in new[] { "PATCH", "DELETE", "PUT" }.Except(route.Select(r => r.Method)))
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), subjects.Path(route.First(), 0)));
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {route.Key}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Theory]
    [MemberData(nameof(QueryData))]
    public async Task HostileRouteOrQuery_Gives4xx_NeverEchoedRaw(string path, string field)
    {
        var response = await app.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
        AssertNotReflected(body);
        if (field.Length > 0)
        {
            using var json = JsonDocument.Parse(body);
            Assert.Contains(field, json.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task HugeMultipartBody_IsRefused_WithoutStoringAnything()
    {
        var subjects = await SubjectsAsync();
        var before = await CountsAsync();
        var huge = new byte[64 * 1024 * 1024];
        using var content = Form(null, null, ("workExperience", "a.pdf", huge), ("workExperience", "b.pdf", huge));
        var response = await app.CreateClient().PostAsync($"/api/v1/public/announcements/{subjects.Value("number")}/applications", content);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
        Assert.Equal(before, await CountsAsync());
    }

    private static TheoryData<string, string, int> Data(IEnumerable<(string, string, int)> rows)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (a, b, c) in rows)
        {
            data.Add(a, b, c);
        }

        return data;
    }

    private Task<MatrixSubjects> SubjectsAsync() =>
        Subjects.GetOrAdd(app, a => new Lazy<Task<MatrixSubjects>>(() => MatrixSubjects.CreateAsync(a, AuthorizationMatrix.Callers.Count))).Value;

    private static (string Method, string Path) Split(string endpoint, MatrixSubjects subjects)
    {
        var parts = endpoint.Split(' ');
        return (parts[0], subjects.Path(new RouteEntry(parts[0], parts[1], false), 0));
    }

    /// <summary>A valid application with one field replaced (or none), plus the given files.</summary>
    private static MultipartFormDataContent Form(string? field, string? value, params (string Field, string Name, byte[] Content)[] files) =>
        Form(field, value, files[0], page: false, files.Skip(1).ToArray());

    private static MultipartFormDataContent Form(string? field, string? value, (string Field, string Name, byte[] Content) file, bool page,
        params (string Field, string Name, byte[] Content)[] more)
    {
        var fields = new Dictionary<string, string>
        {
            ["surname"] = "Асанов", ["firstName"] = "Бекзат", ["patronymic"] = "Серікұлы", ["organization"] = "«ҚазЭнерго» АҚ",
            ["email"] = $"hostile-{Guid.NewGuid():N}@example.kz", ["phone"] = "+7 701 123 45 67", ["consent"] = "true",
        };
        if (field is not null)
        {
            fields[field] = value!;
        }

        var form = new MultipartFormDataContent();
        foreach (var (name, text) in fields)
        {
            form.Add(new StringContent(text), page ? $"Input.{char.ToUpperInvariant(name[0])}{name[1..]}" : name);
        }

        foreach (var (name, fileName, bytes) in more.Prepend(file))
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, name, fileName);
        }

        return form;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string? field, string name)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNotReflected(body);
        if (field is not null)
        {
            using var json = JsonDocument.Parse(body);
            var errors = json.RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages) && messages[0].GetString() is { Length: > 0 },
                $"{name}: no message for '{field}' in {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static void AssertNotReflected(string body)
    {
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg/onload", body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Applications, their document rows and queued mails: what a half-accepted submission would leave behind.</summary>
    private async Task<(int, int, int)> CountsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        return (await db.Applications.CountAsync(), await db.ApplicationDocuments.CountAsync(), await db.Outbox.CountAsync());
    }
}

public sealed class HostileInputTestsOnSqlite(SqliteApp app) : HostileInputTests(app), IClassFixture<SqliteApp>;

public sealed class HostileInputTestsOnPostgres(PostgresApp app) : HostileInputTests(app), IClassFixture<PostgresApp>;
