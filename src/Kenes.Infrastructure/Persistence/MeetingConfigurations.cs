using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kenes.Infrastructure.Persistence;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.HasOne(x => x.Council).WithMany().HasForeignKey(x => x.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CouncilId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.CouncilId, x.Date });
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Place).HasMaxLength(500);
        b.Property(x => x.VideoLink).HasMaxLength(500);
        b.Property(x => x.NoticeDeviationReason).HasMaxLength(1000);
        b.Property(x => x.PresidingDeviation).HasMaxLength(1000);
        b.Property(x => x.MinutesStorageKey).HasMaxLength(100);
        b.Property(x => x.MinutesSha256).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Subject).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.VoteState).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DecidedBy).HasMaxLength(40);
        b.Property(x => x.Decision).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Materials).WithOne().HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Votes).WithOne().HasForeignKey(v => v.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaMaterialConfiguration : IEntityTypeConfiguration<AgendaMaterial>
{
    public void Configure(EntityTypeBuilder<AgendaMaterial> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(100);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("Attendance");
        b.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> b)
    {
        // One vote per member per item, enforced by the database too.
        b.HasIndex(x => new { x.AgendaItemId, x.MemberId }).IsUnique();
        b.Property(x => x.Choice).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class MinutesDeliveryConfiguration : IEntityTypeConfiguration<MinutesDelivery>
{
    public void Configure(EntityTypeBuilder<MinutesDelivery> b)
    {
        b.HasIndex(x => new { x.MeetingId, x.MemberId }).IsUnique();
        b.Property(x => x.Email).HasMaxLength(254);
    }
}
