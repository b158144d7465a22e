from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "yjs.quality"
    label = "quality"
    verbose_name = "Quality assurance"
