global using Parley.Import.Tests.Support;
global using Xunit;
