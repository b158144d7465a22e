"""How interventions, assessments, plans, reviews, significant changes and contacts are read."""

from __future__ import annotations

from rest_framework import serializers

from yjs.api.serializers.base import ReadSerializer
from yjs.casework.models import Assessment, Contact, Intervention, Plan, Review, SignificantChange
from yjs.casework.services import CONTACT_FIELDS, REVIEW_FIELDS, SIGNIFICANT_CHANGE_FIELDS

RECORD_FIELDS = ["version", "created_at", "modified_at"]
COUNTERSIGNING_FIELDS = ["status", "submitted_at", "submitted_by", "countersigned_at", "countersigned_by"]


class InterventionSerializer(ReadSerializer):
    is_open = serializers.BooleanField(read_only=True)
    review_overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Intervention
        fields = [
            "id",
            "child",
            "outcome",
            "team",
            "case_manager",
            "start_date",
            "planned_end_date",
            "end_date",
            "closure_reason",
            "ending",
            "level",
            "next_review_due",
            "is_open",
            "review_overdue",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


class AssessmentSerializer(ReadSerializer):
    child = serializers.IntegerField(source="intervention.child_id", read_only=True)

    class Meta:
        model = Assessment
        fields = [
            "id",
            "child",
            "intervention",
            *COUNTERSIGNING_FIELDS,
            "factors_for_desistance",
            "factors_against_desistance",
            "motivation",
            "strengths",
            "safety_analysis",
            "safety_rating",
            "harm_analysis",
            "rosh_rating",
            "who_is_at_risk",
            "nature_of_risk",
            "reoffending_likelihood",
            "suggested_reoffending_likelihood",
            "intervention_level",
            "oversight_note",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


class PlanSerializer(ReadSerializer):
    child = serializers.IntegerField(source="intervention.child_id", read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "child",
            "intervention",
            "assessment",
            *COUNTERSIGNING_FIELDS,
            "desistance_objectives",
            "child_safety_objectives",
            "others_safety_objectives",
            "contingency",
            "oversight_note",
            *RECORD_FIELDS,
        ]
        read_only_fields = fields


class ReviewSerializer(ReadSerializer):
    child = serializers.IntegerField(source="intervention.child_id", read_only=True)

    class Meta:
        model = Review
        fields = ["id", "child", "intervention", *REVIEW_FIELDS, *RECORD_FIELDS]
        read_only_fields = fields


class SignificantChangeSerializer(ReadSerializer):
    child = serializers.IntegerField(source="intervention.child_id", read_only=True)

    class Meta:
        model = SignificantChange
        fields = ["id", "child", "intervention", *SIGNIFICANT_CHANGE_FIELDS, *RECORD_FIELDS]
        read_only_fields = fields


class ContactSerializer(ReadSerializer):
    child = serializers.IntegerField(source="intervention.child_id", read_only=True)

    class Meta:
        model = Contact
        fields = ["id", "child", "intervention", *CONTACT_FIELDS, *RECORD_FIELDS]
        read_only_fields = fields
