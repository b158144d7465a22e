from django.apps import AppConfig


class JusticeConfig(AppConfig):
    name = "yjs.justice"
    label = "justice"
    verbose_name = "Offences and outcomes"
