"""The `yjs` console script: Django's management commands under the project's name."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yjs.config.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    execute_from_command_line([os.path.basename(sys.argv[0]) or "yjs", *command_words(sys.argv[1:])])


def command_words(words: list[str]) -> list[str]:
    """`yjs import-notifications` runs Django's import_notifications: a module name cannot hold a hyphen."""
    if words and not words[0].startswith("-"):
        return [words[0].replace("-", "_"), *words[1:]]
    return words


if __name__ == "__main__":
    main()
