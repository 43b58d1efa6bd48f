from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    MANUAL = "manual", _("Manual")
    CASE_STUDIES = "case_studies", _("Case-study collection")
    GUIDEBOOK = "guidebook", _("Guidebook")
    FLYER = "flyer", _("Flyer")
    APPLICATION_FORM = "application_form", _("Application form")
    QA = "qa", _("Q&A")
    REPORT = "report", _("Report")
    MATERIAL = "material", _("Event material")
