using System.Collections.Immutable;

namespace Parley.Core.Feasibility;

/// <summary>
/// How one run of the forecast draws one of its rates. Each run draws every rate once and then plays the exchange out
/// with them, so the spread of the outcomes is the uncertainty about the rates themselves.
/// </summary>
internal abstract record RateDraw
{
    public abstract double Draw(ref SimulationRandom random);

    /// <summary>The same value in every run: an override, or a rate that is not needed.</summary>
    public sealed record Fixed(double Value) : RateDraw
    {
        public override double Draw(ref SimulationRandom random) => Value;
    }

    /// <summary>
    /// The mean of the observations resampled with replacement (the bootstrap): as certain as the observations are many
    /// and alike. One observation gives itself. A draw is never below <paramref name="Least"/>: when the work was done on
    /// a few busy days among idle ones, a resample can hold idle days only, which would say the work stopped for good,
    /// something no observation says.
    /// </summary>
    public sealed record BootstrapMean(ImmutableArray<double> Observations, double Least = 0) : RateDraw
    {
        public override double Draw(ref SimulationRandom random)
        {
            var sum = 0.0;
            for (var i = 0; i < Observations.Length; i++)
            {
                sum += Observations[random.NextInt(Observations.Length)];
            }
            return Math.Max(Least, sum / Observations.Length);
        }
    }

    /// <summary>Uniform on a log scale between two bounds: no scale preferred (the prior for an unobserved interval).</summary>
    public sealed record LogUniform(double Low, double High) : RateDraw
    {
        public override double Draw(ref SimulationRandom random) => Low * Math.Pow(High / Low, random.NextDouble());
    }

    /// <summary>A share drawn from Beta(1 + yes, 1 + no): what yes of yes + no observed allows, from a flat prior.</summary>
    public sealed record Share(int Yes, int No) : RateDraw
    {
        public override double Draw(ref SimulationRandom random) => random.NextBeta(1 + Yes, 1 + No);
    }
}
