from __future__ import annotations

from django.urls import include, path

urlpatterns = [
    path("", include("yjs.core.urls")),
    path("children/", include("yjs.children.urls")),
    path("justice/", include("yjs.justice.urls")),
    path("casework/", include("yjs.casework.urls")),
    path("out-of-court/", include("yjs.diversion.urls")),
    path("safety/", include("yjs.safety.urls")),
    path("victims/", include("yjs.victims.urls")),
    path("education/", include("yjs.education.urls")),
    path("health/", include("yjs.health.urls")),
    path("resettlement/", include("yjs.resettlement.urls")),
    path("parenting/", include("yjs.parenting.urls")),
    path("quality/", include("yjs.quality.urls")),
    path("workforce/", include("yjs.workforce.urls")),
    path("performance/", include("yjs.performance.urls")),
    path("board/", include("yjs.governance.urls")),
    path("api/", include("yjs.api.urls")),
]
