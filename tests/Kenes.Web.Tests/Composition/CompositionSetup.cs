using System.Net.Http.Json;
using System.Text.Json;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Time;
using Kenes.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kenes.Web.Tests.Composition;

/// <summary>
/// Each test builds its composition on a council of its own (in the demo Energy ministry, whose
/// officer is officer@demo.kenes.kz), so tests sharing one app do not see each other's members.
/// Admitted candidates are written straight into the database: the applications UI is its own feature.
/// </summary>
public static class CompositionSetup
{
    public static LocalDate Today(KenesAppFactory app) => app.Services.GetRequiredService<IClock>().TodayInAlmaty();

    public static async Task<Guid> NewEnergyCouncilAsync(KenesAppFactory app, int seats = 9)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var energy = db.StateBodies.Single(b => b.Code == "MEN");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var council = new Council
        {
            Id = Guid.NewGuid(),
            StateBodyId = energy.Id,
            DirectionKk = $"Жылу энергетикасы {suffix}",
            DirectionRu = $"Теплоэнергетика {suffix}",
            DirectionEn = $"Heat power {suffix}",
            Seats = seats,
            Status = CouncilStatus.Forming,
            Version = Guid.NewGuid(),
            CreatedAt = SystemClock.Instance.GetCurrentInstant(),
        };
        db.Councils.Add(council);
        await db.SaveChangesAsync();
        return council.Id;
    }

    public sealed record Candidate(string Surname, string FirstName, string? Organization, bool IndependentExpert = false);

    /// <summary>A published announcement of the council with the given applications, all admitted (R10).</summary>
    public static async Task<IReadOnlyList<Guid>> AdmittedCandidatesAsync(KenesAppFactory app, Guid councilId, params Candidate[] candidates)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var now = SystemClock.Instance.GetCurrentInstant();
        var today = Today(app);
        var announcement = new Announcement
        {
            Id = Guid.NewGuid(),
            CouncilId = councilId,
            Number = $"T-{Guid.NewGuid():N}"[..20],
            Status = AnnouncementStatus.Published,
            DirectionKk = "Жылу энергетикасы",
            DirectionRu = "Теплоэнергетика",
            DirectionEn = "Heat power",
            DocumentsKk = "Өтініш; еңбек өтілін растайтын құжат",
            DocumentsRu = "Заявление; документ о стаже",
            DocumentsEn = "Application; work record",
            PostalAddress = "Астана",
            Email = "kense@energo.gov.kz",
            PublishedOn = today.PlusDays(-20),
            PublishedAt = now,
            SubmissionDeadline = today.PlusDays(-13),
            ScreeningDeadline = today.PlusDays(-6),
            Revision = 1,
            Version = Guid.NewGuid(),
            CreatedAt = now,
        };
        db.Announcements.Add(announcement);
        var ids = new List<Guid>();
        foreach (var c in candidates)
        {
            var email = $"{Guid.NewGuid():N}@example.kz";
            var application = new CouncilApplication
            {
                Id = Guid.NewGuid(),
                AnnouncementId = announcement.Id,
                ReceiptNumber = $"R{Guid.NewGuid():N}"[..16].ToUpperInvariant(),
                Channel = ApplicationChannel.Online,
                ReceivedOn = today.PlusDays(-18),
                ReceivedAt = now,
                Surname = c.Surname,
                FirstName = c.FirstName,
                IndependentExpert = c.IndependentExpert,
                Organization = c.Organization,
                Email = email,
                Phone = "+77010000000",
                PersonKey = email,
                ConsentAt = now,
                ConsentText = "Келісемін",
                Status = ApplicationStatus.Admitted,
                DecidedAt = now,
                Version = Guid.NewGuid(),
            };
            db.Applications.Add(application);
            ids.Add(application.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public static async Task<JsonElement> CompositionAsync(this HttpClient client, Guid councilId)
    {
        var response = await client.GetAsync($"/api/v1/councils/{councilId}/composition");
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> AddMemberAsync(this HttpClient client, Guid councilId, object member)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/councils/{councilId}/composition/members", member);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static Guid MemberId(this JsonElement composition, string fullName) =>
        composition.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("fullName").GetString() == fullName).GetProperty("id").GetGuid();

    public static IReadOnlyList<(string Norm, string Code, string Message)> Violations(this JsonElement json) =>
        json.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("norm").GetString()!, v.GetProperty("code").GetString()!, v.GetProperty("message").GetString()!))
            .ToList();

    public static async Task<Guid> SecretaryUserIdAsync(this HttpClient officer, Guid councilId)
    {
        var composition = await officer.CompositionAsync(councilId);
        return composition.GetProperty("secretaryCandidates").EnumerateArray()
            .Single(s => s.GetProperty("fullName").GetString() == "Дәурен Жұмабаев").GetProperty("userId").GetGuid();
    }

    /// <summary>
    /// A composition that meets R5, M6, M7 and M12: the deputy chair from the state body, the
    /// National Chamber, the National body, an admitted employer, a trade union justification,
    /// an employer association and one school; the demo secretary appointed.
    /// </summary>
    public static async Task BuildValidCompositionAsync(KenesAppFactory app, HttpClient officer, Guid councilId)
    {
        var candidates = await AdmittedCandidatesAsync(app, councilId,
            new Candidate("Серікова", "Ләззат", "«ҚазЭнерго» АҚ"),
            new Candidate("Әлиев", "Нұржан", null, IndependentExpert: true));
        await officer.AddMemberAsync(councilId, new { fullName = "Ахметов Бақытжан", organization = "Энергетика министрлігі", position = "Вице-министр", category = 1, deputyChair = true });
        await officer.AddMemberAsync(councilId, new { fullName = "Жұмағалиева Айгерім", organization = "«Атамекен» ҰКП", category = 2 });
        await officer.AddMemberAsync(councilId, new { fullName = "Оспанов Тимур", organization = "Ұлттық біліктілік органы", category = 3 });
        await officer.AddMemberAsync(councilId, new { applicationId = candidates[0], category = 4 });
        await officer.AddMemberAsync(councilId, new { applicationId = candidates[1] });
        await officer.AddMemberAsync(councilId, new { fullName = "Қуанышев Ерболат", organization = "Қазақстан электр энергетикалық қауымдастығы", category = 6 });
        await officer.AddMemberAsync(councilId, new { fullName = "Байжанова Сәуле", organization = "Алматы энергетика университеті", category = 7 });
        var justified = await officer.PutAsJsonAsync($"/api/v1/councils/{councilId}/composition/justifications",
            new { tradeUnions = "Салалық кәсіподақ құрылмаған (2026 жылғы анықтама)." });
        justified.EnsureSuccessStatusCode();
        var secretary = await officer.SecretaryUserIdAsync(councilId);
        (await officer.PutAsJsonAsync($"/api/v1/councils/{councilId}/composition/secretary", new { userId = secretary })).EnsureSuccessStatusCode();
    }
}
