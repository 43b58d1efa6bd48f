"""``{% shared_fragment %}``: a piece of a page rendered once for every visitor
who would see the same thing.

    {% load pagecache %}
    {% now "YmdHi" as minute %}
    {% shared_fragment "event" page.pk minute %} ... {% endshared_fragment %}

The rendered HTML is kept in the shared cache (shared.py), so it is renewed
whenever content is published or a snippet, setting, site or restriction is
saved (a new generation), and kept at most five minutes otherwise. Its key is
the fragment's name, the values given after it (what else the fragment shows:
the page, the current minute for anything that depends on the time), and what
every fragment depends on: the language, the host, and the restricted pages and
collections hidden from the visitor (cms.privacy), so visitors share an entry
only when the privacy rule shows them the same pages and documents.

Never put inside one what is personal (a member's name, their registrations, a
form: a fragment holding a CSRF token is never kept) or what reads
``request.GET`` (the page cache could no longer tell that the page depends on
the query).
"""

from django import template

from ..fragments import audience_key
from ..shared import shared_value

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        key = (
            self.name.resolve(context),
            audience_key(request),
            tuple(value.resolve(context) for value in self.vary_on),
        )
        return shared_value(
            "fragment",
            key,
            lambda: self.nodelist.render(context),
            keep=lambda html: "csrfmiddlewaretoken" not in html,
        )


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            f"'{bits[0]}' takes a name and the values the fragment depends on."
        )
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        nodelist,
    )
