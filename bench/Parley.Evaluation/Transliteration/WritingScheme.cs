using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Transliteration;

/// <summary>A way of writing names in another script, with its tables for Ukrainian and Russian text.</summary>
internal sealed class WritingScheme(string id, ErrorClass errorClass, SchemeSource source, string ukrainianTable, string russianTable)
{
    private readonly Lazy<SchemeTable?> _ukrainian = new(() => ukrainianTable.Length > 0 ? new SchemeTable(ukrainianTable) : null);
    private readonly Lazy<SchemeTable?> _russian = new(() => russianTable.Length > 0 ? new SchemeTable(russianTable) : null);

    public string Id { get; } = id;

    public ErrorClass Class { get; } = errorClass;

    public SchemeSource Source { get; } = source;

    public bool IsLatin => ClassCatalog.IsLatin(Class);

    public bool Cased => (_russian.Value ?? _ukrainian.Value)!.Cased;

    /// <summary>The table for text in the given form: Russian letters use the Russian table.</summary>
    public SchemeTable Table(NameForm form) =>
        (form == NameForm.Ukrainian ? _ukrainian.Value ?? _russian.Value : _russian.Value ?? _ukrainian.Value)!;

    public string Apply(string text, NameForm form) => text.Length == 0 ? text : Table(form).Apply(text);
}
