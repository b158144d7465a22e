from __future__ import annotations

from yjs.safety.views import child, lists, panel

app_name = "safety"

urlpatterns = [*lists.urlpatterns, *child.urlpatterns, *panel.urlpatterns]
