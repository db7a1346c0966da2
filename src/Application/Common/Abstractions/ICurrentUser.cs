namespace EgovExport.Application.Common.Abstractions;

/// <summary>Who is making the request; recorded on every transition and status change.</summary>
public interface ICurrentUser
{
    /// <summary>A stable name for the record (user name, client id, or "anonymous").</summary>
    string Name { get; }
}
