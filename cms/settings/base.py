"""Settings shared by every profile (dev, test, production)."""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from wagtail.embeds.oembed_providers import vimeo, youtube

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "search",
    "network",
    "cms.regions",
    "cms.people",
    "cms.events",
    "cms.registrations",
    "cms.library",
    "cms.stories",
    "cms.places",
    "cms.programmes",
    "cms.policies",
    "cms.news",
    "cms.demo",
    "cms.privacy",
    "cms.pagecache",
    "cms.security",
    "cms.translations",
    "cms.topics",
    "cms.organisation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    # Editors' promoted results and the popular-searches report (search/).
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # Members' accounts (network/): sign-up with a verified e-mail, passwords.
    "allauth",
    "allauth.account",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the body: an oversized request gets a 413 page.
    "cms.security.middleware.RequestBodyLimitMiddleware",
    # Right after SecurityMiddleware so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 304 Not Modified from the ETag, for cached pages too.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and everything else: a hit skips the whole stack.
    "cms.pagecache.middleware.AnonymousPageCacheMiddleware",
    # Past the page cache: only renders look the Site up.
    "cms.pagecache.middleware.SharedSiteMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # A document's translation is edited only by who may change that document.
    "cms.library.permissions.DocumentTranslationPermissionMiddleware",
    # Last, as django-axes asks: turns a lock-out into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# The embedded default: one SQLite file. WAL lets readers run beside a writer;
# IMMEDIATE transactions take the write lock up front, so two concurrent writers
# queue on busy_timeout instead of failing half-way with "database is locked".
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
        "OPTIONS": {
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA busy_timeout=5000;"
            ),
            "transaction_mode": "IMMEDIATE",
        },
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Document editors (collection permissions) in wagtail-localize's editor.
    "cms.library.permissions.DocumentCollectionPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"  # noqa: E501
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Pages and snippets exist per language (wagtail-localize); home.migrations
# creates both Locale rows.
WAGTAIL_I18N_ENABLED = True
# A page submitted for translation stays a draft until its translation is
# published, so /en/ never shows Japanese text (cms/translations/).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed, content-hashed file names: safe to cache for a year.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Complex page models (events with many sessions) exceed Django's default.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Tasks run inside the request here (dev, tests); production queues them in the
# database for `manage.py db_worker` (settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Bounds on reading a PDF's text (cms/library/pdf_text.py): a hostile 5 KB file
# can keep pypdf busy for minutes. Past the page or character cap the text is
# kept up to it; past the CPU or memory cap extraction fails.
KAIKI_PDF_TEXT_MAX_PAGES = 500
KAIKI_PDF_TEXT_MAX_CHARS = 1_000_000
KAIKI_PDF_TEXT_CPU_SECONDS = 20
KAIKI_PDF_TEXT_MEMORY_MB = 512

WAGTAIL_SITE_NAME = "Kaiki"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Wagtail's database backend, Japanese-aware (character bigrams; search/text.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.library.forms.LibraryDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "csv", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Counted downloads go through Wagtail's serve view (see library.signals).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Request bodies (cms/security/middleware.py; gunicorn has no body limit): a
# visitor only sends forms; editors upload documents and images in the admin.
KAIKI_MAX_REQUEST_BODY = 1024 * 1024
KAIKI_MAX_ADMIN_REQUEST_BODY = WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024
# Forms visitors upload a file with (path after the language prefix): a member's
# photo (network.photos checks it, up to 5 MB).
KAIKI_UPLOAD_REQUEST_BODIES = {"/members/profile/": 6 * 1024 * 1024}
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

KAIKI_EVENTS_PER_PAGE = 12
# Registrations' personal data is deleted this many months after their
# session (manage.py purge_registrations, daily); the counts stay.
KAIKI_REGISTRATION_RETENTION_MONTHS = 6
KAIKI_ITEMS_PER_PAGE = 20
# Introduction requests (network/introductions): a guide is reminded after this
# many days without an answer, and the request passed on after as many again;
# a visitor's unconfirmed request expires after KAIKI_INTRODUCTION_CONFIRM_DAYS.
KAIKI_INTRODUCTION_ANSWER_DAYS = 3
KAIKI_INTRODUCTION_CONFIRM_DAYS = 7

