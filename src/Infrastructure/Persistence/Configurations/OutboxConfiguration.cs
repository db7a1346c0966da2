using EgovExport.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EgovExport.Infrastructure.Persistence.Configurations;

/// <summary>The outbox of domain events, claimed by state and age, read in order per aggregate.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Type).HasMaxLength(100);
        b.Property(m => m.AggregateType).HasMaxLength(40);
        b.Property(m => m.AggregateId).HasMaxLength(100);
        b.Property(m => m.ActorId).HasMaxLength(200);
        b.Property(m => m.RequestId).HasMaxLength(100);
        b.Property(m => m.State).AsName();
        b.Property(m => m.LockedBy).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(2000);

        // A worker claims the oldest pending rows (and those whose lease ran out); a subscriber's feed
        // reads one aggregate's events in order.
        b.HasIndex(m => new { m.State, m.OccurredAt });
        b.HasIndex(m => new { m.AggregateType, m.AggregateId, m.AggregateVersion, m.Sequence });
    }
}
