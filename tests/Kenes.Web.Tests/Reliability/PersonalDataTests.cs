using System.Net;
using Kenes.Infrastructure.Persistence;
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
        var document = await DemoDocuments.AttachAsync(app, ApplicationStatus.Admitted, "personal data");
        var (applicationId, documentId) = (document.ApplicationId, document.Id);
        var receipt = await ReceiptAsync(applicationId);
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

    private async Task<string> ReceiptAsync(Guid applicationId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KenesDbContext>().Applications
            .Where(a => a.Id == applicationId).Select(a => a.ReceiptNumber).SingleAsync();
    }

    private async Task<int> ReadsAsync(string receipt)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KenesDbContext>();
        return await db.AuditEntries.CountAsync(a => a.Subject == receipt && (a.Action == "document.read" || a.Action == "application-form.read") && a.UserId != null);
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteApp app) : PersonalDataTests(app), IClassFixture<SqliteApp>;

public sealed class PersonalDataTestsOnPostgres(PostgresApp app) : PersonalDataTests(app), IClassFixture<PostgresApp>;
