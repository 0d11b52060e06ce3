using Kenes.Domain.Formation;

namespace Kenes.Domain.Lifecycles;

/// <summary>
/// The answer of a lifecycle (call, composition and council, meeting) to a requested step: either the
/// state the step leads to, or the violations — each naming its norm and a stable code — that forbid
/// it. A refused step leaves <see cref="State"/> at the current state so callers can show where the
/// record stands. Pages, endpoints, documents and mails ask the lifecycle and act on this answer;
/// they never re-derive the state themselves (DESIGN.md §4).
/// </summary>
/// <typeparam name="TState">The lifecycle's state enum.</typeparam>
public sealed record Transition<TState>(TState State, IReadOnlyList<FieldViolation> Violations)
    where TState : struct, Enum
{
    /// <summary>True when the step may be taken; <see cref="State"/> is then the state it leads to.</summary>
    public bool Allowed => Violations.Count == 0;

    public static Transition<TState> To(TState next) => new(next, []);

    public static Transition<TState> Refused(TState current, params FieldViolation[] violations)
    {
        if (violations.Length == 0)
        {
            throw new ArgumentException("A refusal names at least one violation.", nameof(violations));
        }

        return new(current, violations);
    }
}
