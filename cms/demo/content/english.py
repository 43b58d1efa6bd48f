# ruff: noqa: E501
"""The English side of the demo: the pages a visitor from abroad starts with.

Written for the demo, not machine translated. Keys follow the Japanese content
(page slugs, region slugs); anything not listed here stays Japanese-only, and
the language switcher sends English visitors to the nearest translated page.
"""

ORGANISATION = {
    "name_en": "Aomori Homecoming Network Office",
    "address_en": "3F Shinmachi Co-creation Building, 2-4-1 Shinmachi, Aomori City, Aomori",
    "office_hours_en": "Weekdays 9:00–17:00 (closed at weekends, on public holidays and over New Year)",
    "about_en": (
        "We connect people who are thinking of moving to Aomori, people who already have, "
        "and the locals who welcome them. We plan events, introduce local guides and help "
        "groups set up community places."
    ),
}

# Region slug -> (name, description); municipality slug -> name.
REGIONS = {
    "tosei": ("Tosei", "The area around Aomori City, stretching along Mutsu Bay and the eastern side of the Tsugaru Peninsula."),
    "chunan": ("Chunan", "The heart of Tsugaru around Hirosaki, ringed by Mount Iwaki and apple orchards."),
    "sanpachi": ("Sanpachi", "The area around Hachinohe, facing the Pacific and rich in the food culture of Nanbu."),
    "seihokugo": ("Seihokugo", "The area around Goshogawara, from the Tsugaru Plain to the Sea of Japan coast."),
    "kamitosan": ("Kamitosan", "The area around Towada and Misawa, linking Lake Towada with the Pacific coast."),
    "shimokita": ("Shimokita", "The peninsula around Mutsu City, home to Cape Oma, the northern tip of Honshu."),
}
MUNICIPALITIES = {
    "aomori": "Aomori", "hiranai": "Hiranai", "imabetsu": "Imabetsu", "yomogita": "Yomogita",
    "sotogahama": "Sotogahama", "hirosaki": "Hirosaki", "kuroishi": "Kuroishi",
    "hirakawa": "Hirakawa", "nishimeya": "Nishimeya", "fujisaki": "Fujisaki", "owani": "Owani",
    "inakadate": "Inakadate", "hachinohe": "Hachinohe", "sannohe": "Sannohe", "gonohe": "Gonohe",
    "takko": "Takko", "nanbu": "Nanbu", "hashikami": "Hashikami", "shingo": "Shingo",
    "goshogawara": "Goshogawara", "tsugaru": "Tsugaru", "ajigasawa": "Ajigasawa",
    "fukaura": "Fukaura", "itayanagi": "Itayanagi", "tsuruta": "Tsuruta",
    "nakadomari": "Nakadomari", "towada": "Towada", "misawa": "Misawa", "noheji": "Noheji",
    "shichinohe": "Shichinohe", "rokunohe": "Rokunohe", "yokohama": "Yokohama",
    "tohoku": "Tohoku", "rokkasho": "Rokkasho", "oirase": "Oirase", "mutsu": "Mutsu",
    "oma": "Oma", "higashidori": "Higashidori", "kazamaura": "Kazamaura", "sai": "Sai",
}

HOME = {
    "title": "Aomori Homecoming Network",
    "hero_heading": "Living in Aomori, coming back to Aomori: let's take the first step together.",
    "hero_text": (
        "For people thinking of moving here, people who already have, and the communities "
        "that welcome them: events where earlier newcomers share their stories, local guides "
        "who help you find your way in, and guidebooks for everyday life."
    ),
    "hero_link_label": "Upcoming events",
    "intro": [
        "Coming back to Aomori after years elsewhere, or settling here for the first time: "
        "we call both of these an “Aomori homecoming”.",
        "Information about jobs and housing alone won't help anyone put down roots. "
        "In all six regions of the prefecture we are slowly adding people to talk to, "
        "places to ask for advice and gatherings where faces become familiar.",
    ],
    "callout_title": "Talk to a local guide",
    "callout_text": (
        "<p>People who moved to a region before you can tell you what the guidebooks leave out: "
        "daily life, work, and the local festivals and customs.</p>"
    ),
}

