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
    {"type": "url", "value": {"url": "https://example.org/apply/", "label": "Application form", "note": "Open 24 hours a day"}},
    {"type": "phone", "value": {"value": "017-000-1234", "note": "Weekdays 9:00–17:00"}},
    {"type": "fax", "value": {"value": "017-000-1235", "note": "Please fill in the application form and fax it to us"}},
    {"type": "email", "value": {"value": "info@example.org", "note": "Please put the name of the event in the subject line"}},
]

SHAKYO_APPLY = [
    {"type": "url", "value": {"url": "https://forms.example.jp/ibasho/", "label": "Application form", "note": ""}},
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
        "application_note": "Please apply using the form, or by phone, fax or e-mail.",
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
