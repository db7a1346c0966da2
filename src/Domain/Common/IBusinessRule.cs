namespace EgovExport.Domain.Common;

/// <summary>
/// One rule of the pipeline that depends on the state of an aggregate (not on the shape of the input).
/// A broken rule is a conflict: the request was well formed, but the project's state forbids it.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }

    /// <summary>A stable name for clients and logs, e.g. <c>ContractMustBeCoveredByFunding</c>.</summary>
    string Name => GetType().Name;
}
