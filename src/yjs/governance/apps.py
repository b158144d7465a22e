from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "yjs.governance"
    label = "governance"
    verbose_name = "Partnership board"
