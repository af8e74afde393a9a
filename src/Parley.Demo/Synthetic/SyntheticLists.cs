using Parley.Matching.Records;

namespace Parley.Demo.Synthetic;

/// <summary>
/// Makes two sides' lists of the same population, with the ground truth, for tests and accuracy
/// benchmarks. Pure and deterministic: the same people count and seed give the same lists on every
/// machine (no dependence on culture, hash ordering or thread scheduling).
/// </summary>
/// <remarks>
/// Each person is on both lists (70%), the left only (15%) or the right only (15%). The left list is
/// Ukraine's request list in Ukrainian Cyrillic; the right list renders each person in Ukrainian
/// Cyrillic (20%), Russian Cyrillic with Russian forms of the names (30%), or Latin under one of the
/// registered schemes (50%), and then, for about two thirds of the people, makes one error: a declined
/// surname, swapped order, a wrong date of birth, a typo, or a sparse record. About 4% of people are
/// namesakes of someone else — same surname and given name, usually the same patronymic, a close date
/// of birth — the hard negatives a matcher must keep apart.
/// </remarks>
public static partial class SyntheticLists
{
    /// <summary>The share of people on the left list only, and (the same) on the right list only.</summary>
    public const double OneSidedShare = 0.15;

    /// <summary>The share of people who are namesakes of another person (same name, close date of birth).</summary>
    public const double NamesakeShare = 0.04;

    private const ulong PersonStream = 0x5045_5253_4F4E;
    private const ulong NamesakeStream = 0x4E41_4D45_5341;
    private const ulong LeftStream = 0x4C45_4654;
    private const ulong RightStream = 0x5249_4748_54;
    private const ulong OrderStream = 0x4F52_4445_52;

    /// <summary>Generates <paramref name="people"/> people and the two lists and truth that describe them.</summary>
    public static SyntheticDataset Generate(int people, int seed) => Generate(people, seed, progress: null);

