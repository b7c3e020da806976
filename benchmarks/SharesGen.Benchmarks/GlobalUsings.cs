// RepositoryPaths, SpecFile and GeneratorDrivers: shared with the generator tests (tests/Shared), linked in.
global using SharesGen.Tests.Shared;
