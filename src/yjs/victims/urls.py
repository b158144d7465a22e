from __future__ import annotations

from django.urls import path

from yjs.victims import views

app_name = "victims"

urlpatterns = [
    path("", views.worklist, name="worklist"),
    path("workers/", views.workers, name="workers"),
    path("workers/new/", views.worker_new, name="worker_new"),
    path("workers/<int:pk>/end/", views.worker_end, name="worker_end"),
    path("children/<int:pk>/", views.child, name="child"),
    path("children/<int:pk>/new/", views.victim_new, name="victim_new"),
    path("<int:pk>/", views.victim, name="victim"),
    path("<int:pk>/edit/", views.victim_edit, name="victim_edit"),
    path("<int:pk>/remove/", views.victim_archive, name="victim_archive"),
    path("<int:pk>/history/", views.history, name="history"),
    path("<int:pk>/contacts/new/", views.contact_new, name="contact_new"),
    path("<int:pk>/consent/<str:kind>/", views.consent, name="consent"),
    path("<int:pk>/restorative-justice/new/", views.offer_new, name="offer_new"),
    path("<int:pk>/restorative-justice/<int:offer_pk>/", views.offer_edit, name="offer_edit"),
    path("<int:pk>/wishes/new/", views.wishes_new, name="wishes_new"),
    path("<int:pk>/feedback/new/", views.feedback_new, name="feedback_new"),
]