    /// <summary>
    /// Generates <paramref name="people"/> people; <paramref name="progress"/> receives the fraction done
    /// (0 to 1), from the calling thread or a worker thread.
    /// </summary>
    public static SyntheticDataset Generate(int people, int seed, IProgress<double>? progress)
    {
        Preconditions.CheckRange(people, 0, 50_000_000, nameof(people));
        var pools = NamePools.Instance;
        long done = 0;
        var total = Math.Max(1, people * 3L);
        void Step(long count)
        {
            if (progress is not null)
            {
                var now = Interlocked.Add(ref done, count);
                progress.Report(Math.Min(1.0, (double)now / total));
            }
        }

        var persons = new Person[people];
        ForEach(people, i =>
        {
            var random = new SeededRandom(seed, i, PersonStream);
            persons[i] = NewPerson(pools, ref random);
        }, Step);
        AddNamesakes(persons, seed);

        var leftOrder = Order(persons, seed, 1, p => p.Presence != Presence.RightOnly);
        var rightOrder = Order(persons, seed, 2, p => p.Presence != Presence.LeftOnly);
        var width = Math.Max(6, people.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

        var left = new ListRecord[leftOrder.Length];
        ForEach(leftOrder.Length, position =>
        {
            var index = leftOrder[position];
            var random = new SeededRandom(seed, index, LeftStream);
            left[position] = RenderLeft(persons[index], Id("UA-", position, width), position + 2, ref random);
        }, Step);

        var right = new ListRecord[rightOrder.Length];
        var classes = new string?[people];
        var rightIds = new string?[people];
        ForEach(rightOrder.Length, position =>
        {
            var index = rightOrder[position];
            var random = new SeededRandom(seed, index, RightStream);
            var id = Id("RU-", position, width);
            (right[position], classes[index]) = RenderRight(persons[index], id, position + 2, ref random);
            rightIds[index] = id;
        }, Step);

        var truth = new List<TruthPair>(leftOrder.Length);
        for (var position = 0; position < leftOrder.Length; position++)
        {
            var index = leftOrder[position];
            if (persons[index].Presence == Presence.Both)
            {
                truth.Add(new TruthPair(left[position].Id, rightIds[index]!, classes[index]!));
            }
        }
        progress?.Report(1.0);
        return new SyntheticDataset(left, right, truth);
    }

    private static string Id(string prefix, int position, int width) =>
        prefix + (position + 1).ToString("D" + width.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="body"/> for 0..count-1, in parallel for large counts; each index writes only its own slot.</summary>
    private static void ForEach(int count, Action<int> body, Action<long> step)
    {
        const int Chunk = 4096;
        if (count < 4 * Chunk)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            step(count);
            return;
        }
        var chunks = (count + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c =>
        {
            var end = Math.Min(count, (c + 1) * Chunk);
            for (var i = c * Chunk; i < end; i++)
            {
                body(i);
            }
            step(end - (c * Chunk));
        });
    }

    /// <summary>The indices of the people on one list, in a seeded random order (Fisher–Yates).</summary>
    private static int[] Order(Person[] persons, int seed, int side, Func<Person, bool> present)
    {
        var indices = new List<int>(persons.Length);
        for (var i = 0; i < persons.Length; i++)
        {
            if (present(persons[i]))
            {
                indices.Add(i);
            }
        }
        int[] order = [.. indices];
        var random = new SeededRandom(seed, side, OrderStream);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    private static Person NewPerson(NamePools pools, ref SeededRandom random)
    {
        var feminine = random.Chance(0.12);
        var russianOrigin = random.Chance(0.3);
        var year = random.Next(1962, 2006);
        var month = random.Next(1, 13);
        var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
        var presence = random.NextDouble();
        const string SeriesLetters = "АВЕКМНОРСТ";
        var serviceNumber = string.Concat(
            SeriesLetters[random.Next(SeriesLetters.Length)].ToString(),
            SeriesLetters[random.Next(SeriesLetters.Length)].ToString(),
            random.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Person
        {
            Feminine = feminine,
            Given = (feminine ? pools.Female : pools.Male).Draw(ref random),
            Father = pools.Male.Draw(ref random),
            Surname = (russianOrigin ? pools.RussianSurnames : pools.UkrainianSurnames).Draw(ref random),
            MotherMaiden = (random.Chance(0.3) ? pools.RussianSurnames : pools.UkrainianSurnames).Draw(ref random),
            Year = year,
            Month = month,
            Day = day,
            ServiceNumber = serviceNumber,
            Rank = pools.Ranks.DrawIndex(ref random),
            Birthplace = pools.Places.DrawIndex(ref random),
            Civilian = random.Chance(0.1),
            Presence = presence < OneSidedShare ? Presence.LeftOnly : presence < 2 * OneSidedShare ? Presence.RightOnly : Presence.Both,
            KnownServiceNumber = random.Chance(0.75),
            KnownRank = random.Chance(0.7),
            KnownBirthplace = random.Chance(0.65),
            KnownFather = random.Chance(0.35),
            KnownMother = random.Chance(0.25),
        };
    }

    /// <summary>
    /// Turns some people into namesakes of an earlier person: the same gender, given name and surname,
    /// usually the same patronymic, and a date of birth days or a year away. Sequential, in index order,
    /// so that a namesake always copies a finished person.
    /// </summary>
    private static void AddNamesakes(Person[] persons, int seed)
    {
        for (var i = 1; i < persons.Length; i++)
        {
            var random = new SeededRandom(seed, i, NamesakeStream);
            if (!random.Chance(NamesakeShare))
            {
                continue;
            }
            var of = persons[random.Next(i)];
            var p = persons[i];
            p.Feminine = of.Feminine;
            p.Given = of.Given;
            p.Surname = of.Surname;
            if (random.Chance(0.8))
            {
                p.Father = of.Father;
            }
            if (random.Chance(0.5))
            {
                p.Year = of.Year;
                p.Month = random.Chance(0.5) ? of.Month : random.Next(1, 13);
            }
            else
            {
                p.Year = of.Year + (random.Chance(0.5) ? 1 : -1);
                p.Month = of.Month;
            }
            p.Day = Math.Min(of.Day, DateTime.DaysInMonth(p.Year, p.Month));
            if ((p.Year, p.Month, p.Day) == (of.Year, of.Month, of.Day))
            {
                p.Day = p.Day > 14 ? p.Day - random.Next(1, 10) : p.Day + random.Next(1, 10);
            }
        }
    }
}
