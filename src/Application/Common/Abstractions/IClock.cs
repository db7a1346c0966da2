using EgovExport.Domain.Common;

namespace EgovExport.Application.Common.Abstractions;

/// <summary>The current time; a seam so handlers and tests agree on "now".</summary>
public interface IClock
{
    Moment Now { get; }
}
