"""The REST API (/api/v1/): the same scoping, services and validation as the pages, over JSON.

- Access: a token (POST /api/v1/auth/token/) or a signed-in session; only roles that may open
  children's records get in (403 otherwise), and every queryset starts from `children_visible_to`,
  so a record out of scope is never listed and answers 404.
- Writes go through the domain services and only case managers and their managers may make them.
  A service's ValidationError answers 400 keyed by field; a stale `version` answers 409.
- Reading one record writes a row to the access log, as opening it on a page does.
- The OpenAPI schema is at /api/schema/; scripts/api-check tests the API against it.
"""
