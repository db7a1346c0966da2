using EgovExport.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EgovExport.Infrastructure.Persistence.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(2);
        b.Property(c => c.Alpha3).HasMaxLength(3);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.NameKo).HasMaxLength(100);
        b.Property(c => c.Region).AsName();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.Region);
        b.HasIndex(c => c.Name);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.NameKo).HasMaxLength(200);
        b.Property(o => o.Kind).AsName();
        b.Property(o => o.Size).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.CountryCode).HasMaxLength(2);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Ignore(o => o.IsSme);
        b.HasOne<Country>().WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.Name);
        b.HasIndex(o => new { o.Kind, o.Name });
    }
}

internal sealed class SolutionConfiguration : IEntityTypeConfiguration<Solution>
{
    public void Configure(EntityTypeBuilder<Solution> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Code).HasMaxLength(20);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.NameKo).HasMaxLength(200);
        b.Property(s => s.Category).AsName();
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OwningAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.Name);
        b.HasIndex(s => s.Category);
    }
}

internal sealed class ExportRecordConfiguration : IEntityTypeConfiguration<ExportRecord>
{
    public void Configure(EntityTypeBuilder<ExportRecord> b)
    {
        b.HasKey(r => r.Year);
        b.Property(r => r.Year).ValueGeneratedNever();
    }
}
