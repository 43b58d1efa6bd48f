# ruff: noqa: E501
"""Events: the council's gatherings of 2015–2017, the 2022 community-places
network meeting and course series, and a few upcoming events dated from today.

Dates, times, venues, capacities and fees of past events follow the public
announcements; the descriptions are written for the demo and the people invented.
A session's ``date`` is a ``datetime.date``; times are "HH:MM" in Asia/Tokyo.
"""

import datetime

EVENT_INDEX = {
    "slug": "events",
    "title": "イベント",
    "intro": (
        "先輩移住者の話を聞く集い、地域ごとのネットワークミーティング、居場所づくりの講座など。"
        "開催日の近い順に並んでいます。"
    ),
}

COUNCIL_APPLY = [
    {"type": "phone", "value": {"value": "017-000-1234", "note": "平日 9:00〜17:00"}},
    {"type": "fax", "value": {"value": "017-000-1235", "note": "申込用紙に記入してお送りください"}},
    {"type": "email", "value": {"value": "info@example.org", "note": "件名にイベント名をお書きください"}},
]

SHAKYO_APPLY = [
    {"type": "phone", "value": {"value": "017-000-2345", "note": "社会貢献活動推進室"}},
    {"type": "fax", "value": {"value": "017-000-2346", "note": "参加申込書をお使いください"}},
    {"type": "email", "value": {"value": "ibasho@example.jp", "note": ""}},
]

COUNCIL_AUDIENCE = (
    "県外で暮らした経験のある方(進学や転勤も含みます)、青森へ移り住んだ方、"
    "あおもり回帰を応援してくださる地域の方・自治体や企業の方。関心のある方はどなたでも参加できます。"
)

SHINMACHI_CUBE = "青森市新町2-6-25"

