// The namespaces most files of Pact.Cli use, imported once here so each file's header lists only what is
// particular to it (the rest is the same lines in every file).
global using Microsoft.Extensions.DependencyInjection;
global using Pact.Engine.Gates;
global using Pact.Engine.Projects;
global using Pact.Engine.Storage;
global using Pact.Judge;
global using Pact.Mcp.Remote;
global using Pact.Projects;
global using Pact.Schemas;
global using Pact.Serialization;
global using System.CommandLine;
