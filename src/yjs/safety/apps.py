from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "yjs.safety"
    label = "safety"
    verbose_name = "Safety and risk"
