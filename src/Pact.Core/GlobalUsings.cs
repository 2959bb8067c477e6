// The namespaces most files of Pact.Core use, imported once here so each file's header lists only what is
// particular to it (the rest is the same lines in every file).
global using Pact.Contracts;
global using Pact.Decomposition;
global using Pact.Diagnostics;
global using Pact.Serialization;
global using Pact.Suites;
global using System.Globalization;
global using System.Text.Json;
global using System.Text.Json.Serialization;
