using System.Text.Json.Nodes;
using Pact.Contracts;
using Pact.Documents;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Engine.Tests.Languages;

/// <summary>
/// The contract the generator tests use: the corpus's pricing contract (whose quote validates its inputs) plus a Guest
/// type with every validator kind and an async function with a validated input.
/// </summary>
internal static class GeneratedCode
{
    public static ComponentContract Contract()
    {
        var node = Pact.Engine.Tests.Gates.ValidProject.Document()["contracts"]!["pricing"]!;
        node["types"]!.AsArray().Add(JsonNode.Parse("""
            {
              "name": "Guest",
              "kind": "struct",
              "fields": [
                { "name": "name", "type_ref": "str", "validators": [{ "kind": "length", "expression": "1 <= len(value) <= 40", "error_message": "a name has 1 to 40 characters" }] },
                { "name": "email", "type_ref": "str", "validators": [{ "kind": "regex", "expression": "^[^@ ]+@[^@ ]+$", "error_message": "an email has one @" }] },
                { "name": "age", "type_ref": "int", "validators": [{ "kind": "range", "expression": "value > 17", "error_message": "guests are adults" }] },
                { "name": "nickname", "type_ref": "str", "required": false, "validators": [{ "kind": "length", "expression": "len(value) < 10", "error_message": "nicknames are short" }] }
              ]
            }
            """));
        node["functions"]!.AsArray().Add(JsonNode.Parse("""
            { "name": "register_guest", "description": "Registers a guest.", "inputs": [{ "name": "guest", "type_ref": "Guest" }, { "name": "party_size", "type_ref": "int", "validators": [{ "kind": "range", "expression": "1 <= value <= 8", "error_message": "parties are 1 to 8 guests" }] }], "output_type": "bool", "is_async": true }
            """));
        var read = ArtifactReader.Read(ArtifactKind.Contract, node.ToJsonString(), "pricing.json", PactJson.Context.ComponentContract);
        Assert.True(read.Ok, string.Join("\n", read.Diagnostics));
        return read.Value!;
    }
}
