from __future__ import annotations

from django.urls import path

from yjs.children import views

app_name = "children"
# Other apps link to these names: keep them and their paths stable.
urlpatterns = [
    path("", views.search, name="search"),
    path("new/", views.new, name="new"),
    path("<int:pk>/", views.record, name="record"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/timeline/", views.timeline, name="timeline"),
    path("<int:pk>/history/", views.history, name="history"),
    path("<int:pk>/viewed-by/", views.access_log, name="access_log"),
    path("<int:pk>/carers/new/", views.carer_new, name="carer_new"),
    path("<int:pk>/carers/<int:carer_pk>/edit/", views.carer_edit, name="carer_edit"),
    path("<int:pk>/carers/<int:carer_pk>/remove/", views.carer_archive, name="carer_archive"),
]
