from django.urls import path

from . import views
from .introductions import views as introductions

app_name = "network"

urlpatterns = [
    path("", views.member_home, name="home"),
    path("profile/", views.profile_edit, name="profile"),
    path("profile/data/", views.data_export, name="data_export"),
    path("profile/delete/", views.account_delete, name="delete"),
    path("guide/", views.guide_apply, name="guide_apply"),
    path("photos/<int:profile_id>/", views.member_photo, name="photo"),
    path("introductions/", introductions.my_introductions, name="introductions"),
    path("introductions/ask/", introductions.ask, name="introduction_ask"),
    path(
        "introductions/<str:token>/",
        introductions.introduction,
        name="introduction",
    ),
    path(
        "guide/introductions/",
        introductions.guide_introductions,
        name="guide_introductions",
    ),
    path(
        "guide/introductions/<int:request_id>/",
        introductions.guide_introduction,
        name="guide_introduction",
    ),
]
