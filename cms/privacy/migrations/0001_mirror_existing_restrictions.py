"""Restrictions set before translations followed them: give every translation of
a restricted page the same restriction (once, for existing sites)."""

from django.db import migrations


def mirror(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    for restriction in PageViewRestriction.objects.select_related("page"):
        groups = list(restriction.groups.values_list("pk", flat=True))
        twins = Page.objects.filter(
            translation_key=restriction.page.translation_key
        ).exclude(pk=restriction.page_id)
        for twin in twins:
            if PageViewRestriction.objects.filter(page=twin).exists():
                continue
            copy = PageViewRestriction.objects.create(
                page=twin,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(groups)


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(mirror, migrations.RunPython.noop)]
