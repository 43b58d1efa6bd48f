from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("", views.member_home, name="home"),
    path("profile/", views.profile_edit, name="profile"),
    path("profile/data/", views.data_export, name="data_export"),
    path("profile/delete/", views.account_delete, name="delete"),
    path("guide/", views.guide_apply, name="guide_apply"),
    path("photos/<int:profile_id>/", views.member_photo, name="photo"),
]
