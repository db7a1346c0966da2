using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Common;

namespace EgovExport.Infrastructure.Services;

internal sealed class SystemClock(TimeProvider time) : IClock
{
    public Moment Now => Moment.At(time.GetUtcNow().UtcDateTime);
}
