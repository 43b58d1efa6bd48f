from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("session/<int:session_id>/", views.register, name="register"),
    path("r/<str:token>/", views.manage, name="manage"),
    path("r/<str:token>/certificate.pdf", views.certificate, name="certificate"),
    path("privacy/", views.privacy, name="privacy"),
]
