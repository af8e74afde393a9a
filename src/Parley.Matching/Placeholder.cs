namespace Parley.Matching;
internal static class Placeholder { }
