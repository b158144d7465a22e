"""The partnership board's pages: each module lists its own routes."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from yjs.core.models import User
from yjs.governance import access


def reader(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_read_board(user):
        raise PermissionDenied
    return user


def keeper(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not access.may_keep_board(user):
        raise PermissionDenied
    return user
