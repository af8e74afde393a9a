using Parley.Evaluation.Errors;
using Parley.Evaluation.Population;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Rendering;

/// <summary>
/// Renders a person from their identity and plan alone, each side from its own random stream: the
/// same person gives the same records whichever file is being written and whatever else is asked.
/// </summary>
internal sealed class PersonRenderer(PeopleTable people)
{
    private readonly ulong _seed = people.Options.Seed;
    private readonly EvaluationProfile _profile = people.Options.Profile;

    public RenderedPerson Render(int person, bool left, bool right)
    {
        ref readonly var identity = ref people.Identity(person);
        var plan = people.Plan(person);
        var (leftClasses, rightClasses) = SideAssigner.Split(plan, Rng.For(_seed, RandomStream.Sides, person), _profile);
        var (leftRecords, leftVariations, leftApplied) = left
            ? RenderSide(person, identity, plan, leftClasses, Side.Left)
            : ([], [], ClassSet.Empty);
        var (rightRecords, rightVariations, rightApplied) = right
            ? RenderSide(person, identity, plan, rightClasses, Side.Right)
            : ([], [], ClassSet.Empty);
        return new RenderedPerson(leftRecords, leftVariations, leftApplied, rightRecords, rightVariations, rightApplied);
    }

    private (EvaluationRecord[], ClassSet[], ClassSet) RenderSide(int person, in PersonIdentity identity, ClassSet plan, ClassSet classes, Side side)
    {
        var layout = side == Side.Left ? people.Left : people.Right;
        var copies = layout.Copies(person);
        if (copies == 0)
        {
            return ([], [], ClassSet.Empty);
        }

        var stream = side == Side.Left ? RandomStream.Left : RandomStream.Right;
        var primary = SideRenderer.Render(identity, plan, classes, side, _profile, Rng.For(_seed, stream, person));
        var records = new EvaluationRecord[copies];
        var variations = new ClassSet[copies];
        records[0] = primary.Record with { Id = layout.IdOf(person, 0) };
        for (var copy = 1; copy < copies; copy++)
        {
            var rng = Rng.For(_seed, RandomStream.Copies, person, ((int)side * 4) + copy);
            var (record, variation) = CopyVariation.Apply(primary.Record, plan, primary, rng);
            records[copy] = record with { Id = layout.IdOf(person, copy) };
            variations[copy] = variation;
        }

        return (records, variations, primary.Applied);
    }
}
