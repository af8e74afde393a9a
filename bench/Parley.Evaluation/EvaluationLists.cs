using Parley.Evaluation.Population;

namespace Parley.Evaluation;

/// <summary>The entry point: synthetic people lists for measuring the matcher (see ERROR-MODEL.md).</summary>
public static class EvaluationLists
{
    /// <summary>Builds the population for the options; records are rendered when read or written.</summary>
    public static EvaluationDataset Generate(EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new EvaluationDataset(PopulationBuilder.Build(options));
    }
}
