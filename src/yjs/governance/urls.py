"""The partnership board's pages: each view module lists its own routes."""

from __future__ import annotations

from yjs.governance.views import improvement, meetings, members

app_name = "governance"

urlpatterns = [*members.urlpatterns, *meetings.urlpatterns, *improvement.urlpatterns]