ABOUT = {
    "title": "About us",
    "intro": (
        "The Aomori Homecoming Network supports people moving to Aomori – whether they grew up "
        "here or not – through personal connections, from before the move until long after it."
    ),
    "sections": [
        ("Why support homecoming?", [
            "Few people move to Aomori, and a shortage of suitable jobs is only part of the reason. "
            "Many worry that they would have to change their whole way of life, and some feel "
            "awkward about having come back. These feelings have rarely been taken seriously.",
            "Advice services that help before a move are often out of reach once people have "
            "arrived. As a result, some leave again, and others struggle to find work or a "
            "place in their community.",
        ]),
        ("Loose networks, layer upon layer", [
            "We want to build loose networks that newcomers and their supporters can drop in and "
            "out of, and to layer them throughout each community. We believe that places where "
            "all kinds of people can thrive grow out of connections like these.",
            "Communities that seem hard to get into are often the most rewarding. With a guide, "
            "that difficulty turns into something you won't find anywhere else. We train these "
            "guides and introduce them to people thinking of moving here.",
        ]),
        ("What we do", [
            "・We help people who want to change Aomori and build new communities to come back and turn their ideas into action.",
            "・We give people thinking of moving here first-hand information: not just about jobs, but about the community, childcare, schools and local events.",
            "・We create places where newcomers can make connections and talk through their worries.",
        ]),
        ("Our story so far", [
            "Since our kick-off forum in July 2015 we have held gatherings in Aomori, Hirosaki "
            "and Hachinohe. Since 2022 we have also worked with initiatives that support community "
            "places such as children's cafeterias and dementia cafés, holding network meetings in "
            "all six regions of the prefecture.",
        ]),
    ],
}

EVENT_INDEX = {
    "title": "Events",
    "intro": (
        "Gatherings where earlier newcomers share their stories, regional network meetings "
        "and courses on running community places, with the soonest first."
    ),
}

LIBRARY = {
    "title": "Library",
    "intro": (
        "Manuals, case studies, guidebooks, flyers, application forms, Q&As and reports. "
        "Most documents are in Japanese; search finds words inside the PDFs too."
    ),
}

COUNCIL_APPLY = [
    {"type": "phone", "value": {"value": "017-000-1234", "note": "Weekdays 9:00–17:00"}},
    {"type": "fax", "value": {"value": "017-000-1235", "note": "Please fill in the application form and fax it to us"}},
    {"type": "email", "value": {"value": "info@example.org", "note": "Please put the name of the event in the subject line"}},
]

SHAKYO_APPLY = [
    {"type": "phone", "value": {"value": "017-000-2345", "note": "Community Action Office"}},
    {"type": "fax", "value": {"value": "017-000-2346", "note": "Please use the application form"}},
    {"type": "email", "value": {"value": "ibasho@example.jp", "note": ""}},
]

COUNCIL_AUDIENCE = (
    "Anyone who has lived outside the prefecture (including for study or a job transfer), "
    "anyone who has moved to Aomori, and local people, councils and companies who support "
    "homecomers. Everyone with an interest is welcome."
)

