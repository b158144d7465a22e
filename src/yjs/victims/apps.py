from django.apps import AppConfig


class VictimsConfig(AppConfig):
    name = "yjs.victims"
    label = "victims"
    verbose_name = "Victims and restorative justice"