# Caches: "default" for Wagtail and sessions-adjacent data, "pages" only for the
# anonymous page cache, which editorial changes clear as a whole.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kaiki-pages",
    },
}
KAIKI_PAGE_CACHE_SECONDS = 300
# `make benchmark` only (scripts/benchmark.py sets it for the server it starts):
# a request whose X-Kaiki-Uncached header carries this token skips the page
# cache, so renders and cached pages are measured in one run. Empty (the
# default) honours no header: a token anyone knew would let them force renders.
KAIKI_PAGE_CACHE_BYPASS_TOKEN = ""
KAIKI_PAGE_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/healthz", "/static/")
# The query parameters public pages read: the only ones in a page cache key.
# Others (utm_*, fbclid, ...) are ignored by the key, and a request carrying them
# is served from the cache but never stored. A page that reads a parameter not
# listed here is never stored (and logged on "kaiki.pagecache"): add it here.
KAIKI_PAGE_CACHE_QUERY_PARAMETERS = (
    "kind",
    "month",
    "page",
    "query",
    "region",
    "untranslated",
    "p",  # the sitemap's pages
    # The guide directory's filters (network/).
    "municipality",
    "topic",
    "language",
)

# Embeds only from the providers the Content-Security-Policy lets into frames.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}
]

# Content-Security-Policy: no inline or third-party scripts on the public site.
# The Wagtail admin still needs inline scripts, so it is left to its own headers.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # Inline style attributes come from rich text and embeds.
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "cms.errors.csrf_failure"
# After a login without ?next= (Wagtail's page-restriction login): the home page
# in the visitor's language, not Django's /accounts/profile/, which is no page here.
LOGIN_REDIRECT_URL = "/"

# Members' accounts (django-allauth, mounted under /ja/accounts/ and /en/accounts/):
# members sign in with their e-mail, verified by a link before the first login.
# Staff keep the Wagtail admin's own login. Restricted pages send visitors to
# the members' login.
LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_ADAPTER = "network.accounts.AccountAdapter"
ACCOUNT_FORMS = {"signup": "network.forms.SignupForm"}
# allauth's own limits (per client address and per account), on top of django-axes.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "change_email": "1/m/user",
    "manage_email": "10/m/user",
}

# The proxies in front whose X-Forwarded-For is believed (cms/security/clients.py):
# None reads REMOTE_ADDR; a count (1 for one TLS proxy) or a list of networks.
KAIKI_TRUSTED_PROXIES = None

# Lock-outs after wrong passwords (django-axes; cms/security/throttle.py): ten
# failures for one account (or one page password), or from one client address,
# lock that account or client for 15 minutes. Counted in the database, so every
# worker sees the same count with or without Redis. Attempts refused during a
# lock-out do not extend it, so the real owner can always get back in after 15
# minutes; `manage.py axes_reset_username NAME` lifts one sooner.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "cms.security.clients.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.security.throttle.lockout_response"
# No table of every successful login (addresses, browsers) kept for ever.
AXES_DISABLE_ACCESS_LOG = True
# Axes logs nothing at start-up, and names no browser (see LOGGING below).
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "filters": {"one_line_warning": {"()": "cms.security.log_filters.OneLineWarning"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Requests for hosts the site does not serve: scanners, one line each.
        "django.security.DisallowedHost": {
            "handlers": ["console"],
            "filters": ["one_line_warning"],
            "propagate": False,
        },
        # One JSON object per line (cms.security.events): easy to ship and query.
        "kaiki.security": {
            "handlers": ["console"],
            "level": "INFO",
            "propagate": False,
        },
        # Axes writes a masked line per failed attempt; kaiki.security already
        # has one, and one per lock-out.
        "axes": {"level": "ERROR"},
    },
}
