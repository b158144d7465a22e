from django.apps import AppConfig


class WorkforceConfig(AppConfig):
    name = "yjs.workforce"
    label = "workforce"
    verbose_name = "Workforce"
