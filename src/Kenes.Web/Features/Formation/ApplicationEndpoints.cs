using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation;

public static class ApplicationEndpoints
{
    /// <summary>The Annex 1 (F) fields as multipart form fields (plus, for HR, the channel and receipt date); files come separately.</summary>
    public sealed class ApplicationForm : Pages.ApplicationInput
    {
        public string? Channel { get; set; }
        public string? ReceivedOn { get; set; }
    }

    public sealed record Receipt(string ReceiptNumber, string Announcement, LocalDate ReceivedOn, bool Late, string? LateReason, string Status);

    public sealed record StatusView(string ReceiptNumber, string Announcement, LocalDate ReceivedOn, bool Late, string Status, string? Reason);

    // The form is null when a multipart body carries none of its fields, and the file collection when it carries no
    // file part: both are treated as empty, so such a request gets the F and R9 "required" answers instead of a 500.
    public static void MapApplicationEndpoints(this RouteGroupBuilder api)
    {
        // Anonymous and cookie-free, so there is no session to forge: antiforgery does not apply.
        api.MapPost("/public/announcements/{number}/applications", async (string number, [FromForm] ApplicationForm? form,
            IFormFileCollection? files, KenesDbContext db, ApplicationIntake intake, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var announcement = await db.Announcements.Include(a => a.Council!).ThenInclude(c => c.StateBody)
                .FirstOrDefaultAsync(a => a.Number == number && a.Status == AnnouncementStatus.Published, ct);
            if (announcement is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound);
            }

            var submission = new ApplicationIntake.Submission((form ?? new()).ToForm(), ApplicationChannel.Online, null,
                await UploadedFile.ReadAsync(files?.GetFiles("application"), ct),
                await UploadedFile.ReadAsync(files?.GetFiles("workExperience"), ct), null);
            return ToResult(await intake.SubmitAsync(announcement, submission, ct), announcement, texts);
        })
        .DisableAntiforgery()
        .AllowAnonymous()
        .RequireRateLimiting(Hosting.RateLimits.SubmissionPolicy)
        .WithTags("Public")
        .WithSummary("Apply online (R8, R9, F): multipart fields of Annex 1, files 'workExperience' (and optionally 'application')");

        api.MapGet("/public/applications/{receipt}", async (string receipt, KenesDbContext db, CancellationToken ct) =>
        {
            var a = await db.Applications.AsNoTracking().Include(x => x.Announcement)
                .FirstOrDefaultAsync(x => x.ReceiptNumber == receipt.Trim().ToUpperInvariant(), ct);
            return a is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(new StatusView(a.ReceiptNumber, a.Announcement!.Number, a.ReceivedOn, a.Late, a.Status.ToString(),
                    a.Status is ApplicationStatus.Rejected or ApplicationStatus.Admitted ? a.DecisionReason : null));
        })
        .AllowAnonymous()
        .WithTags("Public")
        .WithSummary("An application's outcome by its receipt number");

        api.MapPost("/announcements/{id:guid}/applications", async (Guid id, [FromForm] ApplicationForm? form, IFormFileCollection? files,
            KenesDbContext db, CurrentUser user, ApplicationIntake intake, IStringLocalizer<Texts> texts, CancellationToken ct) =>
        {
            var announcement = await db.FindAnnouncementAsync(id, user, ct);
            if (announcement is null || announcement.Status != AnnouncementStatus.Published)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound);
            }

            if (!user.CanScreen(announcement.Council!.StateBodyId))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden);
            }

            var channel = Enum.TryParse<ApplicationChannel>(form?.Channel, true, out var c) && c != ApplicationChannel.Online ? c : (ApplicationChannel?)null;
            var receivedOn = NodaTime.Text.LocalDatePattern.Iso.Parse(form?.ReceivedOn ?? "");
            if (channel is null || !receivedOn.Success)
            {
                var errors = new Dictionary<string, string[]>();
                if (channel is null) errors["channel"] = [texts["application.channel_required"].Value];
                if (!receivedOn.Success) errors["receivedOn"] = [texts["calendar.param.date", "receivedOn"].Value];
                return Results.ValidationProblem(errors);
            }

            var submission = new ApplicationIntake.Submission((form ?? new()).ToForm(), channel.Value, receivedOn.Value,
                await UploadedFile.ReadAsync(files?.GetFiles("application"), ct),
                await UploadedFile.ReadAsync(files?.GetFiles("workExperience"), ct), user.Id);
            return ToResult(await intake.SubmitAsync(announcement, submission, ct), announcement, texts);
        })
        .DisableAntiforgery()
        .RequireAuthorization(Policies.Api, Policies.Staff)
        .WithTags("Screening")
        .WithSummary("HR registers an application received in person or by e-mail (R8), with its receipt date");
    }

    private static IResult ToResult(ApplicationIntake.Result result, Announcement announcement, IStringLocalizer<Texts> texts) =>
        result.Ok
            ? Results.Created($"/api/v1/public/applications/{result.Application!.ReceiptNumber}",
                new Receipt(result.Application.ReceiptNumber, announcement.Number, result.Application.ReceivedOn,
                    result.Application.Late, result.Application.LateReason, result.Application.Status.ToString()))
            : Results.ValidationProblem(texts.ToProblemErrors(result.Violations));
}
