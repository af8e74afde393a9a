[assembly: AssemblyFixture(typeof(Parley.Testing.PostgresCluster))]