PAST_EVENTS = [
    {
        "slug": "kickoff-forum-2015",
        "title": "あおもり回帰1000人会議 キックオフフォーラム",
        "kind": "panel",
        "summary": "UIJターンを「あおもり回帰」と呼び、移り住む人を地域で支える会議が始まります。その第一歩となるフォーラムです。",
        "body": [
            "移住が進まない理由は、仕事の少なさだけではありません。暮らしを大きく変えることへの不安や、"
            "本人だけでなく家族が感じるためらいにも目を向ける必要があります。",
            "このフォーラムでは、大学、NPO、企業、地域おこし協力隊、県の担当者が、"
            "それぞれの立場からあおもり回帰の課題を話し合います。県外の先進地からもオンラインで参加の予定です。",
        ],
        "topics": ["UIJターン", "ネットワーク"],
        "target_audience": "趣旨に賛同してくださる地域の方、自治体関係者、あおもり回帰人材を応援したい企業の方、あおもり回帰を経験した方など、どなたでも参加できます。",
        "entry_fee": 0,
        "social_gathering_fee": 3000,
        "social_gathering_note": "17:30〜19:00 会費制の懇親会(任意参加)",
        "programme": [
            ("15:00", "15:10", "あおもり回帰1000人会議について", "", ["yonezawa"]),
            ("15:10", "16:40", "パネルディスカッション「あおもり回帰の課題をみんなで考えよう」",
             "県外の先進地からもオンラインで参加の予定です。",
             ["takamori", "nomura", "negishi", "oyama", "sonoda", "onodera"]),
            ("16:45", "17:15", "事務局報告", "", []),
            ("17:30", "19:00", "懇親会", "会費制(3,000円)、任意参加です。", []),
        ],
        "people": [
            ("murakami", "mc", ""),
            ("yonezawa", "speaker", ""),
            ("takamori", "facilitator", "企画事務所 代表・大学 特任教授"),
            ("nomura", "panelist", ""),
            ("negishi", "panelist", ""),
            ("oyama", "panelist", ""),
            ("sonoda", "panelist", ""),
            ("onodera", "panelist", ""),
        ],
        "organisations": [("council", "organiser"), ("prefecture", "supporter")],
        "application_methods": COUNCIL_APPLY,
        "application_note": "電話、FAX、メールのいずれかでお申し込みください。",
        "sessions": [
            {
                "region": "tosei", "municipality": "aomori", "date": datetime.date(2015, 7, 18),
                "start": "15:00", "end": "17:30", "venue_name": "新町キューブ グランパレ",
                "venue_address": SHINMACHI_CUBE, "capacity": 50,
            },
        ],
    },
    {
        "slug": "gathering-2015",
        "title": "あおもり回帰1000人会議 ギャザリング2015",
        "kind": "gathering",
        "summary": "「1000人が戻ってきたら、どんな青森をつくりたいか」。ゆるやかなネットワークづくりと活動方針を話し合います。",
        "body": [
            "自分の力で青森を変えていこうという人たちと一緒に、1000人が回帰したときの地域の姿を描き、"
            "提言できる集まりを目指します。",
            "事務局からの提案をもとに、ネットワークのつくり方、UIJターン人材の応援団としての役割、"
            "活動方針と行動計画、規約と代表者の選び方までを話し合います。",
        ],
        "topics": ["UIJターン", "ネットワーク"],
        "target_audience": "趣旨に賛同してくださる地域の方、自治体関係者、あおもり回帰人材を応援したい企業の方、あおもり回帰を経験した方など。",
        "entry_fee": 0,
        "social_gathering_fee": 3500,
        "social_gathering_note": "17:30から懇親会(任意参加)",
        "programme": [
            ("15:00", "15:20", "趣旨説明", "", ["yonezawa"]),
            ("15:20", "17:00", "事務局提案とトークセッション",
             "①ゆるやかなネットワークをつくろう ②UIJターン人材の応援団としての役割 ③提言できる集団をめざして ④活動方針・行動計画 ⑤規約・組織化・代表者選定",
             ["takamori"]),
            ("17:30", "19:00", "懇親会", "会費3,500円、任意参加です。", []),
        ],
        "people": [("yonezawa", "speaker", ""), ("takamori", "moderator", "")],
        "organisations": [("council", "organiser"), ("prefecture", "supporter")],
        "application_methods": [m for m in COUNCIL_APPLY if m["type"] != "email"],
        "application_note": "",
        "sessions": [
            {
                "region": "tosei", "municipality": "aomori", "date": datetime.date(2015, 9, 27),
                "start": "15:00", "end": "17:00", "venue_name": "ねぶたの家 ワ・ラッセ イベントホール",
                "venue_address": "青森市安方1-1-1", "capacity": None,
            },
        ],
    },
    {
        "slug": "hachinohe-2016",
        "title": "あおもり回帰1000人会議2016 in 八戸",
        "kind": "panel",
        "summary": "市の職員、地域おこし協力隊、村の職員。それぞれの立場で地域の課題に向き合う3人と語り合います。",
        "body": [
            "昨年度から続けてきた会議を、今回は八戸で開きます。"
            "人口が減り続ける地域で、移り住む人をどう迎え、どう支えていくのか。",
            "パネルディスカッションのあとは名刺交換会と懇親会で、参加者同士のつながりを広げます。",
        ],
        "topics": ["UIJターン", "地域おこし協力隊", "行政"],
        "target_audience": "趣旨に賛同してくださる地域の方や自治体関係者、あおもり回帰人材を応援したい企業、あおもり回帰を経験した方など。",
        "entry_fee": 0,
        "social_gathering_fee": 3000,
        "social_gathering_note": "18:30〜20:00 会費制の懇親会",
        "programme": [
            ("16:30", "18:00", "パネルディスカッション", "", ["okawa", "kawashima", "matsui", "takamori"]),
            ("18:00", "18:30", "名刺交換会", "", []),
            ("18:30", "20:00", "懇親会", "会費3,000円", []),
        ],
        "people": [
            ("okawa", "panelist", ""),
            ("kawashima", "panelist", "田子町 地域おこし協力隊 隊員"),
            ("matsui", "panelist", ""),
            ("takamori", "moderator", ""),
        ],
        "organisations": [("council", "organiser"), ("prefecture", "organiser")],
        "application_methods": COUNCIL_APPLY,
        "application_note": "",
        "sessions": [
            {
                "region": "sanpachi", "municipality": "hachinohe", "date": datetime.date(2016, 7, 23),
                "start": "16:30", "end": "18:30", "venue_name": "八戸ニューポート",
                "venue_address": "八戸市大字十三日町15 フラワーエイトビル3階", "capacity": 30,
            },
        ],
    },
    {
        "slug": "gathering-2016",
        "title": "あおもり回帰1000人会議 ギャザリング2016",
        "kind": "gathering",
        "summary": "年次総会と、先輩移住者3人によるパネル「他の地域では得がたい魅力」。参加者みんなでクロストークします。",
        "body": [
            "2016年度の活動方針と今後の日程を事務局から提案し、参加者と一緒に確かめます。",
            "後半は、千葉から弘前へ移ったIターン、三沢で暮らす移住者、迷いながら戻ってきたUターンの3人が、"
            "移り住んで気づいた青森の魅力を語ります。",
        ],
        "topics": ["UIJターン", "ネットワーク", "先輩移住者"],
        "target_audience": "青森へ移り住んだ方、県外で暮らした経験のある方(進学や転勤も含みます)、移り住んだ人を応援してくださるすべての方。",
        "entry_fee": 0,
        "social_gathering_fee": 4000,
        "social_gathering_note": "17:00〜19:00 懇親会(任意参加)",
        "programme": [
            ("13:30", "13:50", "年次総会・2016年度活動方針案", "", ["yonezawa"]),
            ("13:50", "14:40", "パネル「先輩移住者が伝える、他の地域では得がたい魅力」", "",
             ["yoshimura", "kinoshita", "tsuda"]),
            ("14:40", "16:15", "参加者みんなでクロストーク", "", ["takamori"]),
            ("16:15", "16:30", "名刺交換会", "", []),
            ("17:00", "19:00", "懇親会", "任意参加、参加費4,000円", []),
        ],
        "people": [
            ("yonezawa", "speaker", ""),
            ("yoshimura", "panelist", "千葉から弘前にやってきたIターン"),
            ("kinoshita", "panelist", "三沢で暮らす青森好き"),
            ("tsuda", "panelist", "帰ってきたくなかったUターン"),
            ("takamori", "coordinator", ""),
        ],
        "organisations": [("council", "organiser"), ("prefecture", "organiser")],
        "application_methods": COUNCIL_APPLY,
        "application_note": "",
        "sessions": [
            {
                "region": "tosei", "municipality": "aomori", "date": datetime.date(2016, 9, 11),
                "start": "13:30", "end": "16:30", "venue_name": "新町キューブ 3階会議室",
                "venue_address": "青森市新町2丁目6番25号", "capacity": 50,
                "materials": ["plan_2016"],
            },
        ],
        "report": {
            "slug": "report",
            "title": "【参加者の声】ギャザリング2016",
            "summary": "先輩移住者3人のパネルに、参加者からたくさんの感想が寄せられました。",
            "body": [
                ("パネルの内容", [
                    "Iターンの吉村さんは、りんご農家の手伝いから地域に入っていった経験を、"
                    "木下さんは三沢での子育てを通じて出会った人たちのことを話しました。",
                    "Uターンの津田さんは、本当は帰りたくなかったという本音から出発し、"
                    "戻ってから見つけた仕事のやりがいと、地元を見直したきっかけを語りました。",
                ]),
            ],
            "panelists": [
                ("yoshimura", "panelist", ""), ("kinoshita", "panelist", ""),
                ("tsuda", "panelist", ""), ("takamori", "coordinator", ""),
            ],
            "voices": [
                ("戻ってきて20年になりますが、いまは人によって必要な支えが違う時代なのだと感じました。3人の話はそれぞれ個性があって面白かったです。", "50代・Uターン"),
                ("青森でどう生きているのかを直接聞けてよかったです。青森にしかない魅力については、もっと深く聞いてみたかった。", "30代・Iターン"),
                ("三者三様の話を聞いて、自分のこれからの暮らし方をあらためて考えてみたくなりました。", "20代・移住を検討中"),
                ("移住した人の話は身近で、興味深く聞きました。ここで出会えたことだけでも来た意味があったと思います。", "40代・地域の支援者"),
            ],
            "materials": ["report_2016"],
        },
    },
    {
        "slug": "hirosaki-2017",
        "title": "あおもり回帰1000人会議 in 弘前",
        "kind": "gathering",
        "summary": "地域資源の豊かな弘前・中南地域で、この地域の可能性と課題を、ゲストと会場のみんなで話し合います。",
        "body": [
            "急激な人口減少が続く青森で、多様な人が楽しく暮らせる地域をどう育てるか。"
            "今回は、りんご、手仕事、古い建物を活かした店など、地域の資源を仕事にしている4人をゲストに迎えます。",
            "ゲストの取り組みを聞いたあと、会場を巻き込んだクロストークを行います。",
        ],
        "topics": ["UIJターン", "起業", "中南"],
        "target_audience": COUNCIL_AUDIENCE,
        "entry_fee": 0,
        "social_gathering_fee": 4000,
        "social_gathering_note": "会議の後に会費制の懇親会(飲み物付き)",
        "programme": [
            ("14:00", "15:10", "ゲストから取り組みの紹介", "", ["takahata", "saiki", "okabe", "iguchi"]),
            ("15:20", "16:30", "ゲストと会場を巻き込んだクロストーク", "", ["takamori"]),
        ],
        "people": [
            ("takahata", "guest", ""), ("saiki", "guest", ""), ("okabe", "guest", ""),
            ("iguchi", "guest", ""), ("takamori", "coordinator", ""),
        ],
        "organisations": [("council", "organiser"), ("prefecture", "organiser")],
        "application_methods": COUNCIL_APPLY,
        "application_note": "",
        "sessions": [
            {
                "region": "chunan", "municipality": "hirosaki", "date": datetime.date(2017, 1, 22),
                "start": "14:00", "end": "16:30", "venue_name": "アートホテル弘前シティ 3階 オパール・ダイヤモンド",
                "venue_address": "弘前市大町1-1-2", "capacity": 50,
            },
        ],
    },
    {
        "slug": "aomori-2017",
        "title": "あおもり回帰1000人会議 in 青森",
        "kind": "gathering",
        "summary": "県外から青森に移り住んだ4人の取り組みを聞き、参加者同士で情報や思いを分かち合います。",
        "body": [
            "陶芸家、テレビの番組制作者、温泉民宿の経営者、大学の研究者。"
            "県外から青森にやってきた4人のゲストに、移り住んでからの取り組みを紹介してもらいます。",
            "後半のクロストークでは、参加者同士が情報や悩み、これからの希望を共有します。",
        ],
        "topics": ["UIJターン", "先輩移住者"],
        "target_audience": COUNCIL_AUDIENCE,
        "entry_fee": 0,
        "social_gathering_fee": 4000,
        "social_gathering_note": "会費制の懇親会",
        "programme": [
            ("14:00", "15:10", "移住経験者の取り組み紹介", "", ["nakamura", "komada", "tanabe", "kogure"]),
            ("15:20", "16:30", "クロストーク", "", ["takamori"]),
        ],
        "people": [
            ("nakamura", "guest", ""), ("komada", "guest", ""), ("tanabe", "guest", ""),
            ("kogure", "guest", ""), ("takamori", "coordinator", ""),
        ],
        "organisations": [("council", "organiser"), ("prefecture", "organiser")],
        "application_methods": COUNCIL_APPLY,
        "application_note": "先着50名です。定員になり次第締め切ります。",
        "sessions": [
            {
                "region": "tosei", "municipality": "aomori", "date": datetime.date(2017, 3, 4),
                "start": "14:00", "end": "16:30", "venue_name": "新町キューブ 1階 グランパレ",
                "venue_address": SHINMACHI_CUBE, "capacity": 50,
            },
        ],
    },
]

