from __future__ import annotations

import os
import subprocess
import sys

IMPORT_SETTINGS = "import yjs.config.settings"


def run_settings(**overrides: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "YJS_SECRET_KEY"}
    env.update(overrides)
    return subprocess.run([sys.executable, "-c", IMPORT_SETTINGS], env=env, capture_output=True, text=True)


def test_production_mode_refuses_to_start_without_a_secret_key() -> None:
    result = run_settings(YJS_PRODUCTION="1")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "YJS_SECRET_KEY" in result.stderr


def test_production_mode_starts_with_a_secret_key() -> None:
    result = run_settings(YJS_PRODUCTION="1", YJS_SECRET_KEY="a-long-random-value-for-this-test-only")

    assert result.returncode == 0, result.stderr
