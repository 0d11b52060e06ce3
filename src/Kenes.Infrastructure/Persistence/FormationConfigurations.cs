using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kenes.Infrastructure.Persistence;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.HasOne(x => x.Council).WithMany().HasForeignKey(x => x.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Status, x.PublishedOn });
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        foreach (var p in new[] { nameof(Announcement.DirectionKk), nameof(Announcement.DirectionRu), nameof(Announcement.DirectionEn) })
        {
            b.Property(p).HasMaxLength(300);
        }

        foreach (var p in new[] { nameof(Announcement.DocumentsKk), nameof(Announcement.DocumentsRu), nameof(Announcement.DocumentsEn) })
        {
            b.Property(p).HasMaxLength(4000);
        }

        b.Property(x => x.PostalAddress).HasMaxLength(500);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnouncementRevisionConfiguration : IEntityTypeConfiguration<AnnouncementRevision>
{
    public void Configure(EntityTypeBuilder<AnnouncementRevision> b)
    {
        b.HasIndex(x => new { x.AnnouncementId, x.Revision }).IsUnique();
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Previous).HasMaxLength(20000);
    }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<CouncilApplication>
{
    public void Configure(EntityTypeBuilder<CouncilApplication> b)
    {
        b.ToTable("Applications");
        b.HasOne(x => x.Announcement).WithMany().HasForeignKey(x => x.AnnouncementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ReceiptNumber).IsUnique();
        b.HasIndex(x => new { x.AnnouncementId, x.Status });
        // R8 + "one person cannot hold two live applications": unique among the live ones only.
        // The filter is the same SQL on SQLite and PostgreSQL.
        b.HasIndex(x => new { x.AnnouncementId, x.PersonKey }).IsUnique().HasFilter("\"Status\" <> 'Withdrawn'");
        b.Property(x => x.ReceiptNumber).HasMaxLength(20);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Surname).HasMaxLength(100);
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.Patronymic).HasMaxLength(100);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.PersonKey).HasMaxLength(254);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.LateReason).HasMaxLength(500);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.Property(x => x.ConsentText).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.FullName);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(100);
        b.HasIndex(x => x.StorageKey).IsUnique();
    }
}

internal sealed class ApprovalOrderConfiguration : IEntityTypeConfiguration<ApprovalOrder>
{
    public void Configure(EntityTypeBuilder<ApprovalOrder> b)
    {
        b.HasIndex(x => new { x.CouncilId, x.Date });
        b.Property(x => x.Number).HasMaxLength(50);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class CompositionMemberConfiguration : IEntityTypeConfiguration<CompositionMember>
{
    public void Configure(EntityTypeBuilder<CompositionMember> b)
    {
        b.HasIndex(x => new { x.CouncilId, x.RemovedByOrderId });
        // A member's own councils (workspace, calendar feed, vote access) without scanning every council's members.
        b.HasIndex(x => x.UserId);
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.Organization).HasMaxLength(300);
        b.Property(x => x.Position).HasMaxLength(300);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.Category).HasConversion<int>();
        b.Ignore(x => x.InOffice);
        b.Ignore(x => x.IsDraft);
    }
}
