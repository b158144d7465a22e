from __future__ import annotations

from django.urls import path

from yjs.parenting import views

app_name = "parenting"

urlpatterns = [
    path("", views.referrals, name="referrals"),
    path("feedback/", views.feedback, name="feedback"),
    path("programmes/new/", views.programme_new, name="programme_new"),
    path("programmes/<int:pk>/edit/", views.programme_edit, name="programme_edit"),
    path("children/<int:pk>/", views.child, name="child"),
    path("children/<int:pk>/referrals/new/", views.referral_new, name="referral_new"),
    path("children/<int:pk>/feedback/new/", views.feedback_new, name="feedback_new"),
    path("referrals/<int:pk>/", views.referral_progress, name="referral_progress"),
    path("referrals/<int:pk>/edit/", views.referral_edit, name="referral_edit"),
    path("referrals/<int:pk>/remove/", views.referral_remove, name="referral_remove"),
    path("responses/<int:pk>/edit/", views.feedback_edit, name="feedback_edit"),
    path("responses/<int:pk>/remove/", views.feedback_remove, name="feedback_remove"),
]
