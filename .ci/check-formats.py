#!/usr/bin/env python3
"""Checks every CI output format of `dossier lint` on the development drafts: SARIF, GitLab Code
Quality and rdjson against their schemas (.ci/schemas), JUnit as XML with consistent counts,
JSON lines against the json format. Usage: check-formats.py DOSSIER SHARED_DIR"""
import json, os, subprocess, sys, xml.etree.ElementTree as ET

import jsonschema

dossier, shared = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
# Run from the folder above the drafts, as CI runs in a repository: paths are relative to it.
runs = [
    ("dev", ["eval/dev"]),
    ("dprk", ["--corpus", "eval/dprk/corpus", "eval/dprk/drafts"]),
]


def lint(fmt, arguments):
    result = subprocess.run([dossier, "lint", "--format", fmt, "--fail-on", "never"] + arguments,
                            capture_output=True, text=True, cwd=shared)
    if result.returncode != 0:
        sys.exit(f"dossier lint --format {fmt} exited {result.returncode}: {result.stderr}")
    return result.stdout


def schema(name):
    loaded = json.load(open(os.path.join(here, "schemas", name)))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(loaded, format_checker=jsonschema.FormatChecker())


sarif_schema, gitlab_schema, rdjson_schema = (schema("sarif-2.1.0-subset.json"),
                                              schema("gitlab-code-quality.json"), schema("rdjson.json"))


def check(validator, document, what):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        for error in errors[:5]:
            print(f"{what}: {'/'.join(map(str, error.absolute_path))}: {error.message}", file=sys.stderr)
        sys.exit(f"{what} does not follow its schema")


for name, arguments in runs:
    expected = sum(len(f["diagnostics"]) for f in json.loads(lint("json", arguments))["files"])

    log = json.loads(lint("sarif", arguments))
    check(sarif_schema, log, f"{name} sarif")
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    bases = run.get("originalUriBaseIds", {})
    assert len(run["results"]) == expected, "sarif: one result per finding"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"], "sarif: ruleIndex names the rule"
        for location in result.get("locations", []) + result.get("relatedLocations", []):
            artifact = location["physicalLocation"]["artifactLocation"]
            assert "uriBaseId" not in artifact or artifact["uriBaseId"] in bases, f"sarif: undefined base {artifact}"
            assert "uriBaseId" in artifact or artifact["uri"].startswith("file:///"), f"sarif: {artifact}"
    for rule in rules:
        assert rule["helpUri"].endswith(f"/docs/rules/{rule['id']}.md"), rule["helpUri"]
        assert os.path.exists(os.path.join(here, "..", "docs", "rules", rule["id"] + ".md")), rule["id"]

    issues = json.loads(lint("gitlab", arguments))
    check(gitlab_schema, issues, f"{name} gitlab")
    assert len(issues) == expected, "gitlab: one issue per finding"
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints), "gitlab: fingerprints are unique"

    check(rdjson_schema, json.loads(lint("rdjson", arguments)), f"{name} rdjson")

    suites = ET.fromstring(lint("junit", arguments))
    failures = suites.findall("./testsuite/testcase/failure")
    assert len(failures) == expected == int(suites.get("failures")), "junit: one failure per finding"
    assert int(suites.get("tests")) == len(suites.findall("./testsuite/testcase")), "junit: tests counted"

    lines = [json.loads(line) for line in lint("json-lines", arguments).splitlines()]
    assert len(lines) == expected and all({"path", "rule", "range"} <= set(line) for line in lines), "json-lines"

    print(f"{name}: sarif, gitlab, rdjson, junit and json-lines are valid ({expected} findings)")
