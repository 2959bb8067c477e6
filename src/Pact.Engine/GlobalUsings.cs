// The namespaces most files of Pact.Engine use, imported once here so each file's header lists only what is
// particular to it (the rest is the same lines in every file).
global using Pact.Audit;
global using Pact.Configuration;
global using Pact.Contracts;
global using Pact.Diagnostics;
global using Pact.Documents;
global using Pact.Engine.Judge.Processes;
global using Pact.Engine.Judge.Reporting;
global using Pact.Engine.Judge.Runners;
global using Pact.Engine.Judge.Runs;
global using Pact.Engine.Judge.Tamper;
global using Pact.Engine.Languages;
global using Pact.Engine.Projects;
global using Pact.Engine.Storage;
global using Pact.Engine.Toolchain;
global using Pact.Judge;
global using Pact.Projects;
global using Pact.Schemas;
global using Pact.Serialization;
global using Pact.Suites;
global using System.Globalization;
global using System.Security.Cryptography;
global using System.Text;
global using System.Text.Json;
