namespace Parley.Demo.Synthetic;

/// <summary>
/// One surname in both languages and both genders (Іванов/Іванова, Иванов/Иванова), with the
/// genitive used by lists that name people in an oblique case ("звільнити Шевченка"). Immutable.
/// </summary>
internal sealed record SurnameForms(string UkMasculine, string UkFeminine, string RuMasculine, string RuFeminine)
{
    internal static SurnameForms FromLine(string line)
    {
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var uk = parts[0];
        var ru = parts.Length > 1 ? parts[1] : parts[0];
        return new SurnameForms(uk, FeminineUk(uk), ru, FeminineRu(ru));
    }

    internal string Form(bool russian, bool feminine) =>
        russian ? (feminine ? RuFeminine : RuMasculine) : (feminine ? UkFeminine : UkMasculine);

    /// <summary>The genitive of the form, or null where the surname does not decline (feminine Шевченко, Мельник).</summary>
    internal string? Genitive(bool russian, bool feminine)
    {
        var masculine = russian ? RuMasculine : UkMasculine;
        var s = Form(russian, feminine);
        if (feminine)
        {
            if (s == masculine)
            {
                // A noun surname in -а/-я declines for both genders (Сорока → Сороки); others do not.
                return s.EndsWith('а') ? s[..^1] + (russian && !AfterVelar(s) ? "ы" : "и")
                    : s.EndsWith('я') ? s[..^1] + (russian ? "и" : "і")
                    : null;
            }
            if (s.EndsWith("ая", StringComparison.Ordinal))
            {
                return s[..^2] + "ой";
            }
            return s.EndsWith('а') ? s[..^1] + (russian ? "ой" : "ої") : null;
        }
        if (s.EndsWith("ко", StringComparison.Ordinal))
        {
            return russian ? null : s[..^1] + "а";
        }
        if (s.EndsWith("ий", StringComparison.Ordinal) || s.EndsWith("ый", StringComparison.Ordinal) || (russian && s.EndsWith("ой", StringComparison.Ordinal)))
        {
            return s[..^2] + "ого";
        }
        if (s.EndsWith("ець", StringComparison.Ordinal))
        {
            return s[..^3] + "ця";
        }
        if (s.EndsWith("ец", StringComparison.Ordinal))
        {
            return s[..^2] + "ца";
        }
        if (s.EndsWith("ій", StringComparison.Ordinal))
        {
            return s[..^1] + "я";
        }
        if (s.EndsWith('ь') || s.EndsWith('й'))
        {
            return s[..^1] + "я";
        }
        if (s.EndsWith('а'))
        {
            return s[..^1] + (russian && !AfterVelar(s) ? "ы" : "и");
        }
        if (s.EndsWith('я'))
        {
            return s[..^1] + (russian ? "и" : "і");
        }
        if (s.EndsWith('о'))
        {
            return s[..^1] + "а";
        }
        return s + "а";
    }

    private static bool AfterVelar(string s) => s.Length > 1 && "кгхжшчщ".Contains(s[^2]);

    private static string FeminineUk(string m)
    {
        foreach (var sfx in new[] { "ов", "ев", "єв", "ін", "їн", "ин" })
        {
            if (m.EndsWith(sfx, StringComparison.Ordinal))
            {
                return m + "а";
            }
        }
        return m.EndsWith("ий", StringComparison.Ordinal) ? m[..^2] + "а" : m;
    }

    private static string FeminineRu(string m)
    {
        foreach (var sfx in new[] { "ов", "ев", "ёв", "ин", "ын" })
        {
            if (m.EndsWith(sfx, StringComparison.Ordinal))
            {
                return m + "а";
            }
        }
        return m.EndsWith("ий", StringComparison.Ordinal) || m.EndsWith("ый", StringComparison.Ordinal) || m.EndsWith("ой", StringComparison.Ordinal)
            ? m[..^2] + "ая"
            : m;
    }
}
