from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.events.feeds import EventFeed, events_calendar
from cms.health import healthz
from cms.library.views import serve_document
from cms.media import serve_rendition
from cms.news.feeds import NewsFeed
from cms.security import throttle
from home import views as home_views
from home.sitemaps import sitemap
from search import views as search_views

handler400 = "cms.errors.bad_request"
handler403 = "cms.errors.permission_denied"
handler500 = "cms.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/<int:document_id>/<str:document_filename>",
        serve_document,
        name="wagtaildocs_serve",
    ),
    # Wagtail's password forms, behind the same lock-out as the admin login.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        throttle.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}images/(?P<path>.+)$", serve_rendition
        )
    )

# Visitors' pages live under /ja/ and /en/; "/" redirects by Accept-Language
# (LocaleMiddleware), falling back to Japanese, the default language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("sitemap/", home_views.site_map, name="site_map"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/events/", EventFeed(), name="events_feed"),
    path("feeds/events.ics", events_calendar, name="events_calendar"),
    # Members' accounts (django-allauth) and their own pages (network/).
    path("accounts/", include("allauth.urls")),
    path("members/", include("network.urls")),
    # Event registrations: the form, the registrant's private page.
    path("registrations/", include("cms.registrations.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttle.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
