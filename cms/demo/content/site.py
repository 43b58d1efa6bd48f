# ruff: noqa: E501
"""The organisation behind the demo site; the site's name, the home page,
About, Contact and the footer's pages are ``cms/demo/data/ja/site.toml``."""

from cms.demo.content import read

ORGANISATION = {
    "name": "あおもり回帰ネットワーク事務局",
    "postal_code": "030-0801",
    "address": "青森県青森市新町二丁目4番1号 しんまち共創ビル3階",
    "phone": "017-000-1234",
    "fax": "017-000-1235",
    "email": "info@example.org",
    "office_hours": "平日 9:00〜17:00(土日祝日・年末年始を除く)",
    "about": (
        "青森県に移り住む人、移り住んだ人、それを支える地域の人をつなぐネットワークの事務局です。"
        "イベントの企画、案内役の紹介、居場所づくりの相談を受け付けています。"
    ),
    # The English version of the same settings (its own fields, not wagtail-localize).
    "name_en": "Aomori Homecoming Network Office",
    "address_en": "3F Shinmachi Co-creation Building, 2-4-1 Shinmachi, Aomori City, Aomori",
    "office_hours_en": "Weekdays 9:00–17:00 (closed at weekends, on public holidays and over New Year)",
    "about_en": (
        "We connect people who are thinking of moving to Aomori, people who already have, "
        "and the locals who welcome them. We plan events, introduce local guides and help "
        "groups set up community places."
    ),
}

SITE = read("ja/site.toml")
