"""Share links for a page: plain links to LINE, X and Facebook's share forms
(no script of theirs: the Content-Security-Policy allows none)."""

from urllib.parse import urlencode


def share_links(*, url, title):
    """(service name, share address) pairs for ``url``."""
    return [
        (
            "LINE",
            "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url}),
        ),
        (
            "X",
            "https://twitter.com/intent/tweet?"
            + urlencode({"url": url, "text": title}),
        ),
        (
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
    ]
