from django.apps import AppConfig


class SynthConfig(AppConfig):
    name = "yjs.synth"
    label = "synth"
    verbose_name = "Synthetic data"
