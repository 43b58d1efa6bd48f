# ruff: noqa: E501
"""News items. Those about past documents and meetings have fixed dates; those
about upcoming events are dated from the day the demo is loaded, like the events,
so the latest news is recent."""

import datetime

NEWS_INDEX = {
    "slug": "news",
    "title": "お知らせ",
    "intro": "イベントの受付開始、資料の掲載、助成の募集などをお知らせします。",
}

# slug, title, date (or days before today), summary, paragraphs
NEWS = [
    ("case-collection-published", "「子どもの居場所づくり活動事例集」を発行しました", datetime.date(2022, 3, 31),
     "県内の居場所の活動を紹介する事例集を発行しました。資料室からダウンロードできます。",
     ["県内各地のこども食堂や学習支援の取り組みを、運営する人の言葉で紹介しています。",
      "これから居場所を始めたい方は、あわせて[[document:manual_ibasho|活動マニュアル]]もご覧ください。"]),
    ("startup-grant-qa", "スタートアップ助成のQ&Aを掲載しました", datetime.date(2022, 6, 13),
     "皆さまからいただいた質問をもとに、スタートアップ助成のQ&Aをつくりました。",
     ["[[document:qa_startup|Q&amp;A]]では、[[page:ibasho-startup-grant|スタートアップ助成]]の対象になる団体、助成金の使い道、2年目以降の申請方法などについてお答えしています。"]),
    ("network-meeting-materials", "ネットワークミーティング全6会場の資料を掲載しました", datetime.date(2022, 11, 25),
     "「こどもの居場所」ネットワークミーティングは、上十三会場をもって全6会場を終えました。各会場の資料を掲載しています。",
     ["ご参加いただいた皆さま、ありがとうございました。",
      "各会場で話し合われた内容は、今後の居場所づくりの支援に活かしていきます。"]),
    ("gathering-registration-open", "冬の集いの申し込み受付を始めました", 3,
     "十和田で農業を始めたIターンと、リモートワークで戻ったUターンをゲストに迎える集いの申し込みを受け付けています。",
     ["先着50名です。懇親会のみの参加はできません。", "オンラインでも参加できます。"]),
    ("startup-course-registration-open", "居場所づくり入門講座の申し込み受付を始めました", 9,
     "五所川原と十和田で開く全2回の入門講座の申し込みを、このサイトでも受け付けています。",
     ["場所探しから衛生管理、お金の集め方まで、実践者から学びます。", "各会場とも定員があります。お早めにお申し込みください。"]),
    ("online-consultation-dates", "オンライン移住相談会の日程を掲載しました", 16,
     "首都圏にいながら事務局と先輩移住者に相談できる、オンライン移住相談会の日程を掲載しました。",
     ["平日の夜と休日の午前、どちらも1組30分の個別相談です。"]),
]
