using Kenes.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Infrastructure.Persistence;

public sealed class KenesDbContext(DbContextOptions<KenesDbContext> options)
    : IdentityDbContext<KenesUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<StateBody> StateBodies => Set<StateBody>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CalendarAddition> CalendarAdditions => Set<CalendarAddition>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<AnnouncementRevision> AnnouncementRevisions => Set<AnnouncementRevision>();
    public DbSet<CouncilApplication> Applications => Set<CouncilApplication>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<ApprovalOrder> ApprovalOrders => Set<ApprovalOrder>();
    public DbSet<CompositionMember> CompositionMembers => Set<CompositionMember>();
    public DbSet<Mail.OutboxMessage> Outbox => Set<Mail.OutboxMessage>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<AgendaMaterial> AgendaMaterials => Set<AgendaMaterial>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<MinutesDelivery> MinutesDeliveries => Set<MinutesDelivery>();
    public DbSet<Jobs.ScheduledJobRun> ScheduledJobRuns => Set<Jobs.ScheduledJobRun>();

    /// <summary>Shared so every web node can read cookies and bearer tokens issued by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KenesDbContext).Assembly);
    }
}
