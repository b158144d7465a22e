"""factory_boy factories for supervision, training and the staff survey."""

from __future__ import annotations

from datetime import date

import factory

from tests.factories import ServiceFactory
from yjs.workforce.models import Course, StaffSurvey, SupervisionSession, SurveyResult, TrainingRecord
from yjs.workforce.training import expires_on


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    service = factory.SubFactory(ServiceFactory)
    name = factory.Sequence(lambda n: f"Course {n}")
    renewal_months = 36
    mandatory = True


class SupervisionSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupervisionSession

    service = factory.SelfAttribute("staff.service")
    held_on = date(2025, 1, 15)
    recorded_by = factory.SelfAttribute("supervisor")


class TrainingRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingRecord

    service = factory.SelfAttribute("staff.service")
    course = factory.SubFactory(CourseFactory, service=factory.SelfAttribute("..service"))
    completed_on = date(2024, 1, 15)
    expires_on = factory.LazyAttribute(lambda record: expires_on(record.completed_on, record.course.renewal_months))
    recorded_by = factory.SelfAttribute("staff")


class StaffSurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffSurvey

    service = factory.SubFactory(ServiceFactory)
    title = "Staff survey 2024"
    conducted_on = date(2024, 11, 1)
    invited = 40
    respondents = 27


class SurveyResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SurveyResult

    survey = factory.SubFactory(StaffSurveyFactory)
    theme = factory.Sequence(lambda n: f"Question {n}")
    percent_positive = 70
