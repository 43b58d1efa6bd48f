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

# Introduction requests, in every state, made through the state machine.
# ``asked`` is (days before the loading day, "HH:MM"); each step is (action,
# days before, "HH:MM", *arguments). ``by`` None: a visitor, who confirms by the
# e-mailed link ("confirm"). Actions: confirm, accept, decline (reason),
# reassign (guide's e-mail, reason: by the office), introduced, feedback (side,
# rating, comment), withdraw, expire (note).
INTRODUCTIONS = [
    {
        "by": "maiko@example.org",
        "name": "高橋 舞子",
        "region": "tosei",
        "municipality": "aomori",
        "guide": "emma@example.org",
        "topics": ["childcare", "winter"],
        "languages": ["ja"],
        "moving_from": "神奈川県横浜市",
        "moving_when": "来年の春",
        "message": "小学校に上がる前の子どもがいます。青森市の保育園の空き状況や、冬の送り迎えの様子を教えてください。",
        "asked": (42, "20:15"),
        "steps": [
            ("accept", 41, "08:30"),
            ("introduced", 34, "17:00"),
            ("feedback", 33, "20:00", "newcomer", 5, "雪の日の送り迎えの工夫まで教えてもらい、不安が減りました。"),
            ("feedback", 30, "21:00", "guide", 4, "同じ年頃の子を持つ親御さんを紹介できました。"),
        ],
    },
    {
        "by": None,
        "name": "中村 大輔",
        "email": "daisuke@example.org",
        "region": "sanpachi",
        "municipality": "hachinohe",
        "guide": "osamu@example.org",
        "topics": ["work", "community"],
        "languages": ["ja"],
        "moving_from": "東京都江東区",
        "moving_when": "今年の秋",
        "message": "八戸の水産加工の会社に転職が決まりました。町内会や地元の集まりに早くなじみたいです。",
        "asked": (16, "12:40"),
        "steps": [
            ("confirm", 16, "12:55"),
            ("accept", 15, "19:10"),
            ("introduced", 9, "10:00"),
        ],
    },
    {
        "by": None,
        "name": "Olivia Brown",
        "email": "olivia@example.org",
        "language": "en",
        "region": "chunan",
        "municipality": "hirosaki",
        "guide": "misaki@example.org",
        "topics": ["farming", "housing"],
        "languages": ["en"],
        "moving_from": "Vancouver, Canada",
        "moving_when": "Next spring",
        "message": "I would like to learn apple farming and find an old house to rent near Hirosaki.",
        "asked": (6, "09:05"),
        "steps": [("confirm", 6, "09:20"), ("accept", 5, "07:45")],
    },
    {
        "by": None,
        "name": "吉田 彩",
        "email": "aya@example.org",
        "region": "sanpachi",
        "municipality": "hashikami",
        "guide": "osamu@example.org",
        "topics": ["farming"],
        "languages": ["ja"],
        "moving_from": "北海道札幌市",
        "moving_when": "未定",
        "message": "漁業の仕事に興味があります。階上町の漁師さんの話を聞いてみたいです。",
        "asked": (5, "21:30"),
        "steps": [
            ("confirm", 5, "21:40"),
            ("decline", 4, "08:00", "今月は漁の手伝いで時間が取れません。"),
            ("reassign", 3, "10:30", "misaki@example.org", "三八の案内役が空いていないため。佐藤さんは浜の知り合いが多く、農漁業の相談に慣れています。"),
        ],
    },
    {
        "by": "maiko@example.org",
        "name": "高橋 舞子",
        "region": "chunan",
        "municipality": "hirosaki",
        "guide": "misaki@example.org",
        "topics": ["housing", "childcare"],
        "languages": ["ja"],
        "moving_from": "神奈川県横浜市",
        "moving_when": "来年の春",
        "message": "弘前市内で、子どもと暮らせる空き家を探しています。お試し住宅も検討中です。",
        "asked": (1, "22:10"),
        "steps": [],
    },
    {
        "by": "maiko@example.org",
        "name": "高橋 舞子",
        "region": "shimokita",
        "municipality": "mutsu",
        "guide": None,
        "topics": ["housing"],
        "languages": ["ja"],
        "moving_from": "神奈川県横浜市",
        "moving_when": "再来年",
        "message": "むつ市の暮らしについても知りたいです。冬の買い物や病院のことを聞ける方はいますか。",
        "asked": (3, "13:00"),
        "steps": [],
    },
    {
        "by": None,
        "name": "松本 亮",
        "email": "ryo@example.org",
        "region": "sanpachi",
        "municipality": "hachinohe",
        "guide": "osamu@example.org",
        "topics": ["community"],
        "languages": ["ja"],
        "moving_from": "宮城県仙台市",
        "moving_when": "来月",
        "message": "八戸の朝市のことを教えてください。",
        "asked": (8, "07:30"),
        "steps": [("confirm", 8, "07:50"), ("withdraw", 7, "18:20")],
    },
    {
        "by": None,
        "name": "井上 直樹",
        "email": "naoki@example.org",
        "region": "chunan",
        "municipality": "kuroishi",
        "guide": None,
        "topics": ["business"],
        "languages": ["ja"],
        "moving_from": "大阪府大阪市",
        "moving_when": "未定",
        "message": "黒石で小さな店を開きたいと考えています。",
        "asked": (20, "23:00"),
        "steps": [("expire", 13, "00:17", "メールアドレスが確認されませんでした。")],
    },
    {
        "by": None,
        "name": "森 さくら",
        "email": "sakura@example.org",
        "region": "tosei",
        "municipality": "aomori",
        "guide": None,
        "topics": ["work"],
        "languages": ["ja"],
        "moving_from": "千葉県千葉市",
        "moving_when": "今年中",
        "message": "青森市でデザインの仕事をしながら暮らしたいです。",
        "asked": (1, "08:00"),
        "steps": [],
    },
]

FIGURES = {
    "slug": "figures",
    "title": "数字で見るネットワーク",
    "intro": (
        "<p>会員、案内役、紹介の依頼、イベントへの参加を、ネットワークのデータから毎日数えています。"
        "案内役のいない地域を知り、次の案内役を迎えるための数字です。</p>"
    ),
}

FIGURES_EN = {
    "title": "The network in figures",
    "intro": (
        "<p>Members, guides, introduction requests and event attendance, counted every day "
        "from the network's data: to see where guides are missing, and to welcome the next ones.</p>"
    ),
}
