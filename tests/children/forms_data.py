"""What a browser posts for a child's details form, built from a saved child."""

from __future__ import annotations

from yjs.children.models import Child


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
        "care_status": child.care_status,
        "send_status": child.send_status,
        "version": child.version,
    }
    for flag in ("slcn", "mental_health_concern", "substance_misuse"):
        if getattr(child, flag):
            data[flag] = "on"
    data.update(changes)
    return data
