from summarizer.schemafiles import generated, stale_schemas

from .conftest import ROOT


def test_schema_files_match_the_models():
    assert stale_schemas(ROOT / "schemas") == [], "run: summarizer schema --write"


def test_report_schema_has_the_contract_fields():
    import json

    schema = json.loads(generated()["report.schema.json"])
    for field in ("unit", "organ", "meeting_date", "period", "achievements", "shortcomings", "next_tasks"):
        assert field in schema["properties"]
    item = schema["$defs"]["Item"]["properties"]
    assert {"summary", "evidence", "sector", "metrics"} <= set(item)
