using Parley.Evaluation.Errors;
using Parley.Evaluation.Planning;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Population;

/// <summary>
/// Builds the population in one sequential pass of one random stream: who is on which list, their
/// classes, their relations to earlier people, their identities, their copies; then the list orders.
/// </summary>
internal static class PopulationBuilder
{
    public static PeopleTable Build(EvaluationOptions options)
    {
        options.Validate();
        var count = options.People;
        var rng = Rng.For(options.Seed, RandomStream.Population, 0);
        var identities = new PersonIdentity[count];
        var plans = new ClassSet[count];
        var relations = new RelationKind[count];
        var relatedTo = new int[count];
        var leftCopies = new byte[count];
        var rightCopies = new byte[count];
        var planner = new ClassPlanner(options);
        var generator = new IdentityGenerator(ServiceMultiplier(rng), (long)(rng.NextUInt64() % (ulong)ServiceNumbers.Capacity));

        for (var person = 0; person < count; person++)
        {
            var roll = rng.NextDouble();
            var onLeft = roll < options.BothShare + options.LeftOnlyShare;
            var onRight = roll < options.BothShare || !onLeft;
            var plan = onLeft && onRight ? planner.ChooseForPair(rng) : planner.ChooseForSingle(rng);

            var relation = ChooseRelation(rng, options, person);
            var anchor = 0;
            if (relation != RelationKind.None)
            {
                // Relations are to a person who is not a relative already, so each group has one anchor.
                anchor = rng.Next(person);
                anchor = relations[anchor] == RelationKind.None ? anchor : relatedTo[anchor];
            }

            (identities[person], plans[person]) = generator.Create(person, rng, plan, relation, identities[anchor]);
            relations[person] = relation;
            relatedTo[person] = relation == RelationKind.None ? -1 : anchor;
            if (onLeft && onRight)
            {
                planner.Record(plans[person]);
            }

            leftCopies[person] = (byte)(onLeft ? 1 : 0);
            rightCopies[person] = (byte)(onRight ? 1 : 0);
            AddCopies(rng, options, leftCopies, rightCopies, person);
        }

        var left = new ListLayout("UA-", leftCopies, rng);
        var right = new ListLayout("RU-", rightCopies, rng);
        return new PeopleTable(options, identities, plans, relations, relatedTo, left, right);
    }

    private static RelationKind ChooseRelation(Rng rng, EvaluationOptions options, int person)
    {
        var roll = rng.NextDouble();
        if (person == 0)
        {
            return RelationKind.None;
        }

        return roll < options.NamesakeRate ? RelationKind.Namesake
            : roll < options.NamesakeRate + options.SiblingRate ? RelationKind.Sibling
            : roll < options.NamesakeRate + options.SiblingRate + options.TwinRate ? RelationKind.Twin
            : RelationKind.None;
    }

    private static void AddCopies(Rng rng, EvaluationOptions options, byte[] leftCopies, byte[] rightCopies, int person)
    {
        var extra = options.Profile == EvaluationProfile.Triplicates
            ? (rng.Chance(options.TriplicateRate) ? 2 : 0)
            : (rng.Chance(options.DuplicateRate) ? 1 : 0);
        if (extra == 0)
        {
            return;
        }

        var toLeft = leftCopies[person] > 0 && (rightCopies[person] == 0 || rng.Chance(0.5));
        if (toLeft)
        {
            leftCopies[person] += (byte)extra;
        }
        else
        {
            rightCopies[person] += (byte)extra;
        }
    }

    /// <summary>A multiplier prime to the capacity, so that index → number is one-to-one (no shared numbers).</summary>
    private static long ServiceMultiplier(Rng rng)
    {
        while (true)
        {
            var candidate = (long)(rng.NextUInt64() % (ulong)ServiceNumbers.Capacity);
            if (candidate > 1 && Gcd(candidate, ServiceNumbers.Capacity) == 1)
            {
                return candidate;
            }
        }
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