# The community-places network meeting of 2022: one event, six venues.
# (title, region, municipality, date, venue, address, note for its handout)
NETWORK_MEETING_VENUES = [
    ("弘前会場", "chunan", "hirosaki", datetime.date(2022, 9, 13), "弘前市総合学習センター 2階 大会議室", "",
     "中南地域では、大学生のボランティアが学習支援に関わる居場所が増えています。"),
    ("青森会場", "tosei", "aomori", datetime.date(2022, 9, 20), "青森県観光物産館アスパム 4階 十和田", "青森市安方1-1-40",
     "東青地域では、町内会や商店街が会場を提供する居場所が広がっています。"),
    ("八戸会場", "sanpachi", "hachinohe", datetime.date(2022, 9, 27), "友の会福祉会館 2階 大ホール", "",
     "三八地域では、漁業や農業の生産者が食材を届ける仕組みが育っています。"),
    ("西北五会場", "seihokugo", "goshogawara", datetime.date(2022, 11, 1), "五所川原市民学習センター 1階 大教室", "",
     "西北五地域では、送迎の難しさが参加の壁になっており、移動の工夫が話題になっています。"),
    ("下北会場", "shimokita", "mutsu", datetime.date(2022, 11, 8), "下北文化会館 キャンパス棟 2階 大集会室", "",
     "下北地域では、フードバンクとの連携で食材を確保する取り組みが始まっています。"),
    ("上十三会場", "kamitosan", "misawa", datetime.date(2022, 11, 22), "三沢市総合福祉センター 2階 多目的ホール", "",
     "上十三地域では、多世代が集う食堂が増え、高齢者と子どもの交流の場になっています。"),
]
ONLINE_VENUES = {"西北五会場", "下北会場", "上十三会場"}
SHARED_MEETING_MATERIALS = {
    "西北五会場": ["flyer_course", "flyer_soudan"],
    "下北会場": ["flyer_soudan", "flyer_course"],
    "上十三会場": ["flyer_course", "flyer_soudan"],
}

