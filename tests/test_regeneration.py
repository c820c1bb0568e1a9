"""A document change, end to end: the vendored document plus one operation and one field, regenerated into
a scratch copy, passes the strict type check and the contract suite there, with no edit anywhere else."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "herohealth-public-api.yaml"
sys.path.insert(0, str(ROOT / "scripts"))

from generate import generate  # noqa: E402

from tests.spec_examples import operations  # noqa: E402

# A check of the project's own tools (run by the 3.11 suite only: they run on .venv's interpreter).
pytestmark = pytest.mark.tooling

WIDGET = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string", "pattern": r"^\d+$"}, "colour": {"type": "string"}},
}


def changed_document() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as f:
        document: dict[str, Any] = copy.deepcopy(yaml.safe_load(f))
    document["components"]["schemas"]["Widget"] = WIDGET
    document["components"]["schemas"]["Appointment"]["properties"]["room"] = {
        "type": "string",
        "description": "Where the patient is seen.",
    }
    document["paths"]["/v1/widgets/{id}"] = {
        "get": {
            "operationId": "getWidget",
            "summary": "Get a Widget",
            "tags": ["Booking"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                }
            },
        }
    }
    return document


def test_an_added_operation_and_field_regenerate_type_check_and_pass_the_contract(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(changed_document(), sort_keys=False), encoding="utf-8")
    generated = generate(spec, tmp_path / "generated")
    package = generated / "herohealth_async"
    assert "room" in (package / "models" / "appointment.py").read_text(encoding="utf-8")
    assert (package / "api" / "booking" / "get_widget.py").exists()

    # The scratch package goes first on every path, ahead of the checkout (run from tmp_path, not the checkout;
    # pytest appends the checkout instead of prepending it).
    env = {**os.environ, "PYTHONPATH": str(generated), "HEROHEALTH_SPEC": str(spec)}
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "mypy")]
    checked = subprocess.run(
        [*mypy, str(package), str(ROOT / "custom" / "herohealth_facade")],
        cwd=tmp_path,
        env={**env, "MYPYPATH": f"{generated}{os.pathsep}{ROOT / 'custom'}"},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]

    suites = [str(ROOT / "tests" / name) for name in ("test_contract.py", "test_fake_every_operation.py")]
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--import-mode=append", "-k", "asyncio"]
    suite = subprocess.run([*pytest, *suites], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert suite.returncode == 0, suite.stdout[-3000:]
    before = len(operations())  # those of the vendored document, which this process's package carries
    # Every operation of the changed document, the new one included, went through Prism and parsed.
    assert f"contract: {before + 1}/{before + 1} operations" in suite.stdout
