"""Health interventions offered to and attended by children: mental health and wellbeing, substance misuse."""

from __future__ import annotations