NETWORK_MEETING = {
    "slug": "kodomo-ibasho-network-meeting-2022",
    "title": "「こどもの居場所」ネットワークミーティング",
    "kind": "network_meeting",
    "summary": "こども食堂や学習支援に取り組む人が県内6会場に集い、これからの子どもの居場所について話し合いました。",
    "body": [
        "こども食堂や学習支援など、子どもの居場所の活動は県内でも広がってきましたが、"
        "感染症の拡大で多くの活動が休止や縮小を余儀なくされました。",
        "暮らしに困る家庭が増え、人とのつながりや楽しみが減っているいま、居場所の大切さをあらためて見つめ直し、"
        "これから取り組みたいことを地域ごとに話し合いました。",
    ],
    "topics": ["こども食堂", "居場所づくり", "子育て"],
    "target_audience": "子どもの居場所を運営している方、これから始めたい方、ボランティアとして関わりたい方、関係機関の方。",
    "entry_fee": 0,
    "programme": [
        ("13:30", "13:45", "開会・趣旨説明", "", ["narita"]),
        ("13:45", "14:30", "県内の居場所の現状報告", "", ["narita"]),
        ("14:30", "15:00", "地域の実践者からの報告", "", []),
        ("15:00", "15:50", "グループでの意見交換", "", ["narita"]),
        ("15:50", "16:00", "まとめ・閉会", "", []),
    ],
    "people": [("narita", "facilitator", "")],
    "organisations": [("shakyo", "organiser")],
    "application_methods": SHAKYO_APPLY,
    "application_note": "申込締切は各開催日の1週間前です。西北五・下北・上十三会場はオンラインでも参加できます(参加用のURLは申込者にお知らせします)。",
}

