using Kenes.Domain.Law;

namespace Kenes.Domain.Meetings;

/// <summary>
/// M4: "To fulfil this goal, sectoral councils: …" and M5: "In exercising its powers, the sectoral
/// council: …" — the norm behind each agenda item's subject. The subject names are those of
/// <c>Kenes.Infrastructure.Persistence.AgendaSubject</c> (the domain does not reference it).
/// </summary>
[Implements("M4")]
[Implements("M5")]
public static class AgendaSubjectNorms
{
    /// <summary>M4.1: "approves sectoral qualification frameworks developed by the state body".</summary>
    [Implements("M4.1")]
    public const string ApproveQualificationFramework = nameof(ApproveQualificationFramework);

    /// <summary>M4.2: "agrees professional standards developed by the state body".</summary>
    [Implements("M4.2")]
    public const string AgreeProfessionalStandard = nameof(AgreeProfessionalStandard);

    /// <summary>M4.3: "agrees the state body's proposals to amend and supplement the register of professions".</summary>
    [Implements("M4.3")]
    public const string AgreeRegisterChanges = nameof(AgreeRegisterChanges);

    /// <summary>M4.4: "agrees the state body's proposals to develop and/or update professional standards".</summary>
    [Implements("M4.4")]
    public const string AgreeStandardsProposals = nameof(AgreeStandardsProposals);

    /// <summary>M4.5: "agrees the state body's proposals on the conditions for recognizing professional qualifications".</summary>
    [Implements("M4.5")]
    public const string AgreeRecognitionConditions = nameof(AgreeRecognitionConditions);

    /// <summary>M5.2: "requests and receives materials from the state body and other organizations" (secrets excepted).</summary>
    [Implements("M5.2")]
    public const string InformationRequest = nameof(InformationRequest);

    /// <summary>M5.3: "prepares and submits proposals to amend and improve the legal acts on recognition of qualifications".</summary>
    [Implements("M5.3")]
    public const string Proposal = nameof(Proposal);

    /// <summary>Any other matter of the meeting, cited under M9 (meetings of the council).</summary>
    public const string Other = nameof(Other);

    /// <summary>Every subject, in the order of the text.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ApproveQualificationFramework, AgreeProfessionalStandard, AgreeRegisterChanges, AgreeStandardsProposals,
        AgreeRecognitionConditions, InformationRequest, Proposal, Other,
    ];

    /// <summary>
    /// The norm of an agenda subject (ordinal, case-sensitive names).
    /// Interpretation: a "Proposal" cites M5.3, the first kind of proposal M5 lists; proposals on
    /// recognition (M5.4) and on the National Qualifications System (M5.5) need their own subjects
    /// before they can be told apart. "Other" matters cite M9, the norm on meetings.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown subject.</exception>
    public static Norm NormOf(string subject) => Norms.Get(subject switch
    {
        ApproveQualificationFramework => "M4.1",
        AgreeProfessionalStandard => "M4.2",
        AgreeRegisterChanges => "M4.3",
        AgreeStandardsProposals => "M4.4",
        AgreeRecognitionConditions => "M4.5",
        InformationRequest => "M5.2",
        Proposal => "M5.3",
        Other => "M9",
        _ => throw new ArgumentException($"Unknown agenda subject '{subject}'.", nameof(subject)),
    });
}
