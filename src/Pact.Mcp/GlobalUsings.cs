// The namespaces most files of Pact.Mcp use, imported once here so each file's header lists only what is
// particular to it (the rest is the same lines in every file).
global using Microsoft.Extensions.DependencyInjection;
global using ModelContextProtocol;
global using ModelContextProtocol.Protocol;
global using ModelContextProtocol.Server;
global using Pact.Engine.Judge;
global using Pact.Engine.Projects;
global using Pact.Judge;
global using Pact.Mcp.Hosting;
global using Pact.Mcp.Tools;
global using Pact.Projects;
global using Pact.Schemas;
global using Pact.Serialization;
global using System.ComponentModel;
global using System.Text;
global using System.Text.Json;