# The 2022 course series: (title, date, venue, address, lecturer key, [material keys])
COURSE_LECTURES = [
    ("第1回 傾聴講座", datetime.date(2022, 11, 11), "青森県観光物産館アスパム 4階 十和田", "青森市安方1-1-40",
     "sasaki", ["course_listening", "flyer_soudan", "flyer_course"]),
    ("第2回 資金調達あれこれ講座", datetime.date(2022, 11, 17), "アピオあおもり 2階 大研修室1", "青森市中央3-17-1",
     "kudo", ["course_funding", "course_worksheet", "flyer_course", "flyer_soudan"]),
    ("第3回 こどもの支援あれこれ講座", datetime.date(2022, 11, 29), "青森県観光物産館アスパム 6階 岩木", "青森市安方1-1-40",
     "mikami", ["course_children", "flyer_soudan"]),
]

COURSE_SERIES = {
    "slug": "minna-no-ibasho-course-2022",
    "title": "みんなの居場所あれこれ講座",
    "kind": "course",
    "summary": "居場所を運営する人、始めたい人、ボランティアで関わりたい人が、居場所づくりに活かせることを学ぶ全3回の講座です。",
    "body": [
        "県内で、みんなの居場所の取り組みが広がってきました。"
        "この講座では、話を聴く力、活動を続けるための資金づくり、気になる子どもへの支え方を学びます。",
        "会場とオンラインの両方で参加できます。全日程を修了した方には修了証をお渡しし、"
        "「あおもりこどもの居場所ネットワーク」のサポーター登録についてもご案内します。",
    ],
    "topics": ["居場所づくり", "講座", "ボランティア"],
    "target_audience": "みんなの居場所を運営している方、これから始めたい方、ボランティアとして関わりたい方。",
    "entry_fee": 0,
    "programme": [],
    "people": [("sasaki", "lecturer", "第1回 傾聴講座"), ("kudo", "lecturer", "第2回 資金調達あれこれ講座"),
               ("mikami", "lecturer", "第3回 こどもの支援あれこれ講座")],
    "organisations": [("shakyo", "organiser"), ("kodomo_network", "co_organiser")],
    "application_methods": SHAKYO_APPLY,
    "application_note": "申込締切は各開催日の1週間前です。講座ごとにお申し込みください。",
    "issues_certificate": True,
    "certificate_note": "講座ごとに、全日程を修了した方に修了証をお渡しします。",
}


