"""What a browser posts for a child's or a carer's details form, built from a saved record."""

from __future__ import annotations

from yjs.children.models import Carer, Child


def child_form_data(child: Child, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "first_name": child.first_name,
        "last_name": child.last_name,
        "date_of_birth": child.date_of_birth.isoformat(),
        "sex": child.sex,
        "gender_identity": child.gender_identity,
        "ethnicity": child.ethnicity,
        "local_authority": child.local_authority_id,
        "pnc_number": child.pnc_number,
        "address": child.address,
        "family": child.family_id or "",
        "care_status": child.care_status,
        "send_status": child.send_status,
        "version": child.version,
    }
    for flag in ("slcn", "mental_health_concern", "substance_misuse"):
        if getattr(child, flag):
            data[flag] = "on"
    data.update(changes)
    return data


def carer_form_data(carer: Carer, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": carer.name,
        "relationship": carer.relationship,
        "phone": carer.phone,
        "address": carer.address,
        "version": carer.version,
    }
    if carer.parental_responsibility:
        data["parental_responsibility"] = "on"
    data.update(changes)
    return data