# Event slug -> English texts. Sessions, fees, capacities and dates are shared
# with the Japanese page (synchronised), so they are not repeated here.
EVENTS = {
    "kickoff-forum-2015": {
        "title": "Aomori Homecoming 1000 Council: Kick-off Forum",
        "summary": "A council begins that calls moving to Aomori an “Aomori homecoming” and supports newcomers as a community. This forum is its first step.",
        "body": [
            "A lack of jobs is not the only reason people hesitate to move here. We also need to "
            "look at the worry of changing one's whole way of life, and at the doubts that family "
            "members feel too.",
            "At this forum, people from universities, NPOs, businesses, the regional revitalisation "
            "corps and the prefectural government discuss the challenges of homecoming from their "
            "own points of view. Guests from pioneering areas outside the prefecture plan to join online.",
        ],
        "target_audience": "Everyone is welcome: local people who share our aims, people from local government, companies who want to support homecomers, and people who have come home themselves.",
        "social_gathering_note": "17:30–19:00 social gathering (optional, fee payable)",
        "application_note": "Please apply by phone, fax or e-mail.",
    },
    "gathering-2015": {
        "title": "Aomori Homecoming 1000 Council: Gathering 2015",
        "summary": "“If a thousand people came back, what kind of Aomori would we build?” We discuss how to grow a loose network and what it should do.",
        "body": [
            "Together with people who want to change Aomori through their own efforts, we want to "
            "picture the region with a thousand homecomers in it, and become a group that can make proposals.",
            "Starting from the office's proposals, we discuss how to build the network, its role in "
            "cheering on people who move here, our plans for the year, and our rules and how to choose a chair.",
        ],
        "target_audience": "Local people who share our aims, people from local government, companies who want to support homecomers, and people who have come home themselves.",
        "social_gathering_note": "Social gathering from 17:30 (optional)",
        "application_note": "",
    },
    "hachinohe-2016": {
        "title": "Aomori Homecoming 1000 Council 2016 in Hachinohe",
        "summary": "A city official, a member of the regional revitalisation corps and a village official: three people tackling local issues from different sides.",
        "body": [
            "This time the council meets in Hachinohe. How should a region whose population keeps "
            "shrinking welcome the people who move there, and how can it support them?",
            "After the panel discussion, a business-card exchange and a social gathering give "
            "everyone a chance to widen their circle.",
        ],
        "target_audience": "Local people who share our aims, people from local government, companies who want to support homecomers, and people who have come home themselves.",
        "social_gathering_note": "18:30–20:00 social gathering (fee payable)",
        "application_note": "",
    },
    "gathering-2016": {
        "title": "Aomori Homecoming 1000 Council: Gathering 2016",
        "summary": "Our annual meeting, followed by a panel of three earlier newcomers on “what you won't find anywhere else”, and a conversation with everyone in the room.",
        "body": [
            "The office presents the plans and dates for 2016 and checks them with everyone present.",
            "In the second half, three people talk about what they discovered after moving: an "
            "I-turner who came to Hirosaki from Chiba, a newcomer living in Misawa, and a U-turner "
            "who came back after long hesitation.",
        ],
        "target_audience": "People who have moved to Aomori, anyone who has lived outside the prefecture (including for study or a job transfer), and everyone who supports newcomers.",
        "social_gathering_note": "17:00–19:00 social gathering (optional)",
        "application_note": "",
    },
    "hirosaki-2017": {
        "title": "Aomori Homecoming 1000 Council in Hirosaki",
        "summary": "In Hirosaki and the Chunan region, rich in local resources, our guests and everyone in the room talk about the area's possibilities and challenges.",
        "body": [
            "As Aomori's population falls fast, how do we grow communities where all kinds of "
            "people enjoy living? Our four guests have made a living from local resources: apples, "
            "crafts, and shops in old buildings.",
            "After hearing about their work, we open the conversation to the whole room.",
        ],
        "target_audience": COUNCIL_AUDIENCE,
        "social_gathering_note": "Social gathering after the meeting (fee payable, drinks included)",
        "application_note": "",
    },
    "aomori-2017": {
        "title": "Aomori Homecoming 1000 Council in Aomori",
        "summary": "Four people who moved to Aomori from elsewhere talk about their work, and participants share news and hopes with each other.",
        "body": [
            "A potter, a television producer, the owner of a hot-spring inn and a university "
            "researcher: four guests who came to Aomori from elsewhere introduce what they have "
            "been doing since they arrived.",
            "In the open conversation that follows, participants share information, worries and "
            "hopes for the future.",
        ],
        "target_audience": COUNCIL_AUDIENCE,
        "social_gathering_note": "Social gathering (fee payable)",
        "application_note": "The first 50 people to apply can take part; applications close when the event is full.",
    },
    "gathering-next": {
        "title": "Aomori Homecoming Gathering: Winter Get-together",
        "summary": "An I-turner who took up farming in Towada and a U-turner who kept a Tokyo job after coming home tell their stories, then we talk together.",
        "body": [
            "How do you put work and life together after a move? Our two guests talk about why "
            "they decided to move and how they found their way into the community.",
            "In the second half, people thinking of moving, people who have moved and locals who "
            "welcome them mix and talk together.",
        ],
        "target_audience": COUNCIL_AUDIENCE,
        "social_gathering_note": "17:00–19:00 social gathering (optional, fee payable)",
        "application_note": "The first 50 people to apply can take part; applications close when the event is full.",
    },
    "online-consultation": {
        "title": "Online consultations on moving to Aomori",
        "summary": "Talk to our office and an earlier newcomer about moving to Aomori without leaving Greater Tokyo: private 30-minute sessions.",
        "body": [
            "Work, housing, raising children, winter life: you are welcome even if you have only "
            "just started thinking about a move.",
            "If you like, we can introduce you to a local guide after your consultation.",
        ],
        "target_audience": "Anyone thinking of moving or coming back to Aomori, and their families.",
        "social_gathering_note": "",
        "application_note": "When you apply, please tell us briefly what you would like to talk about.",
    },
    "hachinohe-town-walk": {
        "title": "Hachinohe's alleys and morning market with a local guide",
        "summary": "Walk Hachinohe's alleys and morning market with a local guide: an easy way to get to know people who live here.",
        "body": [
            "Our guide shows you the shops locals actually go to and how to enjoy the morning "
            "market, none of which you'll find in a tourist guide.",
            "Especially recommended if you have just moved to Hachinohe or are thinking of moving there.",
        ],
        "target_audience": "People who have moved to the Hachinohe area or are thinking of it.",
        "entry_fee_note": "Includes tasting at the morning market",
        "social_gathering_note": "",
        "application_note": "",
    },
    "ibasho-startup-course": {
        "title": "Starting a community place: an introductory course",
        "summary": "A two-part introduction for anyone who would like to start a children's cafeteria or a salon, held in Seihokugo and Kamitosan.",
        "body": [
            "Finding a venue, food hygiene, insurance and raising money: learn what it takes to get "
            "started from people who have done it.",
            "You can also get individual advice on applying for a start-up grant.",
        ],
        "target_audience": "Individuals and groups who want to start a community place.",
        "social_gathering_note": "",
        "application_note": "Applications close one week before each session.",
        "certificate_note": "Everyone who attends both sessions receives a certificate.",
    },
}

