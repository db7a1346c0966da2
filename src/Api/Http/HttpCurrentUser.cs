using EgovExport.Application.Common.Abstractions;

namespace EgovExport.Api.Http;

/// <summary>The caller as the HTTP request identifies it.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Name => accessor.HttpContext?.User.Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
