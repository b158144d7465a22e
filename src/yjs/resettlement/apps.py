from django.apps import AppConfig


class ResettlementConfig(AppConfig):
    name = "yjs.resettlement"
    label = "resettlement"
    verbose_name = "Resettlement and transitions"