# The two 2022 series: the six-venue network meeting and the lecture course.
EVENTS["kodomo-ibasho-network-meeting-2022"] = {
    "title": "Children's Community Places: Network Meeting",
    "summary": "People running children's cafeterias and study support met at six venues across the prefecture to talk about the future of places for children.",
    "body": [
        "Community places for children, such as children's cafeterias and study support, have "
        "spread across the prefecture, but the pandemic forced many of them to pause or scale back.",
        "With more families struggling and fewer chances for company and fun, we looked again at "
        "why these places matter, and talked region by region about what we want to do next.",
    ],
    "target_audience": "People who run a place for children, people who would like to start one or help as volunteers, and related organisations.",
    "social_gathering_note": "",
    "application_note": "Applications close one week before each meeting. The Seihokugo, Shimokita and Kamitosan meetings can also be joined online (we send the link to everyone who applies).",
}
EVENTS["minna-no-ibasho-course-2022"] = {
    "title": "Community Places for Everyone: a three-part course",
    "summary": "A three-part course for people who run a community place, would like to start one, or want to help as volunteers: skills you can use in your own place.",
    "body": [
        "Community places for everyone have been spreading across the prefecture. In this course "
        "you learn how to listen, how to raise the money that keeps an activity going, and how to "
        "support children you are worried about.",
        "You can take part at the venue or online. Everyone who completes the course receives a "
        "certificate and information about registering as a supporter of the Aomori Children's "
        "Places Network.",
    ],
    "target_audience": "People who run a community place, would like to start one, or want to help as volunteers.",
    "social_gathering_note": "",
    "application_note": "Applications close one week before each lecture. Please apply for each lecture separately.",
    "certificate_note": "A certificate is given to everyone who completes the course.",
}

