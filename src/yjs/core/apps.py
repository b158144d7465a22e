from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "yjs.core"
    label = "core"
    verbose_name = "Services, staff and access"

    def ready(self) -> None:
        from yjs.core import bank_holidays  # noqa: F401 - connects the cache's signal handlers
