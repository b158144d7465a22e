"""The sign-in form, in GOV.UK markup; lock-out is enforced by django-axes."""

from __future__ import annotations

from django.contrib.auth.forms import AuthenticationForm

from yjs.core.forms import GovukFormMixin


class SignInForm(GovukFormMixin, AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct user name and password. Both may be case-sensitive.",
    }
