namespace Kenes.Web.Localization;

/// <summary>Marker for the one shared set of UI texts in kk.json, ru.json and en.json.</summary>
public sealed class Texts;
