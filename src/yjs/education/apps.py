from django.apps import AppConfig


class EducationConfig(AppConfig):
    name = "yjs.education"
    label = "education"
    verbose_name = "Education, training and employment"