def in_new_year_closure(date):
    return (date.month, date.day) >= (12, 29) or (date.month, date.day) <= (1, 3)


def upcoming_events(today):
    """Events a few weeks ahead of ``today``, so the demo never looks finished."""

    def day(offset, weekday=None):
        """``offset`` days from today, moved forward to ``weekday`` (0 = Monday)."""
        date = today + datetime.timedelta(days=offset)
        if weekday is not None:
            date += datetime.timedelta(days=(weekday - date.weekday()) % 7)
        # The office is closed from 29 December to 3 January: a week later.
        while in_new_year_closure(date):
            date += datetime.timedelta(days=7)
        return date

    saturday, sunday, tuesday = 5, 6, 1

    return [
        {
            "slug": "gathering-next",
            "title": "あおもり回帰ギャザリング 冬の集い",
            "kind": "gathering",
            "summary": "十和田で農業を始めたIターンと、東京の仕事を続けながら戻ったUターン。2人の話を聞いて、みんなで語り合います。",
            "body": [
                "移り住んだ先で、仕事と暮らしをどう組み立てているのか。"
                "二人のゲストが、移住を決めたきっかけから、地域に入っていった道のりまでを話します。",
                "後半は、移住を考えている人、移り住んだ人、迎える地域の人が混ざって語り合うクロストークです。",
            ],
            "topics": ["UIJターン", "先輩移住者", "仕事"],
            "target_audience": COUNCIL_AUDIENCE,
            "entry_fee": 0,
            "social_gathering_fee": 4000,
            "social_gathering_note": "17:00〜19:00 会費制の懇親会(任意参加)",
            "programme": [
                ("14:00", "14:10", "開会・あおもり回帰ネットワークについて", "", ["takamori"]),
                ("14:10", "15:10", "ゲストトーク「移り住んで、働いて、暮らして」", "", ["kasai", "ebina"]),
                ("15:20", "16:30", "参加者みんなでクロストーク", "", ["takamori"]),
            ],
            "people": [("kasai", "guest", ""), ("ebina", "guest", ""), ("takamori", "coordinator", "")],
            "organisations": [("network_office", "organiser"), ("prefecture", "supporter")],
            "application_methods": COUNCIL_APPLY,
            "application_note": "先着50名です。定員になり次第締め切ります。",
            "sessions": [
                {
                    "region": "tosei", "municipality": "aomori", "date": day(14, saturday),
                    "start": "14:00", "end": "16:30", "venue_name": "新町キューブ 1階 グランパレ",
                    "venue_address": SHINMACHI_CUBE, "capacity": 50, "deadline_days_before": 3,
                    "online_available": True, "registration_on_site": True,
                },
            ],
        },
        {
            "slug": "online-consultation",
            "title": "オンライン移住相談会",
            "kind": "consultation",
            "summary": "首都圏にいながら、青森への移住について事務局と先輩移住者に相談できます。1組30分の個別相談です。",
            "body": [
                "仕事、住まい、子育て、冬の暮らし。移住を考えはじめたばかりの方も歓迎します。",
                "ご希望があれば、相談のあとに地域の案内役をご紹介します。",
            ],
            "topics": ["移住相談", "オンライン"],
            "target_audience": "青森県への移住やUターンを考えている方とそのご家族。",
            "entry_fee": 0,
            "programme": [],
            "people": [("ebina", "guest", "先輩移住者として同席します")],
            "organisations": [("network_office", "organiser")],
            "application_methods": [m for m in COUNCIL_APPLY if m["type"] == "email"],
            "application_note": "お申し込みの際に、相談したいことを簡単にお書きください。",
            "sessions": [
                {
                    "title": "夜の部", "date": day(21, tuesday),
                    "start": "19:00", "end": "21:00", "venue_name": "オンライン(Zoom)",
                    "venue_address": "", "capacity": 4, "deadline_days_before": 2,
                    "online_available": True,
                },
                {
                    "title": "休日の部", "date": day(28, sunday),
                    "start": "10:00", "end": "12:00", "venue_name": "オンライン(Zoom)",
                    "venue_address": "", "capacity": 4, "deadline_days_before": 2,
                    "online_available": True,
                },
            ],
        },
        {
            "slug": "hachinohe-town-walk",
            "title": "案内役と歩く 八戸の横丁と朝市",
            "kind": "gathering",
            "summary": "八戸の案内役と一緒に、横丁と朝市を歩きます。地域の人と知り合うきっかけにどうぞ。",
            "body": [
                "観光ガイドには載らない、地元の人が通う店や朝市の楽しみ方を、案内役が紹介します。",
                "移り住んだばかりの方、八戸への移住を考えている方に特におすすめです。",
            ],
            "topics": ["案内役", "まち歩き", "三八"],
            "target_audience": "八戸市周辺に移り住んだ方、移住を考えている方。",
            "entry_fee": 500,
            "entry_fee_note": "朝市での試食代を含みます",
            "programme": [
                ("06:30", "08:00", "朝市を歩く", "", ["numata"]),
                ("08:00", "09:00", "朝ごはんを囲んで交流", "", []),
            ],
            "people": [("numata", "guest", "案内役")],
            "organisations": [("network_office", "organiser")],
            "application_methods": COUNCIL_APPLY,
            "application_note": "",
            "sessions": [
                {
                    "region": "sanpachi", "municipality": "hachinohe", "date": day(35, sunday),
                    "start": "06:30", "end": "09:00", "venue_name": "館鼻岸壁朝市 入口付近(集合)",
                    "venue_address": "八戸市新湊", "capacity": 15, "deadline_days_before": 7,
                    "override": "postponed",
                    "override_note": "案内役の体調不良のため延期します。新しい日程は決まり次第このページでお知らせします。",
                },
            ],
        },
        {
            "slug": "ibasho-startup-course",
            "title": "居場所を始めたい人のための入門講座",
            "kind": "course",
            "summary": "こども食堂やサロンを始めてみたい人向けの全2回の入門講座です。西北五と上十三の2会場で開きます。",
            "body": [
                "場所探し、衛生管理、保険、お金の集め方まで、立ち上げに必要なことを実践者から学びます。",
                "スタートアップ助成の申請についての個別相談も受け付けます。",
            ],
            "topics": ["居場所づくり", "講座"],
            "target_audience": "居場所づくりを始めたい個人・団体の方。",
            "entry_fee": 0,
            "programme": [],
            "people": [("fukushi", "lecturer", ""), ("kudo", "lecturer", "")],
            "organisations": [("shakyo", "organiser"), ("network_office", "co_organiser")],
            "application_methods": SHAKYO_APPLY,
            "application_note": "申込締切は各開催日の1週間前です。",
            "issues_certificate": True,
            "certificate_note": "2回とも参加した方に修了証をお渡しします。",
            "sessions": [
                {
                    "title": "第1回 五所川原会場", "region": "seihokugo", "municipality": "goshogawara",
                    "date": day(28, tuesday), "start": "13:30", "end": "16:00",
                    "venue_name": "五所川原市民学習センター 1階 大教室", "venue_address": "",
                    "capacity": 12, "deadline_days_before": 7, "online_available": True,
                    "registration_on_site": True,
                },
                {
                    "title": "第2回 十和田会場", "region": "kamitosan", "municipality": "towada",
                    "date": day(42, tuesday), "start": "13:30", "end": "16:00",
                    "venue_name": "十和田市民交流プラザ トワーレ 会議室", "venue_address": "",
                    "capacity": 30, "deadline_days_before": 7, "online_available": True,
                },
            ],
        },
    ]
