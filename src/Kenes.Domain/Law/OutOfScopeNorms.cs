using System.Collections.Frozen;

namespace Kenes.Domain.Law;

/// <summary>
/// Norms that no code implements, each with the reason a lawyer can check. Keeping the reason next
/// to the id (rather than silently skipping the norm) is what lets the traceability test prove
/// that every paragraph of the order was considered.
/// </summary>
public static class OutOfScopeNorms
{
    private const string Approval = "Approval clause of the order itself; it brings the Annexes into force and prescribes no behaviour for a council.";
    private const string MinistryInternal = "Ministry-internal duty of the Ministry of Labour (registration, publication, reporting); performed once in 2023 outside any council's work.";
    private const string LegalBasis = "Legal basis only (Article 12 of the Law on professional qualifications); prescribes no behaviour.";
    private const string Definition = "Definition of a term; it has no behaviour of its own. The system uses the term as a role or entity name, and the behaviour is traced under the norms that use it.";

    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["O1"] = Approval,
        ["O1.1"] = Approval,
        ["O1.2"] = Approval,
        ["O2"] = MinistryInternal,
        ["O2.1"] = MinistryInternal,
        ["O2.2"] = MinistryInternal,
        ["O2.3"] = MinistryInternal,
        ["O3"] = "Assigns control over execution to a Vice-Minister; an internal supervisory duty outside the system.",
        ["O4"] = "Entry into force on 4 September 2023; every council in the system is created after that date, and the working-day calendar starts in 2023, so no date check is needed.",
        ["R1"] = LegalBasis,
        ["R2"] = Definition,
        ["R2.1"] = Definition,
        ["R2.2"] = Definition,
        ["R2.3"] = Definition,
        ["M1"] = LegalBasis,
        ["M2"] = Definition,
        ["M2.1"] = Definition,
        ["M2.2"] = Definition,
        ["M2.3"] = Definition,
        ["M2.4"] = Definition,
        ["M2.5"] = Definition,
        ["M3"] = "Statement of the council's goal; it guides the powers in M4–M5, which are traced themselves.",
        ["M8"] = "A duty of each member to observe deadlines set by other legal acts (Law, art. 9); it binds the member personally and is not a step the system performs.",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
