using Parley.Evaluation.Errors;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Rendering;

/// <summary>Which list carries each planned class (ERROR-MODEL.md, the side column).</summary>
internal static class SideAssigner
{
    public static (ClassSet Left, ClassSet Right) Split(ClassSet plan, Rng rng, EvaluationProfile profile)
    {
        var left = ClassSet.Empty;
        var right = ClassSet.Empty;
        foreach (var errorClass in plan.Classes())
        {
            // Georgian has no capitals: in that profile capitals are the Ukrainian office style.
            var onLeft = errorClass == ErrorClass.Caps && profile == EvaluationProfile.Georgian
                || rng.Chance(ClassCatalog.LeftShare(errorClass));
            if (onLeft)
            {
                left = left.With(errorClass);
            }
            else
            {
                right = right.With(errorClass);
            }
        }

        return (left, right);
    }
}
