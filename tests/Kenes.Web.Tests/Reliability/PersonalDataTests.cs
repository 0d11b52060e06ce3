using System.Net;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kenes.Web.Tests.Reliability;

/// <summary>
/// Issue #7, personal data: an applicant's uploaded documents and Annex 1 form open only for the
/// state body's HR officers and administrators, and every read leaves an audit entry naming who read what.
/// </summary>
[Trait("Issue", "7")]
public abstract class PersonalDataTests(KenesAppFactory app)
{
    [Fact]
    public async Task ApplicantsDocumentsAndForm_OpenOnlyForHrAndAdministrators_AndEveryReadIsLogged()
    {
        var (applicationId, documentId, receipt) = await AgricultureApplicationWithDocumentAsync();
        var paths = new[] { $"/hr/documents/{documentId}", $"/hr/applications/{applicationId}/form" };

        foreach (var email in new[] { Demo.Observer, Demo.EnergyOfficer, Demo.EnergyHr, Demo.EnergySecretary })
        {
            var browser = await app.SignedInBrowserAsync(email);
            foreach (var path in paths)
            {
                var refused = await browser.GetAsync(path);
                Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                    $"{email} {path}: {(int)refused.StatusCode}");
            }
        }

        Assert.Equal(0, await ReadsAsync(receipt));
        var admin = await app.SignedInBrowserAsync(Demo.Admin);
        foreach (var path in paths)
        {
            var read = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("application/pdf", read.Content.Headers.ContentType!.MediaType);
        }

        Assert.Equal(2, await ReadsAsync(receipt));
    }

    private async Task<int> ReadsAsync(string receipt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        return await db.AuditEntries.CountAsync(a => a.Subject == receipt && (a.Action == "document.read" || a.Action == "application-form.read") && a.UserId != null);
    }

    private async Task<(Guid Application, Guid Document, string Receipt)> AgricultureApplicationWithDocumentAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        var application = await db.Applications.FirstAsync(a => a.ReceiptNumber.StartsWith("KN-DEMO"));
        using var content = new MemoryStream(TestFiles.Pdf("personal data"));
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
        return (application.Id, document.Id, application.ReceiptNumber);
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteApp app) : PersonalDataTests(app), IClassFixture<SqliteApp>;

public sealed class PersonalDataTestsOnPostgres(PostgresApp app) : PersonalDataTests(app), IClassFixture<PostgresApp>;
