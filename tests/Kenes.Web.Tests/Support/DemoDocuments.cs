using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Support;

/// <summary>Stores a small PDF through the app's real document storage and attaches it to a demo agriculture application.</summary>
public static class DemoDocuments
{
    public static async Task<ApplicationDocument> AttachAsync(KenesAppFactory app, ApplicationStatus status, string text)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var application = await db.Applications.FirstAsync(a => a.ReceiptNumber.StartsWith("KN-DEMO") && a.Status == status);
        using var content = new MemoryStream(TestFiles.Pdf(text));
        var stored = await app.Services.GetRequiredService<IDocumentStorage>().SaveAsync(content, CancellationToken.None);
        var document = new ApplicationDocument
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            Kind = ApplicationDocumentKind.WorkExperience,
            FileName = "work.pdf",
            ContentType = "application/pdf",
            Length = stored.Length,
            Sha256 = stored.Sha256,
            StorageKey = stored.Key,
        };
        db.ApplicationDocuments.Add(document);
        await db.SaveChangesAsync();
        return document;
    }
}
