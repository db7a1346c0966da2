using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EgovExport.Infrastructure.Persistence.Configurations;

/// <summary>
/// A project is one row: its gate records, consortium, funding and status history are JSON columns of
/// that row, so reading a project is one statement. Transitions and solution links are tables of their
/// own because they are queried across projects (timelines, filters, statistics).
/// </summary>
internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ExportProject>
{
    public void Configure(EntityTypeBuilder<ExportProject> b)
    {
        b.ToTable("Projects");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Code).HasMaxLength(20);
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.CountryCode).HasMaxLength(2);
        b.Property(p => p.OwnerId).HasMaxLength(200);
        b.Property(p => p.OriginalCurrency).HasMaxLength(3);
        b.Property(p => p.CreatedBy).HasMaxLength(200);
        b.Property(p => p.SearchText).HasMaxLength(230);

        // Stage is stored as its number (1..5) so that sorting by stage follows the pipeline's order.
        b.Property(p => p.Stage).HasConversion<int>();
        b.Property(p => p.Status).AsName();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.SmeSharePercent);
        b.Ignore(p => p.FundingTotal);

        b.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ExportProject>().WithMany().HasForeignKey(p => p.FollowsProjectId).OnDelete(DeleteBehavior.Restrict);

        b.OwnsOne(p => p.Inquiry, o =>
        {
            o.ToJson();
            o.Property(i => i.Channel).AsName();
        });
        b.OwnsOne(p => p.Mou, o => o.ToJson());
        b.OwnsOne(p => p.Contract, o => o.ToJson());
        b.OwnsOne(p => p.Maintenance, o => o.ToJson());
        b.OwnsMany(p => p.ConsultingEngagements, o =>
        {
            o.ToJson();
            o.Property(c => c.Type).AsName();
            o.Property(c => c.CostBearer).AsName();
        });
        b.Navigation(p => p.ConsultingEngagements).HasField("_consulting");
        b.OwnsMany(p => p.Consortium, o =>
        {
            o.ToJson();
            o.Property(m => m.Role).AsName();
        });
        b.OwnsMany(p => p.Funding, o =>
        {
            o.ToJson();
            o.Property(f => f.Source).AsName();
        });
        b.Navigation(p => p.Funding).HasField("_funding");
        b.OwnsMany(p => p.StatusChanges, o =>
        {
            o.ToJson();
            o.Property(s => s.From).AsName();
            o.Property(s => s.To).AsName();
            o.Property(s => s.LossReason).HasConversion<string>().HasMaxLength(40);
        });

        b.HasMany(p => p.Solutions).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Participants).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);

        // An index for every filter and every sort of the project list.
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Title);
        b.HasIndex(p => p.EstimatedValueUsd);
        b.HasIndex(p => p.ExpectedDecisionOn);
        b.HasIndex(p => p.Probability);
        b.HasIndex(p => p.StageEnteredAt);
        b.HasIndex(p => p.CreatedAt);
        b.HasIndex(p => p.UpdatedAt);
        b.HasIndex(p => new { p.Stage, p.UpdatedAt });
        b.HasIndex(p => new { p.Stage, p.EstimatedValueUsd });
        b.HasIndex(p => new { p.Status, p.UpdatedAt });
        b.HasIndex(p => new { p.CountryCode, p.UpdatedAt });
        b.HasIndex(p => new { p.LeadAgencyId, p.UpdatedAt });
        b.HasIndex(p => p.FollowsProjectId);

        // Text search (q) matches anywhere in the code and title. A plain index lets SQLite and SQL
        // Server count matches from the narrow index instead of the wide rows; PostgreSQL makes it a
        // trigram index that serves LIKE '%text%' directly (see PostgreSqlEgovExportDbContext).
        b.HasIndex(p => p.SearchText);
    }
}

internal sealed class ProjectSolutionConfiguration : IEntityTypeConfiguration<ProjectSolution>
{
    public void Configure(EntityTypeBuilder<ProjectSolution> b)
    {
        b.HasKey(s => new { s.ProjectId, s.SolutionId });
        b.HasOne<Solution>().WithMany().HasForeignKey(s => s.SolutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.SolutionId);
    }
}

internal sealed class ProjectParticipantConfiguration : IEntityTypeConfiguration<ProjectParticipant>
{
    public void Configure(EntityTypeBuilder<ProjectParticipant> b)
    {
        b.ToTable("ProjectParticipants");
        b.HasKey(m => new { m.ProjectId, m.OrganizationId });
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);

        // A company's project list starts here: its projects by organization.
        b.HasIndex(m => new { m.OrganizationId, m.ProjectId });
    }
}

internal sealed class StageTransitionConfiguration : IEntityTypeConfiguration<StageTransition>
{
    public void Configure(EntityTypeBuilder<StageTransition> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.FromStage).HasConversion<int?>();
        b.Property(t => t.ToStage).HasConversion<int>();
        b.Property(t => t.By).HasMaxLength(200);
        b.Property(t => t.Reason).HasMaxLength(2100);
        b.HasIndex(t => new { t.ProjectId, t.OccurredAt });
    }
}
