using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Talks;

namespace Parley.Demo;

public static partial class IstanbulDemo
{
    private static void Talks(DemoScript s)
    {
        var m = DemoActors.Mediator;
        s.Do(new RegisterParty("RU", "Russian Federation"), m);
        s.Do(new RegisterParty("UA", "Ukraine"), m);
        s.Do(new RegisterMediator("TR", "Türkiye", "Hakan Fidan, Minister of Foreign Affairs"), m);

        s.Do(new ScheduleRound("r1", 1, "Dolmabahçe Palace (presidential working office)", "Istanbul", "Europe/Istanbul", At(2025, 5, 16, 13, 30), "TR", Announced(2025, 5, 16)), m);
        Delegation(s, "r1", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"),
            ("Mikhail Galuzin", DelegationRole.Member, "Deputy Foreign Minister"),
            ("Igor Kostyukov", DelegationRole.Member, "Head of the Main Directorate of the General Staff"),
            ("Alexander Fomin", DelegationRole.Member, "Deputy Defence Minister"));
        Delegation(s, "r1", "UA", ("Rustem Umerov", DelegationRole.Head, "Minister of Defence"),
            ("Serhiy Kyslytsia", DelegationRole.Member, "First Deputy Foreign Minister"),
            ("Oleksandr Poklad", DelegationRole.Member, "Deputy Head of the Security Service"),
            ("Oleh Luhovskyi", DelegationRole.Member, "First Deputy Head of the Foreign Intelligence Service"),
            ("Oleksiy Shevchenko", DelegationRole.Member, "Deputy Chief of the General Staff"));
        s.Do(new StartRound("r1", At(2025, 5, 16, 13, 30)), m);
        Statements(s);
        s.Do(new ConcludeRound("r1", At(2025, 5, 16, 15, 25)), m);
        s.Do(new RecordAgreement("r1-exchange", "r1", "Prisoner exchange of 1,000 for 1,000",
            "A prisoner exchange of 1,000 for 1,000, the largest since 2022.", "1,000 for 1,000", ["RU", "UA"]), m);

        s.Do(new ScheduleRound("r2", 2, "Çırağan Palace", "Istanbul", "Europe/Istanbul", At(2025, 6, 2, 13, 0), "TR", Announced(2025, 6, 2)), m);
        Delegation(s, "r2", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"));
        Delegation(s, "r2", "UA", ("Rustem Umerov", DelegationRole.Head, "Minister of Defence"));
        s.Do(new StartRound("r2", At(2025, 6, 2, 14, 35)), m);
        s.Do(new ConcludeRound("r2", At(2025, 6, 2, 15, 40)), m);
        s.Do(new RecordAgreement("r2-humanitarian", "r2", "All for all: severely wounded and sick, and those aged 18 to 25",
            "All for all among the severely wounded and seriously ill, and among young soldiers aged 18 to 25, with at least 1,000 from each side in total.",
            "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total", ["RU", "UA"]), m);
        s.Do(new RecordAgreement("r2-bodies", "r2", "Return of 6,000 bodies",
            "Russia hands over 6,000 bodies of fallen Ukrainian soldiers and takes back any Russian bodies Ukraine holds.",
            "6000 for all of bodies", ["RU", "UA"]), m);
        Outcome(s, "r2-memoranda", "r2", At(2025, 6, 2, 15, 45), key: false,
            "The delegations exchanged **memoranda** on a settlement. The round lasted just over an hour and was held in Russian.");
        Outcome(s, "r2-children", "r2", At(2025, 6, 2, 15, 50), key: true,
            "Ukraine handed over a **list of 339 children** it asks to be returned.");

        s.Do(new ScheduleRound("r3", 3, "Çırağan Palace", "Istanbul", "Europe/Istanbul", At(2025, 7, 23, 20, 37), "TR", Announced(2025, 7, 23)), m);
        Delegation(s, "r3", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"));
        // Appointed on 17 July 2025 (Data/istanbul-2025.md), no longer defence minister by round 3.
        Delegation(s, "r3", "UA", ("Rustem Umerov", DelegationRole.Head, "Secretary of the National Security and Defence Council"));
        s.Do(new StartRound("r3", At(2025, 7, 23, 20, 37)), m);
        s.Do(new ConcludeRound("r3", At(2025, 7, 23, 21, 16)), m);
        s.Do(new RecordAgreement("r3-exchange", "r3", "A further exchange of at least 1,200 prisoners of war from each side",
            "A further exchange of at least 1,200 prisoners of war from each side.", "at least 1200 for at least 1200", ["RU", "UA"]), m);
        Outcome(s, "r3-proposals", "r3", At(2025, 7, 23, 21, 30), key: true,
            "Russia offered to hand over **3,000 more bodies** and proposed to include **some 30 civilians** in the exchange. "
            + "Proposed: local pauses of 24 to 48 hours to collect the wounded and the dead, and three online working groups "
            + "(political, humanitarian, military).");
    }

    /// <summary>
    /// A round's known outcome (Data/istanbul-2025.md) as a press entry, dated when it was reported at the venue's time (the
    /// facts give the day; the hour, just after the round ended, is illustrative), credited to the demo's press desk.
    /// </summary>
    private static void Outcome(DemoScript s, string id, string round, LocalDateTime at, bool key, string markdown) =>
        s.Do(new PostEntry(id, round, markdown, key, Byline: DemoByline,
            At: at.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Istanbul"]).ToInstant()), DemoActors.Press);

    /// <summary>Whom the demo's press entries credit: the demo's own desk, no person.</summary>
    private const string DemoByline = "Parley demo press desk";

    /// <summary>
    /// Round 1's statements, as "an English-language report of the day gave them" (Data/istanbul-2025.md): all three said in
    /// Russian. Medinsky's words are known in Russian; the two deputies' only in English translation, so the record keeps
    /// the translation, marked as such, and no invented original. The facts name the day's outlets, not the article
    /// that carried each quote, so each statement cites the day's two English-language outlets, seen on 16 May; the
    /// hours are illustrative (after the round ended).
    /// </summary>
    private static void Statements(DemoScript s)
    {
        var m = DemoActors.Mediator;
        var seen = Announced(2025, 5, 16).Plus(Duration.FromHours(9));
        ImmutableList<StatementSource> day =
        [
            new(new Uri("https://www.themoscowtimes.com/"), "The Moscow Times", seen),
            new(new Uri("https://english.pravda.ru/"), "Pravda.ru (English)", seen),
        ];
        s.Do(new RecordStatement("r1-medinsky", "r1", "Vladimir Medinsky", "RU", At(2025, 5, 16, 15, 45), "ru", "в ближайшие дни",
            Sources: day, Translations: [new Translation("en", "in the coming days")]), m);
        s.Do(new RecordStatement("r1-duma-deputy", "r1", "A senior Russian deputy (unnamed in the report)", "RU", At(2025, 5, 16, 16, 0), "ru", null,
            Sources: day, Translations: [new Translation("en",
                "The most important thing is that this meeting took place, despite the serious resistance of the Ukrainians, who as if tried in every way to thwart this meeting, this stage of negotiations")]), m);
        s.Do(new RecordStatement("r1-chepa", "r1", "Alexei Chepa (State Duma)", "RU", At(2025, 5, 16, 16, 0), "ru", null,
            Sources: day, Translations: [new Translation("en", "big result")]), m);
    }

    private static void Delegation(DemoScript s, string round, string party, params (string Name, DelegationRole Role, string Title)[] members)
    {
        foreach (var (name, role, title) in members)
        {
            s.Do(new AppointDelegate(round, party, name, role, title), DemoActors.Mediator);
        }
    }

    private static LocalDateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute);

    /// <summary>When a round's scheduling is dated on its page: the facts give no announcement date, so the morning of the day (illustrative).</summary>
    private static Instant Announced(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Istanbul"]).ToInstant();
}
