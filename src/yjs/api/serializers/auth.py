from __future__ import annotations

from rest_framework import serializers

from yjs.api.serializers.base import StrictCharField


class CredentialsSerializer(serializers.Serializer):
    username = StrictCharField(max_length=150)
    password = StrictCharField(max_length=128, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(read_only=True, help_text="Send as the header `Authorization: Token <token>`")
