from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """Member profiles, guides (案内役) and introduction requests.

    Built in the network stage; the editorial apps under ``cms`` do not depend on it.
    """

    name = "network"
    verbose_name = _("Network")
