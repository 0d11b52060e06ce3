using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Domain.Meetings;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Web.Features.Composition;
using Kenes.Web.Features.Formation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Web.Features.Meetings.Planning;

/// <summary>
/// M4, M5, M12.4: the agenda items (each with its subject's norm) and their materials. Items change
/// only before the notice, because the notice states the agenda; materials may be added or replaced
/// until the meeting (a file of the same name becomes its next version and the old one is kept).
/// </summary>
[Implements("M12.4")]
public sealed class AgendaEditor(KenesDbContext db, IDocumentStorage storage, IClock clock)
{
    public const int MaxTitle = 500;
    public const int MaxDescription = 4000;

    public async Task<(AgendaItem? Item, PlanningResult Result)> AddAsync(Meeting meeting, AgendaItemInput input, CancellationToken ct)
    {
        if (Locked(meeting) is { } locked)
        {
            return (null, locked);
        }

        var violations = Validate(input, out var subject);
        if (violations.Count > 0)
        {
            return (null, PlanningResult.Refused(violations));
        }

        var item = new AgendaItem
        {
            Id = Guid.NewGuid(),
            MeetingId = meeting.Id,
            Order = meeting.Items.Count == 0 ? 1 : meeting.Items.Max(i => i.Order) + 1,
            Title = input.Title!.Trim(),
            Description = input.Description?.Trim() ?? "",
            Subject = subject,
            Version = Guid.NewGuid(),
        };
        db.AgendaItems.Add(item);
        meeting.Version = Guid.NewGuid();
        return await SaveAsync(ct) is { Ok: true } ok ? (item, ok) : (null, PlanningResult.Stale);
    }

    public async Task<PlanningResult> UpdateAsync(Meeting meeting, Guid itemId, AgendaItemInput input, CancellationToken ct)
    {
        if ((Locked(meeting) ?? Missing(meeting, itemId)) is { } refused)
        {
            return refused;
        }

        var violations = Validate(input, out var subject);
        if (violations.Count > 0)
        {
            return PlanningResult.Refused(violations);
        }

        var item = meeting.Items.Single(i => i.Id == itemId);
        item.Title = input.Title!.Trim();
        item.Description = input.Description?.Trim() ?? "";
        item.Subject = subject;
        item.Version = Guid.NewGuid();
        meeting.Version = Guid.NewGuid();
        return await SaveAsync(ct);
    }

    public async Task<PlanningResult> RemoveAsync(Meeting meeting, Guid itemId, CancellationToken ct)
    {
        if ((Locked(meeting) ?? Missing(meeting, itemId)) is { } refused)
        {
            return refused;
        }

        var item = meeting.Items.Single(i => i.Id == itemId);
        var keys = item.Materials.Select(m => m.StorageKey).ToList();
        db.AgendaItems.Remove(item);
        var order = 1;
        foreach (var rest in meeting.Items.Where(i => i.Id != itemId).OrderBy(i => i.Order))
        {
            rest.Order = order++;
        }

        meeting.Version = Guid.NewGuid();
        var result = await SaveAsync(ct);
        if (result.Ok)
        {
            // Files go only after the rows are gone, so a failed save never leaves a row without its file.
            foreach (var key in keys)
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
        }

        return result;
    }

