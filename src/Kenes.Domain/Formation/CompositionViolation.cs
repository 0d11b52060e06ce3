using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>
/// One way a draft composition breaks the order. <see cref="Code"/> is stable (the web layer
/// localizes by it); <see cref="Message"/> is a plain English sentence that starts with the norm id.
/// </summary>
/// <param name="MemberId">The member the problem is about, when it is about one member.</param>
public sealed record CompositionViolation(Norm Norm, string Code, string Message, Guid? MemberId = null);
