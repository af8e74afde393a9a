[assembly: Xunit.AssemblyFixture(typeof(Parley.Testing.PostgresCluster))]
