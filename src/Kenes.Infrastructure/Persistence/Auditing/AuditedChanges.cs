using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Kenes.Infrastructure.Persistence.Auditing;

/// <summary>
/// The one place where record versions and audit entries are written (ADR 0014). Every save:
/// <list type="bullet">
/// <item>gives each added or changed record that has a <c>Version</c> concurrency token a new version, so a
/// form or API call that read the old one gets a conflict instead of overwriting (handlers never set it);</item>
/// <item>writes one <see cref="AuditEntry"/> per added, changed or deleted record of an audited kind, in the same
/// transaction: who (from <see cref="IAuditActor"/>), when, the record's kind and key, and the changed fields
/// with their new values as JSON — codes and values, never sentences, so any reader's language can render them.</item>
/// </list>
/// Reads of personal data are not changes and are still recorded where they happen.
/// </summary>
public sealed class AuditedChanges(IClock clock, IAuditActor actor) : SaveChangesInterceptor
{
    /// <summary>
    /// The records whose every change is audited: the council and its composition, calls and applications,
    /// meetings and their conduct, and the working-day calendar. Votes are not: a vote is itself an
    /// immutable record of who voted when (M10).
    /// </summary>
    private static readonly HashSet<Type> Audited =
    [
        typeof(StateBody), typeof(Council), typeof(CompositionMember), typeof(ApprovalOrder),
        typeof(Announcement), typeof(AnnouncementRevision), typeof(CouncilApplication),
        typeof(Meeting), typeof(AgendaItem), typeof(AgendaMaterial), typeof(Attendance), typeof(MinutesDelivery),
        typeof(CalendarAddition),
    ];

    public const string VersionProperty = "Version";
    public const int MaxDetailsLength = 4000;
    private const int MaxValueLength = 200;

    /// <summary>Adds a type to the audited kinds (for records a feature adds later).</summary>
    public static void Audit(Type type) => Audited.Add(type);

    public static bool IsAudited(Type type) => Audited.Contains(type);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var userId = actor.UserId;
        foreach (var entry in entries)
        {
            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && p.Metadata.Name != VersionProperty).ToList()
                : null;
            if (entry.State == EntityState.Modified && changed!.Count == 0)
            {
                // Only the version moved (a handler touching a parent to serialize edits): nothing to record.
                continue;
            }

            NewVersion(entry);
            if (Audited.Contains(entry.Metadata.ClrType))
            {
                context.Add(new AuditEntry
                {
                    At = now,
                    UserId = userId,
                    Action = $"{entry.Metadata.ClrType.Name}.{Verb(entry.State)}",
                    Subject = Key(entry),
                    Details = Details(entry, changed),
                });
            }
        }
    }

    private static void NewVersion(EntityEntry entry)
    {
        if (entry.State == EntityState.Deleted || entry.Metadata.FindProperty(VersionProperty) is not { IsConcurrencyToken: true } property
            || property.ClrType != typeof(Guid))
        {
            return;
        }

        var version = entry.Property(VersionProperty);
        // A version the handler already set on purpose is kept; otherwise the record gets a new one.
        if (entry.State == EntityState.Added ? (Guid)version.CurrentValue! == Guid.Empty : !version.IsModified)
        {
            version.CurrentValue = Guid.NewGuid();
        }
    }

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "changed",
    };

    private static string Key(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Details(EntityEntry entry, IReadOnlyList<PropertyEntry>? changed)
    {
        if (entry.State == EntityState.Deleted)
        {
            return "{}";
        }

        var properties = changed ?? entry.Properties.Where(p => p.Metadata.Name != VersionProperty && !p.Metadata.IsPrimaryKey()).ToList();
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            values[property.Metadata.Name] = property.CurrentValue switch
            {
                null => null,
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var v => v.ToString(),
            };
        }

        var json = JsonSerializer.Serialize(values);
        if (json.Length <= MaxDetailsLength)
        {
            return json;
        }

        // Long free text (a description, a consent) is cut per field so the entry stays valid JSON.
        foreach (var name in values.Keys.ToList())
        {
            if (values[name] is { Length: > MaxValueLength } text)
            {
                values[name] = text[..MaxValueLength] + "…";
            }
        }

        json = JsonSerializer.Serialize(values);
        return json.Length <= MaxDetailsLength ? json : JsonSerializer.Serialize(values.Keys);
    }
}
