# ruff: noqa: E501
"""Aomori prefecture's six regions and its 40 municipalities, in the usual order."""

# (slug, name, description, [(municipality slug, name), ...])
REGIONS = [
    (
        "tosei", "東青", "青森市を中心に、陸奥湾と津軽半島の東側に広がる地域です。",
        [
            ("aomori", "青森市"), ("hiranai", "平内町"), ("imabetsu", "今別町"),
            ("yomogita", "蓬田村"), ("sotogahama", "外ヶ浜町"),
        ],
    ),
    (
        "chunan", "中南", "弘前市を中心に、岩木山とりんご畑に囲まれた津軽の中心地域です。",
        [
            ("hirosaki", "弘前市"), ("kuroishi", "黒石市"), ("hirakawa", "平川市"),
            ("nishimeya", "西目屋村"), ("fujisaki", "藤崎町"), ("owani", "大鰐町"),
            ("inakadate", "田舎館村"),
        ],
    ),
    (
        "sanpachi", "三八", "八戸市を中心に、太平洋と南部の食文化に恵まれた地域です。",
        [
            ("hachinohe", "八戸市"), ("sannohe", "三戸町"), ("gonohe", "五戸町"),
            ("takko", "田子町"), ("nanbu", "南部町"), ("hashikami", "階上町"),
            ("shingo", "新郷村"),
        ],
    ),
    (
        "seihokugo", "西北五", "五所川原市を中心に、津軽平野から日本海沿岸まで続く地域です。",
        [
            ("goshogawara", "五所川原市"), ("tsugaru", "つがる市"),
            ("ajigasawa", "鰺ヶ沢町"), ("fukaura", "深浦町"), ("itayanagi", "板柳町"),
            ("tsuruta", "鶴田町"), ("nakadomari", "中泊町"),
        ],
    ),
    (
        "kamitosan", "上十三", "十和田市・三沢市を中心に、十和田湖から太平洋までを結ぶ地域です。",
        [
            ("towada", "十和田市"), ("misawa", "三沢市"), ("noheji", "野辺地町"),
            ("shichinohe", "七戸町"), ("rokunohe", "六戸町"), ("yokohama", "横浜町"),
            ("tohoku", "東北町"), ("rokkasho", "六ヶ所村"), ("oirase", "おいらせ町"),
        ],
    ),
    (
        "shimokita", "下北", "むつ市を中心に、本州最北端の大間崎を抱える半島の地域です。",
        [
            ("mutsu", "むつ市"), ("oma", "大間町"), ("higashidori", "東通村"),
            ("kazamaura", "風間浦村"), ("sai", "佐井村"),
        ],
    ),
]
