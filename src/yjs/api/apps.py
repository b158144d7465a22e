from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "yjs.api"
    label = "api"
    verbose_name = "API"
