from django.apps import AppConfig


class PerformanceConfig(AppConfig):
    name = "yjs.performance"
    label = "performance"
    verbose_name = "Performance"
