namespace Parley.Store.Copy;

/// <summary>What <c>parley copy</c> is doing.</summary>
public enum CopyStage
{
    /// <summary>Copying the events, each checked against its leaf hash and folded.</summary>
    Events,

    /// <summary>Copying checkpoints, tiles, cosignatures and tokens.</summary>
    Tables,

    /// <summary>Writing the projections rebuilt from the copied log.</summary>
    Projections,

    /// <summary>Reading the target back inside the transaction and comparing it with the source.</summary>
    Checking,
}

/// <summary>How far a copy has come: <paramref name="Done"/> of <paramref name="Total"/> in <paramref name="Stage"/>.</summary>
public readonly record struct CopyProgress(CopyStage Stage, long Done, long Total);
