from django.apps import AppConfig


class PerformanceConfig(AppConfig):
    name = "yjs.performance"
    label = "performance"
    verbose_name = "Performance"

    def ready(self) -> None:
        from yjs.performance import signals  # noqa: F401  (connects the receivers)
