namespace Parley.Store;
internal static class Placeholder { }
