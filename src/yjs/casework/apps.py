from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "yjs.casework"
    label = "casework"
    verbose_name = "Casework"
