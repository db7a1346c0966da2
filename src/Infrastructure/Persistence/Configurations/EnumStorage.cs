using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EgovExport.Infrastructure.Persistence.Configurations;

internal static class EnumStorage
{
    /// <summary>Enums are stored by name, so the database reads like the API and survives reordering.</summary>
    public static PropertyBuilder<T> AsName<T>(this PropertyBuilder<T> property) => property.HasConversion<string>().HasMaxLength(40);
}
