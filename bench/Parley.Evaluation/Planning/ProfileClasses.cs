using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Planning;

/// <summary>The classes a profile can produce, and their compatible pairs (what coverage is measured on).</summary>
internal static class ProfileClasses
{
    public static IReadOnlyList<ErrorClass> Of(EvaluationProfile profile) =>
    [
        .. ClassCatalog.All.Where(errorClass => profile switch
        {
            EvaluationProfile.Georgian => !ClassCatalog.IsLatin(errorClass)
                && errorClass is not (ErrorClass.RuForm or ErrorClass.LetterMapped),
            EvaluationProfile.NoDates => !ClassCatalog.IsDate(errorClass) && !ClassCatalog.IsForeignScript(errorClass),
            _ => !ClassCatalog.IsForeignScript(errorClass),
        }),
    ];

    public static IReadOnlyList<(ErrorClass A, ErrorClass B)> Pairs(IReadOnlyList<ErrorClass> classes)
    {
        var pairs = new List<(ErrorClass, ErrorClass)>();
        for (var i = 0; i < classes.Count; i++)
        {
            for (var j = i + 1; j < classes.Count; j++)
            {
                if (ClassCatalog.Compatible(classes[i], classes[j]))
                {
                    pairs.Add((classes[i], classes[j]));
                }
            }
        }

        return pairs;
    }
}
