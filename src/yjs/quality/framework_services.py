"""Correcting the framework's wording: a standard's name, a key question and its prompts.

Only wording changes here: which standards exist, how they are assessed and scored are HMIP's rules and
come with a new framework version, not an edit. Every change is kept by simple_history, with who made it.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yjs.core.models import User
from yjs.quality.models import KeyQuestion, Prompt, Standard
from yjs.quality.permissions import may_keep_framework


def _check(user: User) -> None:
    if not may_keep_framework(user):
        raise ValidationError(_("Only a service manager or an administrator may correct the framework"))


def _attribute(record: object, user: User) -> None:
    # simple_history takes the user from the request; set it too for calls outside a request (commands, tests).
    record._history_user = user  # type: ignore[attr-defined]


@transaction.atomic
def rename_standard(user: User, standard: Standard, name: str, headline: str | None = None) -> Standard:
    """The standard's name and (when given) its headline statement, as HMIP words them."""
    _check(user)
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Enter the standard's name")})
    changed = {"name": name}
    if headline is not None:
        changed["headline"] = headline.strip()
    changed = {field: value for field, value in changed.items() if getattr(standard, field) != value}
    if changed:
        for field, value in changed.items():
            setattr(standard, field, value)
        _attribute(standard, user)
        standard.save(update_fields=list(changed))
    return standard


def prompt_lines(text: str) -> list[str]:
    """One prompt a line; blank lines and surrounding spaces dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@transaction.atomic
def reword_key_question(user: User, question: KeyQuestion, text: str, prompts: Sequence[str]) -> KeyQuestion:
    """The question's wording and its prompts in order: changed prompts keep their row (and history), extra
    ones are added, and prompts no longer listed are removed (their history records the removal)."""
    _check(user)
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Enter the key question")})
    if not prompts:
        raise ValidationError({"prompts": _("Enter at least one prompt, one a line")})
    if text != question.text:
        question.text = text
        _attribute(question, user)
        question.save(update_fields=["text"])
    existing = list(question.prompts.order_by("order"))
    for order, wording in enumerate(prompts, start=1):
        prompt = existing[order - 1] if order <= len(existing) else Prompt(key_question=question, order=order)
        if prompt.pk is None or prompt.text != wording or prompt.order != order:
            prompt.text, prompt.order = wording, order
            _attribute(prompt, user)
            prompt.save()
    for prompt in existing[len(prompts) :]:
        _attribute(prompt, user)
        prompt.delete()
    return question
