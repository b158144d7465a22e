from django.apps import AppConfig


class ParentingConfig(AppConfig):
    name = "yjs.parenting"
    label = "parenting"
    verbose_name = "Parents, carers and children's voice"
