namespace Parley.Ledger.Tests;
public class SmokeTests { [Xunit.Fact] public void Builds() => Xunit.Assert.True(1 + 1 == 2); }
