from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "yjs.core"
    label = "core"
    verbose_name = "Services, staff and access"
