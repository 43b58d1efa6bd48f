import io

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from home.tests.factories import PageFactory
from network.choices import GuideStatus, ProfileVisibility
from network.models import GuideDirectoryPage, GuideProfile, MemberProfile

PASSWORD = "kaiki-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member-{n}")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )


class MemberProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberProfile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"ゆき{n}")
    legal_name = factory.Sequence(lambda n: f"山田 雪{n}")
    visibility = ProfileVisibility.PUBLIC


class GuideProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuideProfile
        skip_postgeneration_save = True

    member = factory.SubFactory(MemberProfileFactory)
    topics = factory.LazyFunction(lambda: ["housing"])
    languages = factory.LazyFunction(lambda: ["ja"])
    statement = "移住して10年。空き家探しを手伝えます。"
    status = GuideStatus.APPROVED
    applied_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)


class GuideDirectoryPageFactory(PageFactory):
    class Meta:
        model = GuideDirectoryPage

    title = "案内役をさがす"
    slug = "guides"


def image_upload(*, size=(400, 300), image_format="JPEG", name="me.jpg", exif=None):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (200, 120, 40))
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=image_format, **kwargs)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(image_format, "")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)
