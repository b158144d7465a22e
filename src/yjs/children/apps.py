from django.apps import AppConfig


class ChildrenConfig(AppConfig):
    name = "yjs.children"
    label = "children"
    verbose_name = "Children, families and carers"
