namespace Parley.Cli;

/// <summary>What `parley` exits with; documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something checked did not verify (reserved for `parley verify`).</summary>
    public const int VerificationFailed = 1;

    /// <summary>Bad input: a malformed formula, command line or file, a rejected command, a database that is not Parley's.</summary>
    public const int BadInput = 2;
}
