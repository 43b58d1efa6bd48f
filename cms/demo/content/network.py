# ruff: noqa: E501
"""Members and guides of the demo network (invented people; e-mails at example.org).

Regions 西北五 and 下北 deliberately have no guide, and 上十三's only guide is
paused: the directory lists them as looking for guides. 西北五 has a pending
application.
"""

DIRECTORY = {
    "slug": "guides",
    "title": "案内役をさがす",
    "intro": (
        "<p>「入りにくい」と思われる地域ほど、案内役がいれば、ほかでは得がたい魅力に変わります。"
        "先に移り住んだ人や地域の人が、暮らし・仕事・地域行事のことを教え、人を紹介してくれます。</p>"
    ),
    "looking_intro": (
        "<p>次の地域にはまだ受け付け中の案内役がいません。この地域に住んでいて、"
        "新しく来る人を迎えたい方は、案内役に応募してください。</p>"
    ),
}

DIRECTORY_EN = {
    "title": "Find a local guide",
    "intro": (
        "<p>Places that seem hard to get into often turn out to be the most rewarding, once "
        "someone shows you the way in. Our guides moved here before you, or grew up here, and "
        "introduce newcomers to everyday life, work and the people who live here.</p>"
    ),
    "looking_intro": (
        "<p>These places have no guide taking introductions yet. Do you live there and want "
        "to welcome newcomers? Apply to be a guide.</p>"
    ),
}

# The demo's sign-in data (printed by ``manage.py demo_members``).
DEMO_MEMBER = "maiko@example.org"
DEMO_GUIDE = "misaki@example.org"

# The office's staff member who takes the demo's decisions.
OFFICE = {"email": "office@example.org", "group": "ネットワーク担当"}