# People (key as in ``people.PEOPLE``) -> (name, affiliation, origin, profile).
PEOPLE = {
    "takamori": ("Seiichiro Takamori", "Chair, Aomori Homecoming 1000 Council; head of a planning office", "", "Plans projects for companies and local governments in and outside the prefecture, and has chaired the council since its launch in 2015."),
    "yonezawa": ("Daisuke Yonezawa", "Chair of the NPO that runs the Aomori Homecoming 1000 Council office", "", "Leads an NPO that supports local groups, and runs the council's office."),
    "murakami": ("Kana Murakami", "Freelance announcer", "", "Based in Aomori City, she hosts ceremonies and lectures."),
    "nomura": ("Takuma Nomura", "Assistant professor, Office for Regional Partnership, a university in the prefecture", "Tokyo (I-turn)", "Runs classes and research that connect the university with local communities."),
    "negishi": ("Daichi Negishi", "Secretary-general of a green tourism NPO in the Sanpachi region", "", "Brings people from outside the prefecture to the area through farm stays and hands-on programmes."),
    "oyama": ("Masakatsu Oyama", "CEO of an IT company in Aomori City", "Miyagi (U-turn)", "Gained experience outside the prefecture, then started a company at home."),
    "sonoda": ("Kazuki Sonoda", "Regional revitalisation corps, Sai Village", "Tokyo (I-turn)", "Is setting up a contact point for visitors and newcomers in a fishing village on the Shimokita Peninsula."),
    "onodera": ("Fumiko Onodera", "Senior officer, Planning and Policy Department, Aomori Prefecture", "", "Is in charge of the prefecture's policies for people moving to and settling in Aomori."),
    "yoshimura": ("Ryoko Yoshimura", "Company employee living in Hirosaki", "Chiba (I-turn)", "Came to Hirosaki after university. Helping out on an apple farm brought her into contact with local people."),
    "kinoshita": ("Nao Kinoshita", "Runs a parenting support group in Misawa", "Kanagawa", "Came to Misawa when her family was transferred, came to love life in Aomori and stayed."),
    "tsuda": ("Koji Tsuda", "Works for a care provider in Hachinohe", "Tokyo (U-turn)", "Starting from the admission that he never really wanted to come back, he talks about the doubts and discoveries of a U-turn."),
    "okawa": ("Yuko Okawa", "Officer, General Policy Department, Hachinohe City", "", "Is in charge of policies for newcomers and of joint projects across the Hachinohe area."),
    "kawashima": ("Mika Kawashima", "Regional revitalisation corps, Takko (at the time)", "Tokyo (I-turn)", "Came to Takko with the corps and, after her term, started a business making garlic products."),
    "matsui": ("Kenichi Matsui", "Officer, General Affairs Section, Shingo Village", "", "Handles enquiries about moving to the village and the reuse of empty houses."),
    "takahata": ("Tetsuya Takahata", "Owner of a cider maker in Hirosaki", "", "Makes cider from local apples and tells people what makes the orchards special."),
    "saiki": ("Mika Saiki", "Head of a business support company", "Tokyo (U-turn)", "Runs a company that looks after publicity and accounts for small businesses."),
    "okabe": ("Shiori Okabe", "Linen hand-sewing artist; head of a town project in Tsuruta", "", "Makes handmade pieces and brings empty shops in her town back to life."),
    "iguchi": ("Shinya Iguchi", "Café owner and designer", "Osaka (I-turn)", "Runs a café in a renovated old building in Hirosaki."),
    "nakamura": ("Tetsuya Nakamura", "Potter", "Yokohama, Kanagawa", "Drawn by Aomori's clay and snowy landscapes, he set up his studio here."),
    "komada": ("Ayumi Komada", "Programme maker at a local TV station", "Chiba City", "Reports on local stories and turns them into programmes."),
    "tanabe": ("Satoru Tanabe", "Runs a hot-spring inn", "Saitama City", "Took over a hot-spring inn that had no one to carry it on."),
    "kogure": ("Yusuke Kogure", "Associate professor at a public university in the prefecture", "Shinjuku, Tokyo", "Researches the regional economy and ICT, and takes his students out into local communities."),
    "sasaki": ("Kazuko Sasaki", "Trainer for listening volunteers", "", "Has long been a listener at salons for older people, and teaches listening courses."),
    "kudo": ("Masato Kudo", "Adviser, Civic Activity Support Centre", "", "Advises local groups on raising money and applying for grants."),
    "mikami": ("Yumi Mikami", "Certified social worker", "", "Supports children and families who need help."),
    "narita": ("Megumi Narita", "Community Action Office, Aomori Prefectural Council of Social Welfare", "", "Supports the people setting up community places across the prefecture."),
    "fukushi": ("Hiromi Fukushi", "Head of Pokapoka Children's Cafeteria", "", "Runs a children's cafeteria in Goshogawara twice a month."),
    "kasai": ("Yosuke Kasai", "Farmer living in Towada", "Osaka (I-turn)", "Left his office job and began growing vegetables in Towada."),
    "ebina": ("Sakura Ebina", "Designer living in Aomori City", "Tokyo (U-turn)", "Keeps working for Tokyo clients remotely while designing for local shops."),
    "numata": ("Osamu Numata", "Local guide in Hachinohe", "", "Shows people around Hachinohe's alleys and morning market, and introduces newcomers to the people who live there."),
}

