using System.Collections.Immutable;
using NodaTime;
using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Talks;

namespace Parley.Store.Demo;

/// <summary>
/// The record of the three 2025 Istanbul rounds from public facts (../shared/data/istanbul-2025.md: venues, times,
/// heads of delegation, the agreements as formulas, the May stages of 390, 307 and 303, the 1,212-for-27 body
/// transfer), with synthetic rosters. The May exchange is replayed to fulfilment; June, the bodies and July are
/// left part-way. Stage dates and sizes the facts do not give are illustrative.
/// </summary>
public static class IstanbulDemo
{
    public const string May = "may-2025";
    public const string June = "june-2025";
    public const string Bodies = "bodies-2025";
    public const string July = "july-2025";

    public static IReadOnlyList<Command> Commands(int seed = 2025)
    {
        var people = new SyntheticPeople(seed);
        var list = new List<Command>();
        Talks(list);
        MayExchange(list, people);
        JuneExchange(list, people);
        BodiesExchange(list, people);
        JulyExchange(list, people);
        return list;
    }

    private static void Talks(List<Command> c)
    {
        c.Add(new RegisterParty("RU", "Russian Federation"));
        c.Add(new RegisterParty("UA", "Ukraine"));
        c.Add(new RegisterMediator("TR", "Türkiye", "Hakan Fidan, Minister of Foreign Affairs"));

        c.Add(new ScheduleRound("r1", 1, "Dolmabahçe Palace (presidential working office)", "Istanbul", "Europe/Istanbul", At(2025, 5, 16, 13, 30), "TR"));
        Delegation(c, "r1", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"),
            ("Mikhail Galuzin", DelegationRole.Member, "Deputy Foreign Minister"),
            ("Igor Kostyukov", DelegationRole.Member, "Head of the Main Directorate of the General Staff"),
            ("Alexander Fomin", DelegationRole.Member, "Deputy Defence Minister"));
        Delegation(c, "r1", "UA", ("Rustem Umerov", DelegationRole.Head, "Minister of Defence"),
            ("Serhiy Kyslytsia", DelegationRole.Member, "First Deputy Foreign Minister"),
            ("Oleksandr Poklad", DelegationRole.Member, "Deputy Head of the Security Service"),
            ("Oleh Luhovskyi", DelegationRole.Member, "First Deputy Head of the Foreign Intelligence Service"),
            ("Oleksiy Shevchenko", DelegationRole.Member, "Deputy Chief of the General Staff"));
        c.Add(new StartRound("r1", At(2025, 5, 16, 13, 30)));
        c.Add(new RecordStatement("r1-medinsky", "r1", "Vladimir Medinsky", "RU", At(2025, 5, 16, 15, 45), "en",
            "in the coming days", new Uri("https://www.themoscowtimes.com/")));
        c.Add(new ConcludeRound("r1", At(2025, 5, 16, 15, 25)));
        c.Add(new RecordAgreement("r1-exchange", "r1", "Prisoner exchange of 1,000 for 1,000",
            "A prisoner exchange of 1,000 for 1,000, the largest since 2022.", "1,000 for 1,000", ["RU", "UA"]));

        c.Add(new ScheduleRound("r2", 2, "Çırağan Palace", "Istanbul", "Europe/Istanbul", At(2025, 6, 2, 13, 0), "TR"));
        Delegation(c, "r2", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"));
        Delegation(c, "r2", "UA", ("Rustem Umerov", DelegationRole.Head, "Minister of Defence"));
        c.Add(new StartRound("r2", At(2025, 6, 2, 14, 35)));
        c.Add(new ConcludeRound("r2", At(2025, 6, 2, 15, 40)));
        c.Add(new RecordAgreement("r2-humanitarian", "r2", "All for all: severely wounded and sick, and those aged 18 to 25",
            "All for all among the severely wounded and seriously ill, and among young soldiers aged 18 to 25, with at least 1,000 from each side in total.",
            "all for all of severely-wounded, seriously-ill; all for all of under-25; at least 1000 in total", ["RU", "UA"]));
        c.Add(new RecordAgreement("r2-bodies", "r2", "Return of 6,000 bodies",
            "Russia hands over 6,000 bodies of fallen Ukrainian soldiers and takes back any Russian bodies Ukraine holds.",
            "6000 for all of bodies", ["RU", "UA"]));

        c.Add(new ScheduleRound("r3", 3, "Çırağan Palace", "Istanbul", "Europe/Istanbul", At(2025, 7, 23, 20, 37), "TR"));
        Delegation(c, "r3", "RU", ("Vladimir Medinsky", DelegationRole.Head, "Presidential aide"));
        Delegation(c, "r3", "UA", ("Rustem Umerov", DelegationRole.Head, "Minister of Defence"));
        c.Add(new StartRound("r3", At(2025, 7, 23, 20, 37)));
        c.Add(new ConcludeRound("r3", At(2025, 7, 23, 21, 16)));
        c.Add(new RecordAgreement("r3-exchange", "r3", "A further exchange of at least 1,200 prisoners of war from each side",
            "A further exchange of at least 1,200 prisoners of war from each side.", "at least 1200 for at least 1200", ["RU", "UA"]));
    }

    /// <summary>Round 1: 1,000 for 1,000 in three stages of 390 (270 military, 120 civilians), 307 and 303. Fulfilled.</summary>
    private static void MayExchange(List<Command> c, SyntheticPeople people)
    {
        c.Add(new OpenExchange(May, "r1-exchange", "RU", "UA"));
        var stages = new[] { ("s1", new LocalDate(2025, 5, 23), 390, 120), ("s2", new LocalDate(2025, 5, 24), 307, 0), ("s3", new LocalDate(2025, 5, 25), 303, 0) };
        foreach (var side in new[] { Side.A, Side.B })
        {
            var roster = new List<RosterEntry>();
            var n = 0;
            foreach (var (_, date, count, civilians) in stages)
            {
                for (var i = 0; i < count; i++)
                {
                    roster.Add(Entry(people, May, side, ++n, date, i < civilians ? "civilian" : "military"));
                }
            }
            c.Add(new ListPersons(May, side, [.. roster]));
        }
        var first = 1;
        foreach (var (stage, date, count, _) in stages)
        {
            c.Add(new PlanStage(May, stage, date, count, count));
            var ids = Range(May, first, count);
            Walk(c, May, stage, date, ids, release: true, close: true);
            first += count;
        }
    }

    /// <summary>Round 2, humanitarian track: two stages closed, a third scheduled but not yet carried out.</summary>
    private static void JuneExchange(List<Command> c, SyntheticPeople people)
    {
        c.Add(new OpenExchange(June, "r2-humanitarian", "RU", "UA"));
        foreach (var side in new[] { Side.A, Side.B })
        {
            var roster = new List<RosterEntry>();
            for (var n = 1; n <= 700; n++)
            {
                var category = n <= 400 ? (n % 3 == 0 ? "seriously-ill" : "severely-wounded") : "under-25";
                roster.Add(Entry(people, June, side, n, new LocalDate(2025, 6, 9), category));
            }
            c.Add(new ListPersons(June, side, [.. roster]));
        }
        c.Add(new PlanStage(June, "s1", new LocalDate(2025, 6, 9), 200, 200));
        Walk(c, June, "s1", new LocalDate(2025, 6, 9), Range(June, 1, 200), release: true, close: true);
        c.Add(new PlanStage(June, "s2", new LocalDate(2025, 6, 10), 250, 250));
        Walk(c, June, "s2", new LocalDate(2025, 6, 10), Range(June, 401, 250), release: true, close: true);
        c.Add(new PlanStage(June, "s3", new LocalDate(2025, 6, 12), 150, 150));
        Walk(c, June, "s3", new LocalDate(2025, 6, 12), Range(June, 201, 150), release: false, close: false);
    }

    /// <summary>Round 2, bodies: the first transfer of 11 June 2025, 1,212 to Ukraine and 27 to Russia; not balanced, and it closes.</summary>
    private static void BodiesExchange(List<Command> c, SyntheticPeople people)
    {
        c.Add(new OpenExchange(Bodies, "r2-bodies", "RU", "UA"));
        var date = new LocalDate(2025, 6, 11);
        c.Add(new ListPersons(Bodies, Side.A, [.. Enumerable.Range(1, 1212).Select(n => Entry(people, Bodies, Side.A, n, date, "bodies"))]));
        c.Add(new ListPersons(Bodies, Side.B, [.. Enumerable.Range(1, 40).Select(n => Entry(people, Bodies, Side.B, n, date, "bodies"))]));
        c.Add(new PlanStage(Bodies, "s1", date, 1212, 27));
        var ids = Id(Bodies, Side.A, 1, 1212).Concat(Id(Bodies, Side.B, 1, 27)).ToImmutableList();
        Walk(c, Bodies, "s1", date, ids, release: true, close: true);
    }

    /// <summary>Round 3: at least 1,200 for at least 1,200; rosters matched and partly verified, nothing released yet.</summary>
    private static void JulyExchange(List<Command> c, SyntheticPeople people)
    {
        c.Add(new OpenExchange(July, "r3-exchange", "RU", "UA"));
        foreach (var side in new[] { Side.A, Side.B })
        {
            c.Add(new ListPersons(July, side, [.. Enumerable.Range(1, 1250).Select(n => Entry(people, July, side, n, new LocalDate(2025, 7, 23), "military"))]));
            var ids = Id(July, side, 1, 1250).ToImmutableList();
            c.Add(new MovePersons(July, Movement.Match, ids, null, null, On(new LocalDate(2025, 7, 30), 10)));
            c.Add(new MovePersons(July, Movement.Verify, Id(July, side, 1, 600).ToImmutableList(), null, null, On(new LocalDate(2025, 8, 6), 10)));
        }
        c.Add(new PlanStage(July, "s1", new LocalDate(2025, 8, 14), 84, 84));
    }

    private static void Delegation(List<Command> c, string round, string party, params (string Name, DelegationRole Role, string Title)[] members)
    {
        foreach (var (name, role, title) in members)
        {
            c.Add(new AppointDelegate(round, party, name, role, title));
        }
    }

    /// <summary>
    /// Takes people through a stage on its date. The facts give the dates only; the hours (matched and verified the
    /// week before, released at 12:00, received at 15:00, closed at 18:00, Kyiv time) are illustrative.
    /// </summary>
    private static void Walk(List<Command> c, string exchange, string stage, LocalDate date, ImmutableList<string> ids, bool release, bool close)
    {
        c.Add(new MovePersons(exchange, Movement.Match, ids, null, null, On(date.PlusDays(-7), 10)));
        c.Add(new MovePersons(exchange, Movement.Verify, ids, null, null, On(date.PlusDays(-3), 10)));
        c.Add(new MovePersons(exchange, Movement.Schedule, ids, stage, null, On(date.PlusDays(-1), 10)));
        if (release)
        {
            c.Add(new MovePersons(exchange, Movement.Release, ids, stage, null, On(date, 12)));
            c.Add(new MovePersons(exchange, Movement.Receive, ids, null, null, On(date, 15)));
        }
        if (close)
        {
            c.Add(new CloseStage(exchange, stage, On(date, 18)));
        }
    }

    private static Instant On(LocalDate date, int hour) =>
        date.At(new LocalTime(hour, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Kyiv"]).ToInstant();

    private static ImmutableList<string> Range(string exchange, int first, int count) =>
        [.. Id(exchange, Side.A, first, count), .. Id(exchange, Side.B, first, count)];

    private static IEnumerable<string> Id(string exchange, Side side, int first, int count) =>
        Enumerable.Range(first, count).Select(n => PersonId(exchange, side, n));

    public static string PersonId(string exchange, Side side, int n) => $"{exchange}-{side}-{n:D5}";

    private static RosterEntry Entry(SyntheticPeople people, string exchange, Side side, int n, LocalDate onDate, string category)
    {
        // Side A (Russia) holds and releases Ukrainians, side B (Ukraine) Russians.
        var ukrainian = side == Side.A;
        var born = category == "under-25" ? people.BornBetween(onDate, 18, 24) : people.BornBetween(onDate, 25, 60);
        return RosterEntry.Of(PersonId(exchange, side, n), people.Next(ukrainian, [category], born));
    }

    private static LocalDateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute);
}
