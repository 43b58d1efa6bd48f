"""The news as an RSS feed, one per language (anonymous: what anyone may see)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.organisation.models import OrganisationProfile
from cms.privacy.visibility import visible_pages

from .models import NewsIndexPage, NewsPage

ITEMS = 20


class NewsFeed(Feed):
    def get_object(self, request):
        self.request = request
        self.locale = Locale.get_active()
        profile = OrganisationProfile.for_request(request)
        self.site_name = profile.name if profile else ""
        return None

    def title(self):
        return _("%(site)s: news") % {"site": self.site_name}

    def description(self):
        return _("News from %(site)s.") % {"site": self.site_name}

    def link(self):
        index = (
            visible_pages(NewsIndexPage.objects.filter(locale=self.locale))
            .order_by("path")
            .first()
        )
        return index.url if index else f"/{self.locale.language_code}/"

    def items(self):
        return NewsPage.objects.visible_to().filter(locale_id=self.locale.pk)[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.date, datetime.time(9))
        )
