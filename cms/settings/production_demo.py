"""The production settings plus the demo app, for the loopback production profile.

``scripts/serve-production.sh`` runs ``load_demo_data`` with this module against
the profile's own PostgreSQL, so ``make serve-production`` has content to show.
The app servers use ``cms.settings.production``, which leaves the demo out; a real
deployment never uses this module.
"""

from .production import *  # noqa: F403
from .production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "cms.demo"]