# e-mail, profile fields, guide (None: a member only), status, reason
MEMBERS = [
    (
        "misaki@example.org",
        {
            "display_name": "りんご農家のみさき",
            "legal_name": "佐藤 美咲",
            "name_kana": "さとう みさき",
            "came_from": "東京都世田谷区",
            "region": "chunan",
            "municipality": "hirosaki",
            "kind": "u_turn",
            "year_moved": 2016,
            "topics": ["farming", "housing", "community"],
            "skills": "りんごの剪定、空き家の片付け、英語",
            "languages": ["ja", "en"],
            "bio": "東京で12年働いたあと、実家のりんご園を継ぐために弘前に戻りました。戻ってすぐは地域の集まりに顔を出すきっかけがつかめず苦労したので、同じように帰ってくる人の最初の知り合いになれたらと思っています。",
            "visibility": "public",
        },
        {
            "regions": ["chunan"],
            "municipalities": [],
            "topics": ["farming", "housing", "community"],
            "languages": ["ja", "en"],
            "statement": "中南地域でりんご農家をしています。農業を始めたい人、空き家を探している人に、地域の人や農協、先輩の新規就農者を紹介します。",
            "max_open_introductions": 3,
            "accepting": True,
            "who_may_ask": "anyone",
        },
        "approved",
        "",
    ),
    (
        "osamu@example.org",
        {
            "display_name": "八戸の横丁案内人",
            "legal_name": "沼田 修",
            "name_kana": "ぬまた おさむ",
            "came_from": "",
            "region": "sanpachi",
            "municipality": "hachinohe",
            "kind": "local_supporter",
            "year_moved": None,
            "topics": ["community", "work"],
            "skills": "朝市・横丁の案内、町内会の行事",
            "languages": ["ja"],
            "bio": "八戸生まれ八戸育ち。横丁と朝市を案内しながら、移ってきた人を町内の人につないでいます。",
            "visibility": "public",
        },
        {
            "regions": [],
            "municipalities": [("sanpachi", "hachinohe"), ("sanpachi", "hashikami")],
            "topics": ["community", "work"],
            "languages": ["ja"],
            "statement": "八戸の横丁と朝市を一緒に歩き、地元の人が通う店や町内会の入り方をお伝えします。階上町の漁師さんにもつなげます。",
            "max_open_introductions": 2,
            "accepting": True,
            "who_may_ask": "anyone",
        },
        "approved",
        "",
    ),
    (
        "emma@example.org",
        {
            "display_name": "Emma(青森市)",
            "legal_name": "Emma Clarke",
            "name_kana": "えま くらーく",
            "came_from": "Manchester, UK",
            "region": "tosei",
            "municipality": "aomori",
            "kind": "i_turn",
            "year_moved": 2019,
            "topics": ["childcare", "winter", "community"],
            "skills": "英語の絵本の読み聞かせ、雪道の運転",
            "languages": ["en", "ja"],
            "bio": "夫の転勤で青森市に来て、そのまま住み続けています。二人の子どもは地元の保育園と小学校に通っています。",
            "visibility": "members",
        },
        {
            "regions": [],
            "municipalities": [("tosei", "aomori")],
            "topics": ["childcare", "winter", "community"],
            "languages": ["en", "ja"],
            "statement": "海外から、または県外から子ども連れで来る家族に、保育園・学校、冬の暮らし、ママ友のつながりを紹介します。English is fine.",
            "max_open_introductions": 2,
            "accepting": True,
            "who_may_ask": "members",
        },
        "approved",
        "",
    ),
    (
        "kenta@example.org",
        {
            "display_name": "とわだの工藤",
            "legal_name": "工藤 健太",
            "name_kana": "くどう けんた",
            "came_from": "宮城県仙台市",
            "region": "kamitosan",
            "municipality": "towada",
            "kind": "j_turn",
            "year_moved": 2018,
            "topics": ["business", "work"],
            "skills": "ゲストハウス運営、創業補助金の申請",
            "languages": ["ja"],
            "bio": "仙台から十和田に移り、ゲストハウスを開きました。",
            "visibility": "public",
        },
        {
            "regions": [],
            "municipalities": [("kamitosan", "towada")],
            "topics": ["business", "work"],
            "languages": ["ja"],
            "statement": "十和田で起業したい人に、商工会や先輩の起業家を紹介します。",
            "max_open_introductions": 1,
            "accepting": True,
            "who_may_ask": "anyone",
        },
        "paused",
        "観光シーズンの繁忙期のため、11月まで紹介をお休みします。",
    ),
    (
        "koji@example.org",
        {
            "display_name": "こうじ",
            "legal_name": "木村 浩二",
            "name_kana": "きむら こうじ",
            "came_from": "埼玉県さいたま市",
            "region": "seihokugo",
            "municipality": "goshogawara",
            "kind": "u_turn",
            "year_moved": 2021,
            "topics": ["work", "community"],
            "skills": "介護福祉士",
            "languages": ["ja"],
            "bio": "五所川原に戻って介護の仕事をしています。",
            "visibility": "public",
        },
        {
            "regions": [],
            "municipalities": [("seihokugo", "goshogawara")],
            "topics": ["work", "community"],
            "languages": ["ja"],
            "statement": "五所川原で福祉の仕事を探す人、地域の祭りに参加したい人の案内をしたいです。",
            "max_open_introductions": 2,
            "accepting": True,
            "who_may_ask": "anyone",
        },
        "pending",
        "",
    ),
    (
        "maiko@example.org",
        {
            "display_name": "まいこ",
            "legal_name": "高橋 舞子",
            "name_kana": "たかはし まいこ",
            "came_from": "神奈川県横浜市",
            "region": None,
            "municipality": None,
            "kind": "considering",
            "year_moved": None,
            "topics": ["childcare", "housing"],
            "skills": "Webデザイン",
            "languages": ["ja"],
            "bio": "子どもが小学校に上がる前に、青森への移住を考えています。",
            "visibility": "members",
        },
        None,
        None,
        "",
    ),
    (
        "kei@example.org",
        {
            "display_name": "けい",
            "legal_name": "小山 恵",
            "name_kana": "こやま けい",
            "came_from": "岩手県盛岡市",
            "region": "chunan",
            "municipality": "kuroishi",
            "kind": "j_turn",
            "year_moved": 2020,
            "topics": ["business"],
            "skills": "カフェ経営",
            "languages": ["ja"],
            "bio": "黒石のこみせ通りで小さなカフェをしています。",
            "visibility": "public",
        },
        None,
        None,
        "",
    ),
    (
        "hiroshi@example.org",
        {
            "display_name": "ひろし",
            "legal_name": "田中 弘",
            "name_kana": "たなか ひろし",
            "came_from": "",
            "region": "shimokita",
            "municipality": "mutsu",
            "kind": "local_supporter",
            "year_moved": None,
            "topics": ["community"],
            "skills": "",
            "languages": ["ja"],
            "bio": "",
            "visibility": "hidden",
        },
        None,
        None,
        "",
    ),
]
