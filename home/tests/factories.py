"""Factories for the home app's pages, and the page factory the other apps extend."""

import factory
from django.conf import settings
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from home.models import ContactFormField, ContactPage, HomePage, StandardPage


class PageFactory(factory.django.DjangoModelFactory):
    """A live page added under ``parent`` (required), like an editor publishing it."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise TypeError(f"{cls.__name__} needs a parent page: parent=...")
        return parent.add_child(instance=model_class(**kwargs))

    @classmethod
    def _build(cls, model_class, *args, parent=None, **kwargs):
        return model_class(**kwargs)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "ホーム"
    slug = "kaiki-home"
    hero_heading = "あおもりで暮らす"
    hero_text = "移住と地域づくりのネットワーク"


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = "このページについて"


class ContactPageFactory(PageFactory):
    class Meta:
        model = ContactPage

    title = "お問い合わせ"
    slug = "contact"
    intro = "<p>ご質問はこちらから。</p>"
    thank_you_text = "<p>送信ありがとうございました。</p>"
    to_address = "office@kaiki.example"
    from_address = "noreply@kaiki.example"
    subject = "ウェブサイトからのお問い合わせ"


class ContactFormFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactFormField

    label = factory.Sequence(lambda n: f"Field {n}")
    field_type = "singleline"
    required = True


# A valid submission of the ``contact_page`` fixture's form.
CONTACT_MESSAGE = {
    "name": "青森 花子",
    "email": "hanako@example.com",
    "message": "移住の相談です。",
}


def ensure_wagtail_defaults():
    """The rows the migrations create: both locales, the root collection and page.

    A transactional test (the browser tests) flushes them from the test database;
    with ``--reuse-db`` the next run would start without them.
    """
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(code)
        )
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )


def create_home_page(**kwargs):
    """A HomePage under the root page, made the default site's root.

    Wagtail's migration leaves a "Welcome" page as the default site's root; it is
    removed so menus and search see only what a test builds.
    """
    root = ensure_wagtail_defaults()
    home = HomePageFactory(parent=root, **kwargs)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home
