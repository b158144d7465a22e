"""The REST API (/api/v1/): the same scoping, services and validation as the pages, over JSON.

- Access: a token (POST /api/v1/auth/token/) or a signed-in session; only roles that may open
  children's records get in (403 otherwise), and every queryset starts from `children_visible_to`,
  so a record out of scope is never listed and answers 404.
- Writes go through the domain services and only case managers and their managers may make them.
  A service's ValidationError answers 400 keyed by field; a stale `version` answers 409; a service's
  refusal (another team's case, countersigning one's own submission) answers 403 with the reason.
- Casework: interventions are started, allocated and closed; assessments and plans are drafted,
  changed in draft, submitted, then countersigned or returned (actions under /{id}/); reviews,
  significant changes and contacts are recorded, and a contact's outcome is given.
- A record named in a request body (the outcome to supervise, the intervention of an assessment)
  that the caller may not see is refused as unknown on that field (400), as one named in the
  address answers 404: neither says whether it exists.
- A sign-in locked out after repeated failures (django-axes) answers 429 in JSON with Retry-After.
- Reading one record writes a row to the access log, as opening it on a page does.
- The OpenAPI schema is at /api/schema/; scripts/api-check tests the API against it.
"""
