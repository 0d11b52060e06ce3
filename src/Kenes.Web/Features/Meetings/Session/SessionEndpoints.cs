using Kenes.Infrastructure.Persistence;
using Kenes.Web.Features.Account;
using Kenes.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Kenes.Web.Features.Meetings.Session;

public sealed record AttendanceRequest(Guid MemberId, string? Mode);

public sealed record PresidingRequest(Guid MemberId);

public sealed record VoteRequest(Guid? MemberId, string? Choice);

public sealed record CloseRequest(string? Decision);

public sealed record ElectionRequest(Dictionary<Guid, int>? Votes);

public sealed record SignRequest(string? Password);

/// <summary>
/// /api/v1/meetings/{id}: attendance (M9), presiding (M7), votes (M10), the chair election (M7), minutes (M10, M12.5).
/// Bearer only; the council's secretary and officers run the session, a member votes for themself. Refusals are
/// RFC 7807 problems with the norm in <c>norm</c>.
/// </summary>
public static class SessionEndpoints
{
    public static void MapSessionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/meetings/{id:guid}").WithTags("Meeting session").RequireAuthorization(Policies.Api);

        g.MapGet("/tally", async (Guid id, SessionLoader loader, CancellationToken ct) =>
            await loader.LoadAsync(id, ct, tracking: false) is { } s ? Results.Ok(TallyView.From(s)) : Results.Problem(statusCode: 404))
            .WithSummary("Quorum (M9) and the counts of every item's vote (M10)");

        g.MapPost("/attendance", (Guid id, AttendanceRequest r, SessionLoader loader, SessionCommands c, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => ParseMode(r.Mode, out var mode)
                ? c.RecordAttendanceAsync(s, r.MemberId, mode, ct)
                : Task.FromResult(SessionResult.Refuse("M9", "mode", "session.mode_invalid", "M9: present in person (InPerson), remotely (Remote), or absent (Absent).", SessionStatus.Invalid))))
            .WithSummary("Record a member in office present in person or remotely, or absent (M9); the secretary never counts (M12)");

        g.MapPost("/presiding", (Guid id, PresidingRequest r, SessionLoader loader, SessionCommands c, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => c.ChoosePresidingAsync(s, r.MemberId, ct)))
            .WithSummary("Choose a present member to preside when the chair and the deputy chair are absent (M7, a deviation)");

        g.MapPost("/items/{itemId:guid}/open", (Guid id, Guid itemId, SessionLoader loader, SessionCommands c, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => c.OpenVoteAsync(s, itemId, ct)))
            .WithSummary("Open the vote on an item; refused while the meeting is inquorate (M9)");

        g.MapPost("/items/{itemId:guid}/votes", (Guid id, Guid itemId, VoteRequest r, SessionLoader loader, CastVote vote, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => Enum.TryParse<VoteChoice>(r.Choice, true, out var choice) && Enum.IsDefined(choice)
                ? vote.HandleAsync(s, itemId, r.MemberId, choice, ct)
                : Task.FromResult(SessionResult.Refuse("M10", "choice", "session.choice_invalid", "M10: a vote is For, Against or Abstain.", SessionStatus.Invalid)), created: true))
            .WithSummary("Vote For, Against or Abstain (M10): a member for themself, or the secretary recording memberId in the room");

        g.MapPost("/items/{itemId:guid}/close", (Guid id, Guid itemId, CloseRequest? r, SessionLoader loader, SessionCommands c, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => c.CloseVoteAsync(s, itemId, r?.Decision, ct)))
            .WithSummary("Close the vote: M10 decides (majority, or the presiding member's vote on a tie)");

        g.MapPost("/chair-election", (Guid id, ElectionRequest r, SessionLoader loader, ElectChair elect, IStringLocalizer<Texts> t, CancellationToken ct) =>
            RunAsync(id, loader, t, ct, s => elect.HandleAsync(s, r.Votes ?? [], ct)))
            .WithSummary("Record the votes per candidate of the chair election (M7)");

        g.MapPost("/minutes/sign", async (Guid id, SignRequest r, SessionLoader loader, MinutesService minutes, IStringLocalizer<Texts> t, CancellationToken ct) =>
        {
            if (await loader.LoadAsync(id, ct) is not { } s)
            {
                return Results.Problem(statusCode: 404);
            }

            var result = await minutes.SignAsync(s, r.Password, ct);
            return result.Ok
                ? Results.Ok(new { sha256 = s.Meeting.MinutesSha256, signedAt = s.Meeting.MinutesSignedAt, distributionDeadline = s.Meeting.DistributionDeadline, norm = "M12.5" })
                : t.Problem(result);
        })
        .WithSummary("The presiding member signs the minutes with their password (M10); returns the PDF's SHA-256 and the M12.5 deadline");

        g.MapPost("/minutes/distribute", async (Guid id, HttpRequest request, SessionLoader loader, MinutesService minutes, IStringLocalizer<Texts> t, CancellationToken ct) =>
        {
            if (await loader.LoadAsync(id, ct) is not { } s)
            {
                return Results.Problem(statusCode: 404);
            }

            var (result, queued) = await minutes.DistributeAsync(s, $"{request.Scheme}://{request.Host}", ct);
            return result.Ok ? Results.Ok(await MinutesReportAsync(s, minutes, queued, ct)) : t.Problem(result);
        })
        .WithSummary("E-mail a copy of the signed minutes to every member with an address (M12.5); tracked per member");

        g.MapGet("/minutes", async (Guid id, SessionLoader loader, MinutesService minutes, CancellationToken ct) =>
            await loader.LoadAsync(id, ct, tracking: false) is { } s ? Results.Ok(await MinutesReportAsync(s, minutes, 0, ct)) : Results.Problem(statusCode: 404))
            .WithSummary("The signature (M10: SHA-256, time), the M12.5 deadline and each member's copy with its sending state");
    }

    private static async Task<object> MinutesReportAsync(SessionState s, MinutesService minutes, int queued, CancellationToken ct)
    {
        var deliveries = await minutes.DeliveriesAsync(s.Meeting.Id, ct);
        return new
        {
            signed = s.Signed,
            sha256 = s.Meeting.MinutesSha256,
            signedAt = s.Meeting.MinutesSignedAt,
            queued,
            deadline = s.Meeting.DistributionDeadline,
            late = MinutesService.IsLate(minutes.Today, s.Meeting, deliveries, s),
            norm = "M12.5",
            deliveries,
        };
    }

    private static bool ParseMode(string? value, out AttendanceMode? mode)
    {
        mode = null;
        if (string.Equals(value, "Absent", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Enum.TryParse<AttendanceMode>(value, true, out var parsed) && Enum.IsDefined(parsed))
        {
            mode = parsed;
            return true;
        }

        return false;
    }

    private static async Task<IResult> RunAsync(Guid id, SessionLoader loader, IStringLocalizer<Texts> texts, CancellationToken ct, Func<SessionState, Task<SessionResult>> action, bool created = false)
    {
        if (await loader.LoadAsync(id, ct) is not { } s)
        {
            return Results.Problem(statusCode: 404);
        }

        var result = await action(s);
        if (!result.Ok)
        {
            return texts.Problem(result);
        }

        var fresh = await loader.LoadAsync(id, ct, tracking: false);
        var view = TallyView.From(fresh!);
        return created ? Results.Created($"/api/v1/meetings/{id}/tally", view) : Results.Ok(new { tally = view, outcome = result.Info });
    }
}
