# ruff: noqa: E501
"""A policy page on migration and 関係人口, with outcome indicators.

The indicator figures follow a prefectural Tokyo office's work plan: migrants
13 in FY2009 with a target of 30 or more a year by FY2019; consultations at the
Tokyo desk in FY2019 (to the end of February) against FY2018. The consultation
targets are not in that plan and are set for the demo.
"""

from decimal import Decimal

POLICY = {
    "slug": "migration-policy",
    "title": "移住・定住と関係人口の拡大",
    "summary": (
        "移り住む人を増やし、移り住んだ人が暮らし続けられる地域をつくるとともに、"
        "住んではいなくても地域と関わり続ける「関係人口」を広げます。"
    ),
    "situation_and_issues": (
        "<h3>移住先として選ばれにくい</h3>"
        "<ul>"
        "<li>冬の厳しさや交通の便などから、青森は移住先として選ばれにくい傾向があります。</li>"
        "<li>進学や就職で県外へ出た若い世代が、地元に戻るきっかけをつかみにくくなっています。</li>"
        "</ul>"
        "<h3>地域の担い手が足りない</h3>"
        "<ul>"
        "<li>町内会や祭り、地域の居場所を支える人が高齢化し、活動を続けることが難しくなっています。</li>"
        "<li>地域の課題は多様になり、地域だけ、行政だけでは解決が難しくなっています。</li>"
        "</ul>"
    ),
    "basic_direction": (
        "<p>移住を考える人に仕事と暮らしの情報を確かに届け、移り住んだ後も地域とつながり続けられるよう、"
        "行政、関係団体、先輩移住者が一緒になって受け入れの環境を整えます。</p>"
        "<p>また、地域にルーツのある人や、かつて住んでいた人、まちづくりに関わってくれる人など、"
        "地域の外から継続して関わる「関係人口」を広げ、将来の移住や二地域での暮らしにつなげます。</p>"
    ),
    "main_actions": (
        "<h3>情報発信と相談体制の充実</h3>"
        "<ul>"
        "<li>首都圏の相談窓口で、休日や夜間も含めて移住と仕事の相談にまとめて応じます。</li>"
        "<li>首都圏の学生とつながる交流会を開き、SNSで県内の仕事や暮らしの情報を届けます。</li>"
        "</ul>"
        "<h3>受け入れの環境づくり</h3>"
        "<ul>"
        "<li>移住体験や案内役の紹介など、移住を考える人の希望に応じた体験の機会を増やします。</li>"
        "<li>移り住んだ人が地域と関わりながら力を発揮できるよう、居場所やネットワークづくりを支えます。</li>"
        "</ul>"
        "<h3>Uターンの後押し</h3>"
        "<ul>"
        "<li>国や関係団体と連携し、Uターンを考える人の就職や就農を支援します。</li>"
        "</ul>"
    ),
}

# name, unit, baseline FY, baseline, target FY, target, target note, [(FY, value, note)]
INDICATORS = [
    ("UIJターン就職者・移住者数", "人", 2009, Decimal("13"), 2019, Decimal("30"), "以上", []),
    ("首都圏窓口での就業相談件数", "件", 2018, Decimal("23"), 2020, Decimal("200"), "以上",
     [(2019, Decimal("168"), "2月末時点")]),
    ("首都圏窓口での移住相談件数", "件", 2018, Decimal("36"), 2020, Decimal("200"), "以上",
     [(2019, Decimal("187"), "2月末時点")]),
]
