# ruff: noqa: E501
"""Registrations on this site for two upcoming sessions: a few for the winter
gathering, and enough for the first lecture of the starter course (12 seats) to
fill it, with two parties on the waitlist. The people are invented.

Keyed by the event's slug and the session's position on the page; each row is
what the person typed (or staff entered), in the order they registered.
"""

REGISTRATIONS = {
    ("gathering-next", 0): [
        {"name": "佐々木 美咲", "name_kana": "ささき みさき", "email": "misaki.sasaki@example.jp", "wants_gathering": True},
        {"name": "中村 拓也", "name_kana": "なかむら たくや", "email": "takuya.nakamura@example.jp", "party_size": 2, "attendance": "on_site"},
        {"name": "小山 里奈", "name_kana": "こやま りな", "email": "rina.koyama@example.jp", "attendance": "online"},
        {"name": "Emily Carter", "email": "emily.carter@example.jp", "language": "en", "wants_gathering": True},
        {"name": "三上 昭", "name_kana": "みかみ あきら", "email": "", "phone": "017-000-5678", "channel": "phone", "note": "電話での申し込み"},
    ],
    ("ibasho-startup-course", 0): [
        {"name": "成田 由紀", "name_kana": "なりた ゆき", "email": "yuki.narita@example.jp", "party_size": 2},
        {"name": "田中 健一", "name_kana": "たなか けんいち", "email": "kenichi.tanaka@example.jp"},
        {"name": "工藤 沙織", "name_kana": "くどう さおり", "email": "saori.kudo@example.jp", "party_size": 3, "note": "同じ団体の3名です"},
        {"name": "木村 大輔", "name_kana": "きむら だいすけ", "email": "daisuke.kimura@example.jp", "party_size": 2},
        {"name": "斎藤 明美", "name_kana": "さいとう あけみ", "email": "akemi.saito@example.jp"},
        {"name": "葛西 翔", "name_kana": "かさい しょう", "email": "sho.kasai@example.jp", "party_size": 2},
        {"name": "福田 真理", "name_kana": "ふくだ まり", "email": "mari.fukuda@example.jp"},
        # The 12 seats are taken: these two wait.
        {"name": "山内 浩二", "name_kana": "やまうち こうじ", "email": "koji.yamauchi@example.jp"},
        {"name": "長内 恵", "name_kana": "おさない めぐみ", "email": "megumi.osanai@example.jp", "party_size": 2},
    ],
}
