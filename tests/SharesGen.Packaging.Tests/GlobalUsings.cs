// RepositoryPaths: its shared part is tests/Shared/RepositoryPaths.cs, linked into every project that needs it.
global using SharesGen.Tests.Shared;
