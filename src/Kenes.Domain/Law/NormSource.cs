namespace Kenes.Domain.Law;

/// <summary>The part of Order No. 378 a norm comes from.</summary>
public enum NormSource
{
    /// <summary>The order's own paragraphs 1–4 (cited "O1"…"O4").</summary>
    Order,

    /// <summary>Annex 1: Rules for creating sectoral councils (cited "R").</summary>
    Rules,

    /// <summary>Annex 1 to the Rules: the application form (cited "F").</summary>
    ApplicationForm,

    /// <summary>Annex 2: Model Regulation on sectoral councils (cited "M").</summary>
    ModelRegulation,
}
