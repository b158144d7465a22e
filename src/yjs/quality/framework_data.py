"""HM Inspectorate of Probation's youth justice inspection framework, as plain data.

Source: HMIP's standards for inspecting youth offending services (2018, revised 2021). The standards, their
domains and the three key questions of each case-assessed standard follow the published framework; the
prompts are our summary of what inspectors look for, to be replaced by the official wording when a service
loads it (an administrator or service manager edits them on the framework pages, with history kept).

This module is read by the data migration that loads both versions, and by `yjs rate-inspection`, which
rates without touching the database.
"""

from __future__ import annotations

from typing import Any

DESISTANCE = "desistance"
SAFETY_OF_CHILD = "safety_of_child"
SAFETY_OF_OTHERS = "safety_of_others"
AREAS = (DESISTANCE, SAFETY_OF_CHILD, SAFETY_OF_OTHERS)

# The wording of each key question, per kind of work, as HMIP asks it.
_QUESTIONS = {
    "assessment": {
        DESISTANCE: "Does assessment sufficiently analyse how to support the child's desistance?",
        SAFETY_OF_CHILD: "Does assessment sufficiently analyse how to keep the child safe?",
        SAFETY_OF_OTHERS: "Does assessment sufficiently analyse how to keep other people safe?",
    },
    "planning": {
        DESISTANCE: "Does planning focus sufficiently on supporting the child's desistance?",
        SAFETY_OF_CHILD: "Does planning focus sufficiently on keeping the child safe?",
        SAFETY_OF_OTHERS: "Does planning focus sufficiently on keeping other people safe?",
    },
    "implementation": {
        DESISTANCE: "Does the implementation and delivery of services effectively support the child's desistance?",
        SAFETY_OF_CHILD: "Does the implementation and delivery of services effectively support the safety of the child?",
        SAFETY_OF_OTHERS: "Does the implementation and delivery of services effectively support the safety of other people?",
    },
    "reviewing": {
        DESISTANCE: "Does reviewing focus sufficiently on supporting the child's desistance?",
        SAFETY_OF_CHILD: "Does reviewing focus sufficiently on keeping the child safe?",
        SAFETY_OF_OTHERS: "Does reviewing focus sufficiently on keeping other people safe?",
    },
    "joint_working": {
        DESISTANCE: "Does joint working with the police support the child's desistance?",
        SAFETY_OF_CHILD: "Does joint working with the police promote the safety of the child?",
        SAFETY_OF_OTHERS: "Does joint working with the police promote the safety of other people?",
    },
}

_REVIEW_PROMPTS = [
    "Changes in the child's circumstances are identified and responded to",
    "Other agencies' input is used in the review",
    "The child and their parents or carers are meaningfully involved",
    "The plan is adjusted as a result of the review",
]

# Our summary of what inspectors look for under each key question (DOMAIN.md section 3).
_PROMPTS: dict[str, dict[str, list[str]]] = {
    "assessment": {
        DESISTANCE: [
            "Offending behaviour, attitudes to it and motivation to change are analysed",
            "Diversity, family and social context are considered, using other agencies' information",
            "Strengths and protective factors are identified",
            "Structural barriers the child faces are considered",
            "The child's maturity and likelihood of engaging are considered",
            "Victims' needs and wishes, and opportunities for restorative justice, are considered",
            "The child and their parents or carers are meaningfully involved",
        ],
        SAFETY_OF_CHILD: [
            "Risks to the child's safety and wellbeing are identified and analysed",
            "Other agencies' information is drawn on",
        ],
        SAFETY_OF_OTHERS: [
            "The risk of harm to others is identified and analysed",
            "Who is at risk and the nature of the risk are set out",
            "Past behaviour is taken into account",
            "Other agencies' information is drawn on",
        ],
    },
    "planning": {
        DESISTANCE: [
            "The services most likely to support desistance are set out, sequenced in the time available",
            "Diversity and the child's family and social context are taken into account",
            "The plan builds on the child's strengths",
            "The plan takes account of the child's motivation",
            "Victims' needs and wishes are taken into account",
            "The child and their parents or carers are meaningfully involved",
        ],
        SAFETY_OF_CHILD: [
            "Other agencies are involved and plans are aligned (child protection, care)",
            "Controls and interventions to keep the child safe are set out",
            "Contingency arrangements are in place",
        ],
        SAFETY_OF_OTHERS: [
            "Controls and interventions to manage the risk of harm are set out",
            "Other agencies are involved (for example MAPPA)",
            "The needs of actual and potential victims are addressed",
            "Contingency arrangements are in place",
        ],
    },
    "implementation": {
        DESISTANCE: [
            "The right services are delivered in the right order",
            "Diversity and the child's family context are taken into account",
            "Delivery builds on the child's strengths",
            "An effective working relationship is built with the child and their parents or carers",
            "The child's integration into the community after the order is supported",
        ],
        SAFETY_OF_CHILD: [
            "Delivery of services promotes the child's safety",
            "The work of other agencies is coordinated",
        ],
        SAFETY_OF_OTHERS: [
            "Services manage and minimise the risk of harm",
            "Actual and potential victims are protected",
            "The work of other agencies is coordinated",
        ],
    },
    "reviewing": {area: list(_REVIEW_PROMPTS) for area in AREAS},
    "joint_working": {
        DESISTANCE: [
            "The decision on the disposal is made jointly with the police, with a recorded rationale",
            "Services offered support the child's desistance",
        ],
        SAFETY_OF_CHILD: ["Information about the child's safety is shared with the police and partners"],
        SAFETY_OF_OTHERS: ["Information about the risk of harm to others is shared with the police and partners"],
    },
}

