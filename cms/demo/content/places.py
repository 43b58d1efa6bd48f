# ruff: noqa: E501
"""Community places (居場所): invented groups across the six regions."""

PLACE_INDEX = {
    "slug": "community-places",
    "title": "みんなの居場所",
    "intro": (
        "こども食堂、認知症カフェ、地域のサロンなど、県内で登録されている居場所の一覧です。"
        "地域や種類で絞り込めます。居場所を運営している団体は、登録を申し込むことができます。"
    ),
}

# name, kind, region, municipality, organiser, venue, schedule, description, contact, status
PLACES = [
    ("つつみ町こども食堂", "children_cafeteria", "tosei", "aomori", "つつみ町こども食堂の会", "堤町会館",
     "毎月第2・第4土曜日 11:00〜14:00", "地区の町会館で、子どもと親子に温かい昼ごはんを用意しています。", "tsutsumi@example.jp", "approved"),
    ("ふれあいサロン りんごの木", "salon", "tosei", "hiranai", "りんごの木の会", "平内町の地区公民館",
     "毎週水曜日 10:00〜12:00", "お茶を飲みながらおしゃべりや体操をする、高齢の方中心のサロンです。", "017-000-3001", "approved"),
    ("まちなか認知症カフェ ひろさき", "dementia_cafe", "chunan", "hirosaki", "まちなかカフェ実行委員会", "弘前市中心街の喫茶店(定休日)",
     "毎月第3日曜日 13:30〜15:30", "認知症の方とご家族、地域の方が気軽に集える喫茶の時間です。専門職も同席します。", "cafe-hirosaki@example.jp", "approved"),
    ("こみせ食堂", "children_cafeteria", "chunan", "kuroishi", "こみせ食堂を応援する会", "黒石市中町の交流施設",
     "毎月第1土曜日 16:00〜19:00", "こみせ通りの交流施設で、地域の大人と子どもが一緒に夕ごはんを食べます。", "komise@example.jp", "approved"),
    ("浜っ子食堂", "children_cafeteria", "sanpachi", "hachinohe", "浜っ子食堂運営委員会", "八戸市内の漁協会館",
     "毎月第2日曜日 11:30〜13:30", "港町ならではの魚料理が人気のこども食堂です。中高生が配膳を手伝っています。", "hamakko@example.jp", "approved"),
    ("ごのへオレンジカフェ", "dementia_cafe", "sanpachi", "gonohe", "五戸町の介護者家族の会", "五戸町の福祉センター",
     "毎月第4金曜日 13:30〜15:00", "介護をしている家族同士が話せる場をつくりたいと準備しています。", "", "pending"),
    ("こども食堂ぽかぽか", "children_cafeteria", "seihokugo", "goshogawara", "こども食堂ぽかぽか", "地区の集会所",
     "毎月第1・第3土曜日 11:00〜14:00", "地元の野菜で子どもたちと一緒に料理をつくる、多世代が集うこども食堂です。", "pokapoka@example.jp", "approved"),
    ("海辺のサロン しおさい", "salon", "seihokugo", "fukaura", "しおさいの会", "深浦町の漁村センター",
     "毎月第2火曜日 10:00〜12:00", "日本海を眺めながら手仕事や昔話を楽しむサロンです。", "017-000-3002", "approved"),
    ("多世代食堂 みんなのテーブル", "multi_generation", "kamitosan", "towada", "みんなのテーブル", "十和田市内の空き店舗",
     "毎週金曜日 17:00〜19:30", "子どもから高齢の方まで、誰でも一緒に夕ごはんを囲める食堂です。", "table@example.jp", "approved"),
    ("認知症カフェ ひだまり", "dementia_cafe", "kamitosan", "misawa", "ひだまりの会", "三沢市内の公民館",
     "毎月第1水曜日 14:00〜16:00", "ボランティアと専門職が一緒に運営する予定の認知症カフェです。", "", "pending"),
    ("こども食堂はまなす", "children_cafeteria", "shimokita", "mutsu", "はまなすの会", "むつ市内の児童館",
     "毎月第2・第4土曜日 10:00〜13:00", "雪の季節も体を動かせる遊び場を兼ねたこども食堂です。", "hamanasu@example.jp", "approved"),
    ("おおま 潮風サロン", "salon", "shimokita", "oma", "潮風サロン準備会", "大間町の集会所",
     "毎月第3木曜日 10:00〜12:00", "漁から戻った人も立ち寄れる、港の近くのサロンを準備しています。", "", "pending"),
]
