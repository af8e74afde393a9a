using Parley.Evaluation.Errors;

namespace Parley.Evaluation.Output;

/// <summary>Counts classes, classes alone and class pairs over the truth pairs as they are written.</summary>
internal sealed class ClassStatistics
{
    private readonly int[] _counts = new int[ClassCatalog.All.Count];
    private readonly int[] _alone = new int[ClassCatalog.All.Count];
    private readonly int[,] _pairs = new int[ClassCatalog.All.Count, ClassCatalog.All.Count];

    public int TruthPairs { get; private set; }

    public int Clean { get; private set; }

    public void Add(ClassSet set)
    {
        TruthPairs++;
        if (set.IsEmpty)
        {
            Clean++;
            return;
        }

        var classes = set.Classes().ToArray();
        if (classes.Length == 1)
        {
            _alone[(int)classes[0]]++;
        }

        for (var i = 0; i < classes.Length; i++)
        {
            _counts[(int)classes[i]]++;
            for (var j = i + 1; j < classes.Length; j++)
            {
                _pairs[(int)classes[i], (int)classes[j]]++;
                _pairs[(int)classes[j], (int)classes[i]]++;
            }
        }
    }

    public int Count(ErrorClass errorClass) => _counts[(int)errorClass];

    public int Alone(ErrorClass errorClass) => _alone[(int)errorClass];

    public int Pair(ErrorClass a, ErrorClass b) => _pairs[(int)a, (int)b];
}
