namespace Parley.Evaluation.Transliteration;

/// <summary>The Cyrillic a record's names are in before any transliteration.</summary>
internal enum NameForm
{
    /// <summary>Ukrainian names in Ukrainian spelling.</summary>
    Ukrainian,

    /// <summary>The Russian forms of the names (Николай Александрович Олейник).</summary>
    Russian,

    /// <summary>The Ukrainian names in Russian letters (Мыкола Олександровыч Олийнык).</summary>
    LetterMapped,
}
