using Kenes.Domain.Law;

namespace Kenes.Domain.Formation;

/// <summary>
/// One invalid input field, named as the web form and the API name it (<see cref="FieldNames"/>),
/// with a stable <see cref="Code"/> (<see cref="FieldViolationCodes"/>) and a plain English message
/// that starts with the norm id; the web layer localizes by code.
/// </summary>
public sealed record FieldViolation(Norm Norm, string Field, string Code, string Message);
