using Kenes.Domain.Formation;
using Kenes.Domain.Law;

namespace Kenes.Web.Features.Commands;

/// <summary>How a command ended. The RFC 7807 adapter (<see cref="CommandProblems"/>) maps each to one HTTP status.</summary>
public enum CommandStatus
{
    Ok,

    /// <summary>Input is malformed or breaks a field rule; nothing was saved (422, or 400 for unparsable input).</summary>
    Invalid,

    /// <summary>The step is out of the law's order for the record's current state (409); nothing was saved.</summary>
    OutOfOrder,

    /// <summary>The record changed since it was read (version check, 409); nothing was saved.</summary>
    Conflict,

    NotFound,

    Forbidden,
}

/// <summary>
/// The one result shape of every command at the edges (pages and API): ok, or the violations that
/// stopped it, each naming its norm, field and stable code. The texts are rendered from the codes in
/// the reader's language by <see cref="CommandProblems"/> (API) and <see cref="CommandModelState"/>
/// (pages); the English <see cref="FieldViolation.Message"/> is only a fallback for a missing key.
/// </summary>
public record CommandResult(CommandStatus Status, IReadOnlyList<FieldViolation> Violations)
{
    public static readonly CommandResult Done = new(CommandStatus.Ok, []);
    public static readonly CommandResult NotFound = new(CommandStatus.NotFound, []);
    public static readonly CommandResult Forbidden = new(CommandStatus.Forbidden, []);

    /// <summary>A version conflict without a specific norm.</summary>
    public static readonly CommandResult Stale = new(CommandStatus.Conflict, []);

    public bool Ok => Status == CommandStatus.Ok;

    public static CommandResult Invalid(IEnumerable<FieldViolation> violations) => new(CommandStatus.Invalid, violations.ToList());

    public static CommandResult Invalid(string normId, string field, string code, string message) =>
        Invalid([new FieldViolation(Norms.Get(normId), field, code, message)]);

    /// <summary>A step the lifecycle refused (wrong state or date for it): 409 in the API.</summary>
    public static CommandResult OutOfOrder(IEnumerable<FieldViolation> violations) => new(CommandStatus.OutOfOrder, violations.ToList());

    public static CommandResult Conflict(FieldViolation violation) => new(CommandStatus.Conflict, [violation]);
}

/// <summary>A command result that carries what the command produced when it succeeded.</summary>
public sealed record CommandResult<T>(CommandStatus Status, IReadOnlyList<FieldViolation> Violations, T? Value)
    : CommandResult(Status, Violations)
{
    public static CommandResult<T> Success(T value) => new(CommandStatus.Ok, [], value);

    public static CommandResult<T> From(CommandResult failure) => new(failure.Status, failure.Violations, default);
}
