from django.apps import AppConfig


class DiversionConfig(AppConfig):
    name = "yjs.diversion"
    label = "diversion"
    verbose_name = "Out-of-court pipeline"
