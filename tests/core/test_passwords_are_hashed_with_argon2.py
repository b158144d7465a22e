from __future__ import annotations

import importlib

from django.contrib.auth.hashers import make_password

PROJECT_SETTINGS = importlib.import_module("yjs.config.settings")


def test_argon2_is_the_first_password_hasher_in_the_project_settings() -> None:
    assert PROJECT_SETTINGS.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_a_password_hashed_under_the_project_hashers_is_an_argon2_hash(settings) -> None:  # type: ignore[no-untyped-def]
    # tests/conftest.py switches to MD5 for speed; put the project's own hashers back for this one.
    settings.PASSWORD_HASHERS = PROJECT_SETTINGS.PASSWORD_HASHERS
    assert make_password("correct-horse-battery-staple").startswith("argon2$")