# Organisation key -> English name.
ORGANISATIONS = {
    "council": "Aomori Homecoming 1000 Council",
    "prefecture": "Aomori Prefecture",
    "shakyo": "Aomori Prefectural Council of Social Welfare",
    "kodomo_network": "Aomori Children's Places Network",
    "network_office": "Aomori Homecoming Network Office",
}

SHINMACHI_CUBE = "2-6-25 Shinmachi, Aomori City"
ASPAM = "1-1-40 Yasukata, Aomori City"
GOSHOGAWARA_CENTRE = "Goshogawara Civic Learning Centre, Main Classroom (1F)"

# Event slug -> its sessions in order: the texts that are translated (times,
# capacities and regions are synchronised from the Japanese sessions).
EVENT_SESSIONS = {
    "kickoff-forum-2015": [{"venue_name": "Shinmachi Cube, Grand Palais", "venue_address": SHINMACHI_CUBE}],
    "gathering-2015": [{"venue_name": "Nebuta Museum WA RASSE, Event Hall", "venue_address": "1-1-1 Yasukata, Aomori City"}],
    "hachinohe-2016": [{"venue_name": "Hachinohe New Port", "venue_address": "Flower Eight Building (3F), 15 Jusannichi-machi, Hachinohe City"}],
    "gathering-2016": [{"venue_name": "Shinmachi Cube, Meeting Room (3F)", "venue_address": SHINMACHI_CUBE}],
    "hirosaki-2017": [{"venue_name": "Art Hotel Hirosaki City, Opal & Diamond Room (3F)", "venue_address": "1-1-2 Omachi, Hirosaki City"}],
    "aomori-2017": [{"venue_name": "Shinmachi Cube, Grand Palais (1F)", "venue_address": SHINMACHI_CUBE}],
    "kodomo-ibasho-network-meeting-2022": [
        {"title": "Hirosaki venue", "venue_name": "Hirosaki Learning Centre, Main Conference Room (2F)", "venue_address": ""},
        {"title": "Aomori venue", "venue_name": "Aomori Prefectural Tourist Center ASPAM, Towada Room (4F)", "venue_address": ASPAM},
        {"title": "Hachinohe venue", "venue_name": "Tomonokai Welfare Hall, Main Hall (2F)", "venue_address": ""},
        {"title": "Seihokugo venue", "venue_name": GOSHOGAWARA_CENTRE, "venue_address": ""},
        {"title": "Shimokita venue", "venue_name": "Shimokita Cultural Hall, Campus Wing, Assembly Room (2F)", "venue_address": ""},
        {"title": "Kamitosan venue", "venue_name": "Misawa Welfare Centre, Multipurpose Hall (2F)", "venue_address": ""},
    ],
    "minna-no-ibasho-course-2022": [
        {"title": "Lecture 1: Listening", "venue_name": "Aomori Prefectural Tourist Center ASPAM, Towada Room (4F)", "venue_address": ASPAM},
        {"title": "Lecture 2: Raising funds", "venue_name": "Apio Aomori, Training Room 1 (2F)", "venue_address": "3-17-1 Chuo, Aomori City"},
        {"title": "Lecture 3: Supporting children", "venue_name": "Aomori Prefectural Tourist Center ASPAM, Iwaki Room (6F)", "venue_address": ASPAM},
    ],
    "gathering-next": [{"venue_name": "Shinmachi Cube, Grand Palais (1F)", "venue_address": SHINMACHI_CUBE}],
    "online-consultation": [
        {"title": "Evening session", "venue_name": "Online (Zoom)", "venue_address": ""},
        {"title": "Weekend session", "venue_name": "Online (Zoom)", "venue_address": ""},
    ],
    "hachinohe-town-walk": [
        {
            "venue_name": "Tatehana Wharf Morning Market (meet near the entrance)",
            "venue_address": "Shinminato, Hachinohe City",
            "override_note": "Postponed because our guide is unwell. We will announce the new date on this page as soon as it is fixed.",
        },
    ],
    "ibasho-startup-course": [
        {"title": "Part 1: Goshogawara", "venue_name": GOSHOGAWARA_CENTRE, "venue_address": ""},
        {"title": "Part 2: Towada", "venue_name": "Towada Civic Exchange Plaza TOWAL, Meeting Room", "venue_address": ""},
    ],
}

