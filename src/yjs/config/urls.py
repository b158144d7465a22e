from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("", include("yjs.core.urls")),
    path("children/", include("yjs.children.urls")),
    path("justice/", include("yjs.justice.urls")),
    path("casework/", include("yjs.casework.urls")),
    path("out-of-court/", include("yjs.diversion.urls")),
    path("performance/", include("yjs.performance.urls")),
    path("board/", include("yjs.governance.urls")),
    path("api/", include("yjs.api.urls")),
]
