using System.IO.Compression;
using System.Text.Json;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Performance;

/// <summary>
/// Issue #6, ADR 0009: public answers are kept compressed in the output cache (one copy per
/// Accept-Encoding), so a cached hit neither queries nor compresses again; signed-in pages, which carry
/// antiforgery tokens, are never compressed.
/// </summary>
[Trait("Issue", "6")]
public sealed class PublicCompressionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Councils = "/api/v1/public/councils";

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PublicJson_IsCompressed_AndTheCompressedCopyIsServedFromTheCache(string encoding)
    {
        var client = app.CreateClient();
        var plain = await client.GetStringAsync(Councils);
        var counter = app.Services.GetRequiredService<CommandCounter>();

        using var first = await GetAsync(client, Councils, encoding);
        counter.Reset();
        using var second = await GetAsync(client, Councils, encoding);

        Assert.Equal([encoding], first.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        var compressed = await second.Content.ReadAsByteArrayAsync();
        var body = Decompress(compressed, encoding);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(plain).RootElement, JsonDocument.Parse(body).RootElement));
        Assert.True(compressed.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(body), $"{compressed.Length} bytes for {body.Length} characters");
        Assert.Equal(0, counter.For(Councils));
    }

    [Fact]
    public async Task PublicPage_WithoutAcceptEncoding_IsPlain()
    {
        using var response = await app.CreateClient().GetAsync("/portal/councils");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInPages_AndFormsWithTokens_AreNeverCompressed()
    {
        var browser = await app.SignedInBrowserAsync(Demo.EnergySecretary);
        var anonymous = app.CreateClient();

        using var portalSignedIn = await GetAsync(browser, "/portal/councils", "gzip");
        using var workspace = await GetAsync(browser, "/workspace", "gzip");
        using var login = await GetAsync(anonymous, "/Account/Login", "gzip");

        Assert.Empty(portalSignedIn.Content.Headers.ContentEncoding);
        Assert.Empty(workspace.Content.Headers.ContentEncoding);
        Assert.Empty(login.Content.Headers.ContentEncoding);
        Assert.Contains("__RequestVerificationToken", await login.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static string Decompress(byte[] compressed, string encoding)
    {
        using var raw = new MemoryStream(compressed);
        using Stream decompressed = encoding == "br"
            ? new BrotliStream(raw, CompressionMode.Decompress)
            : new GZipStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed);
        return reader.ReadToEnd();
    }
}