# Event slug -> its programme items in order: (title, description). Times and
# speakers are those of the Japanese programme.
EVENT_PROGRAMMES = {
    "kickoff-forum-2015": [
        ("About the Aomori Homecoming 1000 Council", ""),
        ("Panel discussion: “Let's think together about the challenges of homecoming”", "Guests from pioneering areas outside the prefecture plan to join online."),
        ("Report from the office", ""),
        ("Social gathering", "Optional; the fee is ¥3,000."),
    ],
    "gathering-2015": [
        ("What we are aiming for", ""),
        ("Proposals from the office and talk session", "① Let's build a loose network ② Cheering on people who move here ③ Becoming a group that can make proposals ④ Plans and actions for the year ⑤ Rules, organisation and choosing a chair"),
        ("Social gathering", "Optional; the fee is ¥3,500."),
    ],
    "hachinohe-2016": [
        ("Panel discussion", ""),
        ("Business-card exchange", ""),
        ("Social gathering", "Fee ¥3,000"),
    ],
    "gathering-2016": [
        ("Annual meeting and plans for 2016", ""),
        ("Panel: “What earlier newcomers found here that you won't find anywhere else”", ""),
        ("Open conversation with everyone in the room", ""),
        ("Business-card exchange", ""),
        ("Social gathering", "Optional; fee ¥4,000"),
    ],
    "hirosaki-2017": [
        ("Our guests introduce their work", ""),
        ("Open conversation with the guests and the room", ""),
    ],
    "aomori-2017": [
        ("Newcomers introduce their work", ""),
        ("Open conversation", ""),
    ],
    "kodomo-ibasho-network-meeting-2022": [
        ("Opening and introduction", ""),
        ("Community places in the prefecture today", ""),
        ("Reports from local practitioners", ""),
        ("Discussion in groups", ""),
        ("Summing up and close", ""),
    ],
    "gathering-next": [
        ("Opening: about the Aomori Homecoming Network", ""),
        ("Guest talk: “Moving, working, living”", ""),
        ("Open conversation with everyone", ""),
    ],
    "hachinohe-town-walk": [
        ("Walking the morning market", ""),
        ("Breakfast together", ""),
    ],
}

# Event slug -> {person key: English note}, for the notes the Japanese page has.
EVENT_PEOPLE_NOTES = {
    "kickoff-forum-2015": {"takamori": "Head of a planning office; specially appointed professor at a university"},
    "hachinohe-2016": {"kawashima": "Member of the regional revitalisation corps, Takko"},
    "gathering-2016": {
        "yoshimura": "An I-turner who came to Hirosaki from Chiba",
        "kinoshita": "An Aomori fan living in Misawa",
        "tsuda": "A U-turner who never wanted to come back",
    },
    "minna-no-ibasho-course-2022": {
        "sasaki": "Lecture 1: Listening",
        "kudo": "Lecture 2: Raising funds",
        "mikami": "Lecture 3: Supporting children",
    },
    "online-consultation": {"ebina": "Joins you as someone who has made the move"},
    "hachinohe-town-walk": {"numata": "Local guide"},
}
