#!/usr/bin/env python3
"""Writes a Pact project with N leaf components into DIR: a tree of fan-out 5, one contract and one visible
python test suite per leaf, each leaf depending on its previous sibling. Used by bench/validate."""
import json
import os
import sys


def main(directory: str, leaves: int) -> None:
    nodes = {}
    level = [f"c{i:05d}" for i in range(leaves)]
    for cid in level:
        nodes[cid] = {"component_id": cid, "name": cid, "description": f"Computes the {cid} quote for a stay.", "children": []}
    depth_ids = [level]
    counter = 0
    while len(level) > 1:
        parents = []
        for start in range(0, len(level), 5):
            group = level[start:start + 5]
            if len(group) == 1 and parents:
                nodes[parents[-1]]["children"].append(group[0])
                continue
            counter += 1
            pid = f"g{counter:05d}"
            nodes[pid] = {"component_id": pid, "name": pid, "description": f"Groups {len(group)} components.", "children": group}
            parents.append(pid)
        level = parents
        depth_ids.append(level)
    root = level[0]
    # parent ids and depths from the root down
    def walk(node_id: str, depth: int, parent: str) -> None:
        node = nodes[node_id]
        node["depth"] = depth
        node["parent_id"] = parent
        for child in node["children"]:
            walk(child, depth + 1, node_id)
    sys.setrecursionlimit(10000)
    walk(root, 0, "")
    os.makedirs(os.path.join(directory, "decomposition"), exist_ok=True)
    with open(os.path.join(directory, "decomposition", "tree.json"), "w") as f:
        json.dump({"root_id": root, "nodes": nodes}, f)
    previous = {}
    for node in nodes.values():
        for i, child in enumerate(node["children"]):
            if i > 0 and not nodes[child]["children"] and not nodes[node["children"][i - 1]]["children"]:
                previous[child] = node["children"][i - 1]
    for cid, node in nodes.items():
        if node["children"]:
            continue
        dependency = previous.get(cid)
        contract = {
            "component_id": cid,
            "name": cid,
            "description": f"Computes the {cid} quote for a stay.",
            "types": [{"name": "Quote", "kind": "struct", "fields": [
                {"name": "amount", "type_ref": "float", "validators": [{"kind": "range", "expression": "0.01 <= value <= 999999.99", "error_message": "amount out of range"}]},
                {"name": "code", "type_ref": "str", "validators": [{"kind": "regex", "expression": "^[A-Z]{3}$", "error_message": "three capitals"}]}]}],
            "functions": [{"name": "quote", "description": "Computes a quote.", "inputs": [{"name": "nights", "type_ref": "int"}],
                           "output_type": "Quote", "error_cases": [{"name": "no_nights", "condition": "nights < 1", "error_type": "InvalidStay"}]}],
            "dependencies": [dependency] if dependency else [],
            "dependency_contracts": {dependency: ["quote"]} if dependency else {},
        }
        os.makedirs(os.path.join(directory, "contracts", cid), exist_ok=True)
        with open(os.path.join(directory, "contracts", cid, "interface.json"), "w") as f:
            json.dump(contract, f)
        suite = {
            "component_id": cid, "contract_version": 1, "test_language": "python",
            "test_cases": [
                {"id": "quote_happy", "description": "prices a stay", "function": "quote", "category": "happy_path"},
                {"id": "quote_no_nights", "description": "refuses zero nights", "function": "quote", "category": "error_case"}],
            "generated_code": f"from {cid} import quote, InvalidStay\nimport pytest\n\ndef test_quote_happy():\n    assert quote(2).amount > 0\n\ndef test_quote_no_nights():\n    with pytest.raises(InvalidStay):\n        quote(0)\n",
        }
        os.makedirs(os.path.join(directory, "tests", cid), exist_ok=True)
        with open(os.path.join(directory, "tests", cid, "contract_test_suite.json"), "w") as f:
            json.dump(suite, f)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
