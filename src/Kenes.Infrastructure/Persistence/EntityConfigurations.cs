using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kenes.Infrastructure.Persistence;

internal sealed class StateBodyConfiguration : IEntityTypeConfiguration<StateBody>
{
    public void Configure(EntityTypeBuilder<StateBody> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.NameKk).HasMaxLength(300);
        b.Property(x => x.NameRu).HasMaxLength(300);
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.PostalAddress).HasMaxLength(500);
    }
}

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.HasOne(x => x.StateBody).WithMany().HasForeignKey(x => x.StateBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StateBodyId);
        b.HasIndex(x => x.SecretaryUserId);
        b.Property(x => x.DirectionKk).HasMaxLength(300);
        b.Property(x => x.DirectionRu).HasMaxLength(300);
        b.Property(x => x.DirectionEn).HasMaxLength(300);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.TradeUnionsJustification).HasMaxLength(1000);
        b.Property(x => x.EmployerAssociationsJustification).HasMaxLength(1000);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<Mail.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<Mail.OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(x => x.To).HasMaxLength(254);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(20000);
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Details).HasMaxLength(4000);
        b.HasIndex(x => x.At);
    }
}

internal sealed class CalendarAdditionConfiguration : IEntityTypeConfiguration<CalendarAddition>
{
    public void Configure(EntityTypeBuilder<CalendarAddition> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.NameKk).HasMaxLength(200);
        b.Property(x => x.NameRu).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.Basis).HasMaxLength(1000);
        b.HasIndex(x => new { x.Date, x.Kind }).IsUnique();
    }
}

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<Jobs.ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<Jobs.ScheduledJobRun> b)
    {
        b.Property(x => x.Job).HasMaxLength(100);
        b.Property(x => x.Node).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        // The clustered store: one run per job and slot, whichever node inserts first (ADR 0011).
        b.HasIndex(x => new { x.Job, x.Slot }).IsUnique();
    }
}
