"""What the editorial apps (cms/*), network/, search/ and home/ share: language
and formatting helpers, readable slugs, the base StreamField block, map and
share links, admin list columns. It imports none of those apps, so they all
depend on it one way; home/ may import the editorial apps, never the reverse."""