# Each standard's headline statement: what good looks like, in our words close to HMIP's (check against the
# published framework and correct on the framework pages). Assessment, planning and delivery read alike for
# court and out-of-court work.
_HEADLINES = {
    "1.1": "Governance and leadership support and promote a high-quality, personalised and responsive service "
    "for all children.",
    "1.2": "Staff are empowered to deliver a high-quality, personalised and responsive service for all children.",
    "1.3": "A comprehensive range of high-quality services is in place, enabling personalised and responsive "
    "provision for all children.",
    "1.4": "Timely and relevant information is available and appropriate facilities are in place to support a "
    "high-quality, personalised and responsive approach for all children.",
    "assessment": "Assessment is well-informed, analytical and personalised, actively involving the child and "
    "their parents or carers.",
    "planning": "Planning is well-informed, holistic and personalised, actively involving the child and their "
    "parents or carers.",
    "implementation": "High-quality, well-focused, personalised and coordinated services are delivered, engaging "
    "the child and their parents or carers.",
    "reviewing": "Reviewing of progress is well-informed, analytical and personalised, actively involving the "
    "child and their parents or carers.",
    "joint_working": "Joint working with the police supports the delivery of high-quality, personalised and "
    "coordinated services.",
    "3.4": "There is a high-quality, evidence-based out-of-court disposal service in place that promotes "
    "diversion and supports sustainable desistance.",
    "4.1": "There is a high-quality, evidence-based resettlement service for children leaving custody.",
}

# Compliance and enforcement is looked for in court work only: an out-of-court disposal has no order to enforce.
_COURT_ONLY_IMPLEMENTATION_PROMPT = "Compliance is encouraged, and enforcement taken when needed"


def _key_questions(kind: str, disposal: str) -> list[dict[str, Any]]:
    questions = []
    for area in AREAS:
        prompts = list(_PROMPTS[kind][area])
        if kind == "implementation" and area == DESISTANCE and disposal == "court":
            prompts.append(_COURT_ONLY_IMPLEMENTATION_PROMPT)
        questions.append({"area": area, "text": _QUESTIONS[kind][area], "prompts": prompts})
    return questions


def _judgement(code: str, name: str, domain: int, *, scored: bool = True, may_be_not_rated: bool = False) -> dict:
    return {
        "code": code,
        "name": name,
        "domain": domain,
        "headline": _HEADLINES[code],
        "assessed_by": "judgement",
        "scored": scored,
        "may_be_not_rated": may_be_not_rated,
        "disposal": "",
        "key_questions": [],
    }


def _case(code: str, name: str, domain: int, disposal: str, kind: str) -> dict:
    return {
        "code": code,
        "name": name,
        "domain": domain,
        "headline": _HEADLINES[kind],
        "assessed_by": "case",
        "scored": True,
        "may_be_not_rated": False,
        "disposal": disposal,
        "key_questions": _key_questions(kind, disposal),
    }


def _common() -> list[dict[str, Any]]:
    return [
        _judgement("1.1", "Governance and leadership", 1),
        _judgement("1.2", "Staff", 1),
        _judgement("1.3", "Partnerships and services", 1),
        _judgement("1.4", "Information and facilities", 1),
        _case("2.1", "Assessment", 2, "court", "assessment"),
        _case("2.2", "Planning", 2, "court", "planning"),
        _case("2.3", "Implementation and delivery", 2, "court", "implementation"),
        _case("2.4", "Reviewing", 2, "court", "reviewing"),
        _case("3.1", "Assessment", 3, "out_of_court", "assessment"),
        _case("3.2", "Planning", 3, "out_of_court", "planning"),
        _case("3.3", "Implementation and delivery", 3, "out_of_court", "implementation"),
    ]


# Publication dates are the month each version came into use (check against HMIP's own pages).
FRAMEWORKS: list[dict[str, Any]] = [
    {
        "version": "2018",
        "name": "Standards for inspecting youth offending services (2018)",
        "published_on": "2018-06-01",
        "standards": [*_common(), _case("3.4", "Joint working", 3, "out_of_court", "joint_working")],
    },
    {
        "version": "2021",
        "name": "Standards for inspecting youth offending services (2021)",
        "published_on": "2021-06-01",
        "standards": [
            *_common(),
            _judgement("3.4", "Out-of-court disposal policy and provision", 3),
            _judgement("4.1", "Resettlement policy and provision", 4, scored=False, may_be_not_rated=True),
        ],
    },
]

DOMAINS = {
    1: "Organisational delivery",
    2: "Court disposals",
    3: "Out-of-court disposals",
    4: "Resettlement",
}


def framework_data(version: str) -> dict[str, Any] | None:
    return next((framework for framework in FRAMEWORKS if framework["version"] == version), None)
