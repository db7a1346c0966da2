using EgovExport.Domain.Auditing;
using EgovExport.Domain.Catalog;
using EgovExport.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EgovExport.Infrastructure.Persistence.Configurations;

/// <summary>The audit trail: append-only (the migrations add triggers that refuse updates and deletes).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.ActorKind).HasMaxLength(20);
        b.Property(a => a.ActorId).HasMaxLength(200);
        b.Property(a => a.ActorName).HasMaxLength(256);
        b.Property(a => a.Action).AsName();
        b.Property(a => a.Operation).HasMaxLength(100);
        b.Property(a => a.RecordType).HasMaxLength(40);
        b.Property(a => a.RecordId).HasMaxLength(100);
        b.Property(a => a.RecordLabel).HasMaxLength(256);
        b.Property(a => a.RequestId).HasMaxLength(100);

        // The filters of the audit list: one record's history, one actor's changes, a time span.
        b.HasIndex(a => new { a.RecordType, a.RecordId, a.At });
        b.HasIndex(a => new { a.ActorId, a.At });
        b.HasIndex(a => a.At);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.OrganizationId);
    }
}
