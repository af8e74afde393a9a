namespace Parley.Ledger;
internal static class Placeholder { }