    /// <summary>Checks the file as the application intake does, stores it, then records it; a failed save removes the file again.</summary>
    public async Task<(AgendaMaterial? Material, PlanningResult Result)> UploadAsync(Meeting meeting, Guid itemId, UploadedFile? file, Guid? userId, CancellationToken ct)
    {
        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.Noticed))
        {
            return (null, PlanningResult.Refused("M12.4", "material", PlanningCodes.NotOpen, "M12.4: materials are provided before the meeting."));
        }

        if (Missing(meeting, itemId) is { } missing)
        {
            return (null, missing);
        }

        if (file is null)
        {
            return (null, PlanningResult.Refused("M12.4", "material", PlanningCodes.FileRequired, "M12.4: choose a file."));
        }

        var check = FileInspector.Inspect(file.Content, file.SafeName, ApplicationIntake.MaxFileBytes);
        if (!check.Ok)
        {
            return (null, PlanningResult.Refused("M12.4", "material", check.ErrorCode!, $"M12.4: {file.SafeName}: {check.ErrorCode}"));
        }

        var item = meeting.Items.Single(i => i.Id == itemId);
        var name = file.SafeName;
        var previous = await db.AgendaMaterials.Where(m => m.AgendaItemId == itemId && m.FileName == name).MaxAsync(m => (int?)m.FileVersion, ct) ?? 0;
        using var content = new MemoryStream(file.Content, writable: false);
        var stored = await storage.SaveAsync(content, ct);
        var material = new AgendaMaterial
        {
            Id = Guid.NewGuid(),
            AgendaItemId = item.Id,
            FileName = name,
            FileVersion = previous + 1,
            ContentType = ApplicationIntake.ContentTypeOf(check.Type!.Value),
            Length = stored.Length,
            Sha256 = stored.Sha256,
            StorageKey = stored.Key,
            UploadedAt = clock.GetCurrentInstant(),
            UploadedBy = userId,
        };
        db.AgendaMaterials.Add(material);
        meeting.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return (material, PlanningResult.Saved);
        }
        catch (Exception ex) when (ex is DbUpdateException or OperationCanceledException)
        {
            await storage.DeleteAsync(stored.Key, CancellationToken.None);
            if (ex is DbUpdateConcurrencyException)
            {
                return (null, PlanningResult.Stale);
            }

            throw;
        }
    }

    private static PlanningResult? Locked(Meeting meeting) => meeting.Status == MeetingStatus.Planned
        ? null
        : PlanningResult.Refused("M12.4", MeetingFieldNames.Agenda, PlanningCodes.AgendaLocked,
            "M12.4: the notice has stated the agenda; it can no longer be changed.");

    private static PlanningResult? Missing(Meeting meeting, Guid itemId) => meeting.Items.Any(i => i.Id == itemId)
        ? null
        : PlanningResult.Refused("M12.4", MeetingFieldNames.Agenda, PlanningCodes.ItemNotFound, "M12.4: no such agenda item.");

    private static List<FieldViolation> Validate(AgendaItemInput input, out AgendaSubject subject)
    {
        var violations = new List<FieldViolation>();
        var title = input.Title?.Trim() ?? "";
        var description = input.Description?.Trim() ?? "";
        if (title.Length == 0)
        {
            violations.Add(new(Norms.Get("M12.4"), "title", PlanningCodes.TitleRequired, "M12.4: the agenda item needs a title."));
        }

        foreach (var (field, text, max, multiline) in new[] { ("title", title, MaxTitle, false), ("description", description, MaxDescription, true) })
        {
            if (text.Length > max)
            {
                violations.Add(new(Norms.Get("M12.4"), field, PlanningCodes.TextTooLong, $"M12.4: at most {max} characters."));
            }
            else if (FieldErrors.HasInvisibleCharacters(text, multiline))
            {
                violations.Add(new(Norms.Get("M12.4"), field, PlanningCodes.TextCharacters, "M12.4: control or invisible characters are not allowed."));
            }
        }

        var name = input.Subject?.Trim() ?? "";
        if (!AgendaSubjectNorms.All.Contains(name) || !Enum.TryParse(name, ignoreCase: false, out subject))
        {
            subject = AgendaSubject.Other;
            violations.Add(new(Norms.Get("M4"), "subject", PlanningCodes.SubjectInvalid, "M4: choose the subject of the item (M4.1–M4.5, M5.2, M5.3 or other)."));
        }

        return violations;
    }

    private async Task<PlanningResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return PlanningResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return PlanningResult.Stale;
        }
    }
}
