namespace Parley.Evaluation.Transliteration;

/// <summary>Which forms of a name a scheme is applied to (ERROR-MODEL.md, "Classes").</summary>
internal enum SchemeSource
{
    /// <summary>Ukrainian systems: the Ukrainian forms only.</summary>
    UkrainianOnly,

    /// <summary>Russian systems: the Russian forms, or a Ukrainian name already in Russian letters.</summary>
    RussianOnly,

    /// <summary>Transcriptions used for either language.</summary>
    Either,
}
