using System.Collections.Frozen;
using System.Globalization;

namespace Parley.Server.Live;

/// <summary>The words of the live broadcast in English, Ukrainian and Russian: the page's own and the automatic entries'.</summary>
public static class Texts
{
    private static readonly FrozenDictionary<string, (string En, string Uk, string Ru)> All = new Dictionary<string, (string, string, string)>
    {
        ["site"] = ("Parley live", "Parley наживо", "Parley в прямом эфире"),
        ["index.title"] = ("Live broadcasts of the talks and the exchanges", "Прямі трансляції переговорів і обмінів", "Прямые трансляции переговоров и обменов"),
        ["index.round"] = ("Round {0}: {1}, {2}", "Раунд {0}: {1}, {2}", "Раунд {0}: {1}, {2}"),
        ["index.exchange"] = ("Exchange: {0}", "Обмін: {0}", "Обмен: {0}"),
        ["skip"] = ("Skip to content", "Перейти до змісту", "Перейти к содержанию"),
        ["live"] = ("Live", "Наживо", "Онлайн"),
        ["entries"] = ("Updates, newest first", "Оновлення, найновіші першими", "Обновления, сначала новые"),
        ["no.entries"] = ("No updates yet.", "Оновлень поки немає.", "Обновлений пока нет."),
        ["key"] = ("Key event", "Ключова подія", "Ключевое событие"),
        ["correction"] = ("Correction", "Виправлення", "Исправление"),
        ["corrects"] = ("This corrects an earlier entry", "Це виправляє попередній запис", "Это исправляет предыдущую запись"),
        ["corrected"] = ("Corrected; the original is struck through", "Виправлено; оригінал закреслено", "Исправлено; оригинал зачёркнут"),
        ["figures"] = ("Figures", "Цифри", "Цифры"),
        ["returned.each"] = ("returned so far: {0} of {1} each side", "повернуто на цей час: {0} з {1} з кожного боку", "возвращено на данный момент: {0} из {1} с каждой стороны"),
        ["returned.sides"] = ("returned so far: {0} released by {1}, {2} released by {3}", "повернуто на цей час: {0} звільнено {1}, {2} звільнено {3}", "возвращено на данный момент: {0} освобождено {1}, {2} освобождено {3}"),
        ["terms"] = ("Terms: {0}", "Умови: {0}", "Условия: {0}"),
        ["chart"] = ("Progress by stage", "Хід за етапами", "Ход по этапам"),
        ["chart.desc"] = ("Released per side in each stage, against the number planned.", "Звільнено кожною стороною на кожному етапі порівняно із запланованим.", "Освобождено каждой стороной на каждом этапе по сравнению с запланированным."),
        ["stage"] = ("Stage {0}", "Етап {0}", "Этап {0}"),
        ["stage.row"] = ("Stage {0} ({1}): {2} of {3} planned released by {4}; {5} of {6} by {7}", "Етап {0} ({1}): {4} звільнено {2} із {3} запланованих; {7} — {5} із {6}", "Этап {0} ({1}): {4} освобождено {2} из {3} запланированных; {7} — {5} из {6}"),
        ["times"] = ("Times are in the venue's zone, {0}.", "Час указано в поясі місця переговорів, {0}.", "Время указано в поясе места переговоров, {0}."),
        ["your.time"] = ("your time", "ваш час", "ваше время"),
        ["feeds"] = ("Follow: Atom feed, JSON feed", "Стежити: стрічка Atom, стрічка JSON", "Следить: лента Atom, лента JSON"),
        ["languages"] = ("Language", "Мова", "Язык"),
        ["not.found"] = ("There is no live broadcast '{0}'.", "Немає прямої трансляції «{0}».", "Нет прямой трансляции «{0}»."),
        ["record"] = ("From the public record of Parley: every entry is an event in one append-only log.", "З публічного реєстру Parley: кожен запис — подія в єдиному журналі лише для додавання.", "Из публичного реестра Parley: каждая запись — событие в едином журнале только для добавления."),

        ["auto.round.scheduled"] = ("Round {0} of talks is scheduled at {1}, {2}, for {3}.", "Раунд переговорів {0} призначено: {1}, {2}, на {3}.", "Раунд переговоров {0} назначен: {1}, {2}, на {3}."),
        ["auto.round.started"] = ("Round {0} of talks has begun at {1}, {2}.", "Раунд переговорів {0} розпочався: {1}, {2}.", "Раунд переговоров {0} начался: {1}, {2}."),
        ["auto.round.concluded"] = ("Round {0} of talks has ended after {1} minutes.", "Раунд переговорів {0} завершився через {1} хв.", "Раунд переговоров {0} завершился через {1} мин."),
        ["auto.agreement.reached"] = ("Agreement reached: {0}. Exchange formula: {1}.", "Досягнуто згоди: {0}. Формула обміну: {1}.", "Достигнуто соглашение: {0}. Формула обмена: {1}."),
        ["auto.agreement.reached.plain"] = ("Agreement reached: {0}.", "Досягнуто згоди: {0}.", "Достигнуто соглашение: {0}."),
        ["auto.statement.recorded"] = ("{0} ({1}): “{2}”", "{0} ({1}): «{2}»", "{0} ({1}): «{2}»"),
        ["auto.exchange.opened"] = ("The exchange between {0} and {1} is open: {2}.", "Обмін між {0} і {1} відкрито: {2}.", "Обмен между {0} и {1} открыт: {2}."),
        ["auto.stage.planned"] = ("Stage {0} is planned for {1}: {2} from {3}, {4} from {5}.", "Етап {0} заплановано на {1}: {2} від {3}, {4} від {5}.", "Этап {0} запланирован на {1}: {2} от {3}, {4} от {5}."),
        ["auto.stage.closed"] = ("Stage {0} is complete: {1} released by {2}, {3} by {4}.", "Етап {0} завершено: {2} звільнено {1}, {4} — {3}.", "Этап {0} завершён: {2} освобождено {1}, {4} — {3}."),
        ["auto.exchange.fulfilled"] = ("The exchange is fulfilled: {0} released by {1}, {2} by {3}.", "Обмін виконано: {1} звільнено {0}, {3} — {2}.", "Обмен выполнен: {1} освобождено {0}, {3} — {2}."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Get(string key, string language) => All[key] switch
    {
        var (en, uk, ru) => language switch { "uk" => uk, "ru" => ru, _ => en },
    };

    /// <summary>A text with its values, numbers grouped the reader's way (1,000 / 1 000).</summary>
    public static string Format(string key, string language, params object?[] args)
    {
        var culture = Language.Culture(language);
        return string.Format(culture, Get(key, language), args.Select(a => a switch
        {
            int n => n.ToString("N0", culture),
            NodaTime.ZonedDateTime z => Time(z, language),
            NodaTime.LocalDate d => d.ToString("d MMMM uuuu", culture),
            _ => a,
        }).ToArray());
    }

    /// <summary>A time as the venue's clocks showed it, e.g. "16 May 2025, 13:30".</summary>
    public static string Time(NodaTime.ZonedDateTime time, string language) =>
        time.ToString("d MMMM uuuu, HH:mm", Language.Culture(language));

    public static string Format(AutoText auto, string language) => Format("auto." + auto.Kind, language, [.. auto.Args]);

    public static string Number(int n, string language) => n.ToString("N0", Language.Culture(language));

    internal static IEnumerable<string> Keys => All.Keys;

    internal static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
