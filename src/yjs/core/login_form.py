"""The sign-in form, in GOV.UK markup; lock-out is enforced by django-axes."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from yjs.core.forms import GovukFormMixin


class SignInForm(GovukFormMixin, AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("Enter a correct user name and password. Both may be case-sensitive."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        username = self.fields["username"]
        username.label = _("User name")
        username.error_messages["required"] = _("Enter your user name")
        # The Design System advises against moving focus on load; the error summary takes focus instead.
        username.widget.attrs.pop("autofocus", None)
        username.widget.attrs["spellcheck"] = "false"
        self.fields["password"].error_messages["required"] = _("Enter your password")
