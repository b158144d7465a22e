from django.apps import AppConfig


class HealthConfig(AppConfig):
    name = "yjs.health"
    label = "health"
    verbose_name = "Health"
