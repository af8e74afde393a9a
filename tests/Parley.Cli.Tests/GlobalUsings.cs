global using Parley.Cli.Tests.Support;
global using Xunit;
