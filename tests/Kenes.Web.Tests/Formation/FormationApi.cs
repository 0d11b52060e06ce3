using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Web.Tests.Support;

namespace Kenes.Web.Tests.Formation;

/// <summary>Calls of the formation API, shared by the scenario tests.</summary>
public static class FormationApi
{
    public static object Draft(string email = "kense@energo.gov.kz") => new
    {
        directionKk = "Электр энергетикасы",
        directionRu = "Электроэнергетика",
        directionEn = "Electric power industry",
        documentsKk = "1) өтініш; 2) еңбек қызметін растайтын құжат",
        documentsRu = "1) заявление; 2) документ о трудовой деятельности",
        documentsEn = "1) application; 2) work experience document",
        postalAddress = "010000, Астана, Қабанбай батыр 19",
        email,
    };

    public static async Task<Guid> CouncilIdAsync(HttpClient staff, string stateBodyCode = "MEN")
    {
        var councils = await (await staff.GetAsync("/api/v1/councils")).ReadJsonAsync();
        return councils.EnumerateArray().First(c => c.GetProperty("stateBodyCode").GetString() == stateBodyCode).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CreateAndPublishAsync(HttpClient officer)
    {
        var council = await CouncilIdAsync(officer);
        var created = await officer.PostAsJsonAsync($"/api/v1/councils/{council}/announcements", Draft());
        created.EnsureSuccessStatusCode();
        var draft = await created.ReadJsonAsync();
        var published = await officer.PostAsJsonAsync($"/api/v1/announcements/{draft.GetProperty("id").GetGuid()}/publish",
            new { version = draft.GetProperty("version").GetGuid() });
        published.EnsureSuccessStatusCode();
        return await published.ReadJsonAsync();
    }

    public static MultipartFormDataContent Application(string surname, string email, bool consent = true,
        (string Field, string Name, byte[] Content)[]? files = null, string? channel = null, string? receivedOn = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(surname), "surname" },
            { new StringContent("Айгерім"), "firstName" },
            { new StringContent("Серікқызы"), "patronymic" },
            { new StringContent("«ҚазЭнерго» АҚ"), "organization" },
            { new StringContent(email), "email" },
            { new StringContent("+7 701 123 45 67"), "phone" },
            { new StringContent(consent ? "true" : "false"), "consent" },
        };
        if (channel is not null)
        {
            form.Add(new StringContent(channel), "channel");
        }

        if (receivedOn is not null)
        {
            form.Add(new StringContent(receivedOn), "receivedOn");
        }

        foreach (var (field, name, content) in files ?? [("workExperience", "enbek-kitapsha.pdf", TestFiles.Pdf())])
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }

        return form;
    }
}
