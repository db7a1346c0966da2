using System.Text.Json;
using EgovExport.Domain.Auditing;

namespace EgovExport.Application.Audit.Common;

/// <summary>One change to one record, with its values before and after.</summary>
public sealed record AuditEntryDto(
    Guid Id,
    DateTime At,
    string ActorKind,
    string ActorId,
    string ActorName,
    AuditAction Action,
    string? Operation,
    string RecordType,
    string RecordId,
    string? RecordLabel,
    JsonElement? Before,
    JsonElement? After,
    string? RequestId)
{
    public static AuditEntryDto From(AuditEntry e) => new(
        e.Id, e.At, e.ActorKind, e.ActorId, e.ActorName, e.Action, e.Operation, e.RecordType, e.RecordId, e.RecordLabel,
        Parse(e.Before), Parse(e.After), e.RequestId);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
