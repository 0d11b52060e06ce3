using System.Net;
using System.Text;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests;

/// <summary>Bad input at the shell: a localized page or a problem JSON, never a stack trace.</summary>
public abstract class ErrorTests(KenesAppFactory app)
{
    [Fact]
    public async Task UnknownPage_Gives404Page_InKazakh()
    {
        var response = await app.CreateClient().GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Бет табылмады", html);
    }

    [Fact]
    public async Task UnknownPage_Gives404Page_InEnglish_WhenChosen()
    {
        var response = await app.CreateClient().GetAsync("/no/such/page?culture=en");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiRoute_GivesProblemJson()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Табылмады", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task MalformedJson_Gives400Problem()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task WrongContentType_Gives415Problem()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent("email=a", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task InvalidLogin_GivesValidationProblem_InTheCallersLanguage_NamingTheFields()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var response = await client.PostAsync("/api/v1/auth/login",
            new StringContent("{\"email\":\"not-an-email\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        var errors = problem.GetProperty("errors");
        Assert.Contains("Электронная почта", errors.GetProperty("email")[0].GetString());
        Assert.Contains("Пароль", errors.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task WrongMethod_OnApi_GivesProblem()
    {
        var response = await app.CreateClient().DeleteAsync("/api/v1/auth/login");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class ErrorTestsOnSqlite(SqliteApp app) : ErrorTests(app), IClassFixture<SqliteApp>;

public sealed class ErrorTestsOnPostgres(PostgresApp app) : ErrorTests(app), IClassFixture<PostgresApp>;
