#!/usr/bin/env python3
"""Validate xborder reports against a JSON Schema.

Usage:
  python3 scripts/validate-sarif.py SCHEMA FILE...
      Validate SARIF files against SCHEMA (e.g. the official sarif-schema-2.1.0.json), then check
      the GitHub code scanning upload rules the schema cannot express (result/tag limits,
      ruleIndex consistency, security-severity as a string, columnKind, partialFingerprints).
  python3 scripts/validate-sarif.py --json-schema SCHEMA FILE...
      Validate xborder JSON reports (xborder.json) against SCHEMA
      (reports/schemas/xborder-report.schema.json); schema checks only.

The validator class follows the schema's "$schema" (draft-04, draft-07, 2020-12, ...). String
formats (uri, uri-reference, date-time) are checked too.

Exit codes: 0 every file valid; 1 at least one file invalid; 2 usage error, unreadable file or
file that is not JSON.
"""

import argparse
import json
import re
import sys

try:
    import jsonschema
    from jsonschema import validators
except ImportError:  # pragma: no cover - depends on the machine
    print("error: the 'jsonschema' package is required (pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

MAX_ERRORS_PER_FILE = 20
GITHUB_MAX_RUNS = 20
GITHUB_MAX_RESULTS_PER_RUN = 25_000
GITHUB_MAX_RULES_PER_RUN = 25_000
GITHUB_MAX_TAGS_PER_RULE = 20
GITHUB_MAX_LOCATIONS_PER_RESULT = 1_000

# RFC 3986 characters: unreserved, reserved and "%" (checked further below).
_URI_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_uri_reference(value):
    """True when value is an RFC 3986 URI reference: ASCII only, valid %XX escapes, one '#'."""
    if not isinstance(value, str):
        return True
    return bool(_URI_CHARS.match(value)) and not _PERCENT.search(value) and value.count("#") <= 1


def is_uri(value):
    """True when value is an absolute RFC 3986 URI (a scheme, then a valid reference)."""
    if not isinstance(value, str):
        return True
    return bool(_SCHEME.match(value)) and is_uri_reference(value)


def format_checker():
    """All formats jsonschema knows, with RFC 3986 uri checks added when rfc3987 is missing."""
    checker = jsonschema.FormatChecker()
    if "uri-reference" not in checker.checkers:
        checker.checks("uri-reference")(is_uri_reference)
    if "uri" not in checker.checkers:
        checker.checks("uri")(is_uri)
    return checker


def load_json(path, what):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        fail_usage(f"{path}: cannot read {what}: {error.strerror or error}")
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        fail_usage(f"{path}: {what} is not valid JSON: {error}")


def fail_usage(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def make_validator(schema, schema_path):
    cls = validators.validator_for(schema, default=validators.Draft202012Validator)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as error:
        fail_usage(f"{schema_path}: not a valid {cls.__name__} schema: {error.message}")
    return cls(schema, format_checker=format_checker())


def json_path(parts):
    """['runs', 0, 'results'] -> $.runs[0].results"""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def schema_errors(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: [path_key(p) for p in e.absolute_path])
    return [(json_path(e.absolute_path), best_message(e)) for e in errors]


def path_key(part):
    """Sort array indices numerically and keys alphabetically."""
    return (0, part, "") if isinstance(part, int) else (1, 0, str(part))


def best_message(error):
    """The deepest sub-error of anyOf/oneOf failures says what is actually wrong."""
    if error.context:
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        return f"{error.message} — {json_path(deepest.absolute_path)}: {deepest.message}"
    return error.message


def github_errors(log):
    """GitHub code scanning rules that the SARIF schema does not check."""
    problems = []
    runs = log.get("runs") or []
    if len(runs) > GITHUB_MAX_RUNS:
        problems.append(("$.runs", f"{len(runs)} runs; GitHub accepts at most {GITHUB_MAX_RUNS}"))
    for run_index, run in enumerate(runs):
        problems += github_run_errors(run, f"$.runs[{run_index}]")
    return problems


def github_run_errors(run, at):
    problems = []
    driver = (run.get("tool") or {}).get("driver") or {}
    rules = driver.get("rules") or []
    results = run.get("results") or []
    if len(rules) > GITHUB_MAX_RULES_PER_RUN:
        problems.append((f"{at}.tool.driver.rules", f"{len(rules)} rules; limit {GITHUB_MAX_RULES_PER_RUN}"))
    if len(results) > GITHUB_MAX_RESULTS_PER_RUN:
        problems.append((f"{at}.results", f"{len(results)} results; limit {GITHUB_MAX_RESULTS_PER_RUN}"))
    if results and "columnKind" not in run:
        problems.append((at, "columnKind is required when results have columns (SARIF §3.14.27)"))
    for index, rule in enumerate(rules):
        problems += rule_errors(rule, f"{at}.tool.driver.rules[{index}]")
    for index, result in enumerate(results):
        problems += result_errors(result, rules, f"{at}.results[{index}]")
    return problems


def rule_errors(rule, at):
    problems = []
    properties = rule.get("properties") or {}
    tags = properties.get("tags") or []
    if len(tags) > GITHUB_MAX_TAGS_PER_RULE:
        problems.append((f"{at}.properties.tags", f"{len(tags)} tags; limit {GITHUB_MAX_TAGS_PER_RULE}"))
    if "security-severity" in properties:
        severity = properties["security-severity"]
        if not isinstance(severity, str):
            problems.append((f"{at}.properties.security-severity", "must be a string such as \"7.5\""))
        else:
            try:
                if not 0.0 <= float(severity) <= 10.0:
                    raise ValueError
            except ValueError:
                problems.append((f"{at}.properties.security-severity", f"{severity!r} is not a number 0.0-10.0"))
    if not (rule.get("help") or {}).get("text") and not (rule.get("fullDescription") or {}).get("text"):
        problems.append((at, "rule has neither help.text nor fullDescription.text"))
    return problems


def result_errors(result, rules, at):
    problems = []
    rule_id = result.get("ruleId")
    if "ruleIndex" in result:
        index = result["ruleIndex"]
        if not 0 <= index < len(rules):
            problems.append((f"{at}.ruleIndex", f"{index} is outside driver.rules (0..{len(rules) - 1})"))
        elif rule_id is not None and rules[index].get("id") != rule_id:
            problems.append((f"{at}.ruleIndex", f"points at rule {rules[index].get('id')!r}, not {rule_id!r}"))
    locations = result.get("locations") or []
    if not locations:
        problems.append((f"{at}.locations", "GitHub needs at least one location"))
    if len(locations) > GITHUB_MAX_LOCATIONS_PER_RESULT:
        problems.append((f"{at}.locations", f"{len(locations)} locations; limit {GITHUB_MAX_LOCATIONS_PER_RESULT}"))
    if not result.get("partialFingerprints"):
        problems.append((f"{at}.partialFingerprints", "missing: alerts would not track across line moves"))
    return problems


def report(path, problems):
    if not problems:
        print(f"{path}: valid")
        return True
    print(f"{path}: INVALID ({len(problems)} problem{'s' if len(problems) != 1 else ''})", file=sys.stderr)
    for where, message in problems[:MAX_ERRORS_PER_FILE]:
        print(f"  {path}: at {where}: {message}", file=sys.stderr)
    if len(problems) > MAX_ERRORS_PER_FILE:
        print(f"  ... and {len(problems) - MAX_ERRORS_PER_FILE} more", file=sys.stderr)
    return False


def main(argv):
    parser = argparse.ArgumentParser(description="Validate xborder SARIF or JSON reports against a JSON Schema.")
    parser.add_argument("--json-schema", metavar="SCHEMA", help="validate xborder JSON reports against SCHEMA")
    parser.add_argument("paths", nargs="*", metavar="SCHEMA FILE...", help="SARIF schema, then SARIF files")
    args = parser.parse_args(argv)
    if args.json_schema:
        schema_path, files, sarif = args.json_schema, args.paths, False
    elif len(args.paths) >= 1:
        schema_path, files, sarif = args.paths[0], args.paths[1:], True
    else:
        parser.print_usage(sys.stderr)
        fail_usage("give a schema and at least one file")
    if not files:
        fail_usage("no files to validate")
    validator = make_validator(load_json(schema_path, "schema"), schema_path)
    all_valid = True
    for path in files:
        document = load_json(path, "report")
        problems = schema_errors(validator, document)
        if sarif and isinstance(document, dict):
            problems += github_errors(document)
        all_valid = report(path, problems) and all_valid
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
