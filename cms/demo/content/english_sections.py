# ruff: noqa: E501
"""The English side of the other sections: case studies, community places, news,
the policy and grant pages, the contact page, the web guidebook and the 2016
panel report.

Written for the demo, not machine translated. Keys follow the Japanese content
(page slugs, place names); numbers, dates and yen amounts are those of the
Japanese pages, and fields that are synchronised (regions, dates, figures,
documents) are copied from the Japanese pages by the loader, not repeated here.
"""

# Japanese topic (tag) -> English topic, for the case studies and events.
TOPICS = {
    "UIJターン": "UIJ-turn",
    "Iターン": "I-turn",
    "ネットワーク": "Networks",
    "地域おこし協力隊": "Regional revitalisation corps",
    "行政": "Local government",
    "先輩移住者": "Earlier newcomers",
    "起業": "Starting a business",
    "中南": "Chunan",
    "三八": "Sanpachi",
    "こども食堂": "Children's cafeterias",
    "居場所づくり": "Community places",
    "子育て": "Parenting",
    "講座": "Courses",
    "ボランティア": "Volunteering",
    "仕事": "Work",
    "農業": "Farming",
    "移住": "Moving",
    "地域づくり": "Community building",
    "移住相談": "Advice on moving",
    "オンライン": "Online",
    "案内役": "Local guides",
    "まち歩き": "Town walks",
}

# --- case studies ----------------------------------------------------------------

CASE_STUDY_INDEX = {
    "title": "Case studies",
    "intro": (
        "Stories of people who moved to Aomori, opened a community place where they live, "
        "or created their own work."
    ),
}

STORY_TELLER = "The person telling this story"

# Slug -> English texts; ``people`` holds the notes, in the Japanese order.
CASE_STUDIES = {
    "iturn-hirosaki-apple": {
        "title": "From Chiba to Hirosaki: a life that began with helping in an apple orchard",
        "summary": "Ms Yoshimura moved to Hirosaki after graduating from university. Helping out on an apple farm, she got to know more and more people in the area.",
        "people": [STORY_TELLER],
        "sections": [
            (
                "To a town where she knew no one",
                [
                    "Ms Yoshimura came to Hirosaki because she couldn't forget the view of Mount Iwaki "
                    "she had seen on a trip. She had found a job before moving, but she didn't know a "
                    "single person there.",
                ],
            ),
            (
                "Weekends in the apple orchard",
                [
                    "The turning point came when a senior colleague asked her to help with the apple "
                    "harvest. Over lunches with the farming family, she began to be invited to "
                    "neighbourhood events too.",
                    "“I went there to help, and before I knew it they had welcomed me as one of the community.”",
                ],
            ),
            (
                "Now she welcomes others",
                [
                    "Today it is Ms Yoshimura who invites people who have just moved to Hirosaki to help "
                    "in the orchards. Just as others once did for her, she acts as a guide and introduces "
                    "them to local people.",
                ],
            ),
        ],
    },
    "misawa-family": {
        "title": "A job transfer brought them to Misawa: why the family decided to stay",
        "summary": "A job transfer brought the Kinoshita family to Misawa. A parenting group connected them with the community, and when the transfer ended, they stayed.",
        "people": [STORY_TELLER],
        "sections": [
            (
                "A bewildering first winter with small children",
                [
                    "In her first winter after moving from Kanagawa to Misawa, Ms Kinoshita was taken "
                    "aback by the amount of snow and by the days when the children couldn't play "
                    "outside. With no one nearby to turn to, she says, she and the children mostly "
                    "stayed at home.",
                ],
            ),
            (
                "Starting a group",
                [
                    "She met other mothers who had also come from outside the prefecture, and together "
                    "they set up a parenting group where children could play indoors. With help from the "
                    "local public health nurses and the children's centre, more families joined every year.",
                ],
            ),
            (
                "After the transfer ended",
                [
                    "When her husband's posting came to an end, the family talked it over and decided to "
                    "stay in Misawa. “Here there are people who watch over our children with us.”",
                ],
            ),
        ],
    },
    "goshogawara-kodomo-shokudo": {
        "title": "A children's cafeteria lights up the community hall: Pokapoka in Goshogawara",
        "summary": "A children's cafeteria held twice a month in the neighbourhood community hall. Children cook with local vegetables, and it has become a place where all generations meet.",
        "people": ["Head of Pokapoka Children's Cafeteria"],
        "sections": [
            (
                "It began with a small observation",
                [
                    "As a community welfare volunteer, Ms Fukushi noticed that more and more children "
                    "were spending their evenings alone. “If only there were somewhere to eat together,” "
                    "she thought, and with three friends she started Pokapoka.",
                ],
            ),
            (
                "Children in the kitchen too",
                [
                    "With vegetables from local farmers, the children plan and cook seasonal menus "
                    "together. Older neighbours teach them how to use a kitchen knife.",
                    "A [[page:ibasho-startup-grant|start-up grant]] paid for cooking equipment and insurance.",
                ],
            ),
            (
                "A place for all generations",
                [
                    "Only a few people came at first, but with help from the school and the neighbourhood "
                    "the numbers slowly grew. Now parents with children and older people who live alone "
                    "come too.",
                ],
            ),
        ],
    },
    "takko-garlic-business": {
        "title": "From the regional revitalisation corps to her own company: Takko garlic for all of Japan",
        "summary": "Ms Kawashima came from Tokyo to Takko as a member of the regional revitalisation corps. When her term ended, she started a company making products from the town's famous garlic.",
        "people": [STORY_TELLER],
        "sections": [
            (
                "To Takko with the corps",
                [
                    "Ms Kawashima, who had worked in product planning in Tokyo, moved to Takko as a "
                    "member of the regional revitalisation corps. Her job was to spread the word about "
                    "the town's speciality, garlic.",
                ],
            ),
            (
                "Making products with the farmers",
                [
                    "When she learnt how much garlic couldn't be sold because it didn't meet the grading "
                    "standards, she worked with farmers on one trial product after another. What kept "
                    "her going, she says, was the townspeople who came to the tastings and gave their "
                    "honest opinions.",
                ],
            ),
            (
                "Staying on after her term",
                [
                    "In the year her term ended she set up a company. Today she employs local people and "
                    "sends her products all over Japan. “This company was raised by the people of this town.”",
                ],
            ),
        ],
    },
}

# --- community places ------------------------------------------------------------

PLACE_INDEX = {
    "title": "Community places",
    "intro": (
        "Children's cafeterias, dementia cafés, community salons and more: the community places "
        "registered in the prefecture. You can filter them by region and kind. Groups that run "
        "a community place can apply to be registered."
    ),
}

# Japanese name -> (name, run by, venue, when it opens, description)
PLACES = {
    "つつみ町こども食堂": (
        "Tsutsumi-machi Children's Cafeteria",
        "Tsutsumi-machi Children's Cafeteria Group",
        "Tsutsumi-machi Community Hall",
        "2nd and 4th Saturday of the month, 11:00–14:00",
        "A warm lunch for children and families at the neighbourhood community hall.",
    ),
    "ふれあいサロン りんごの木": (
        "Ringo no Ki (Apple Tree) Salon",
        "Ringo no Ki Group",
        "A district community centre in Hiranai",
        "Every Wednesday, 10:00–12:00",
        "A salon, mainly for older people, for tea, a chat and some gentle exercise.",
    ),
    "まちなか認知症カフェ ひろさき": (
        "Machinaka Dementia Café Hirosaki",
        "Machinaka Café Committee",
        "A coffee shop in central Hirosaki (on its closing day)",
        "3rd Sunday of the month, 13:30–15:30",
        "An afternoon café where people with dementia, their families and neighbours can drop in. Care professionals are there too.",
    ),
    "こみせ食堂": (
        "Komise Shokudo",
        "Friends of Komise Shokudo",
        "A community centre in Nakamachi, Kuroishi",
        "1st Saturday of the month, 16:00–19:00",
        "Local adults and children have dinner together at a community centre on the covered Komise street.",
    ),
    "浜っ子食堂": (
        "Hamakko Shokudo",
        "Hamakko Shokudo Committee",
        "A fisheries cooperative hall in Hachinohe",
        "2nd Sunday of the month, 11:30–13:30",
        "A children's cafeteria loved for its harbour-town fish dishes. Secondary school students help serve the meals.",
    ),
    "ごのへオレンジカフェ": (
        "Gonohe Orange Café",
        "Gonohe Family Carers' Association",
        "Gonohe Welfare Centre",
        "4th Friday of the month, 13:30–15:00",
        "Being set up as a place where family carers can talk to each other.",
    ),
    "こども食堂ぽかぽか": (
        "Pokapoka Children's Cafeteria",
        "Pokapoka Children's Cafeteria",
        "The neighbourhood community hall",
        "1st and 3rd Saturday of the month, 11:00–14:00",
        "A children's cafeteria for all generations, where children cook with local vegetables.",
    ),
    "海辺のサロン しおさい": (
        "Shiosai Seaside Salon",
        "Shiosai Group",
        "Fishing village centre, Fukaura",
        "2nd Tuesday of the month, 10:00–12:00",
        "A salon for handicrafts and old stories, looking out over the Sea of Japan.",
    ),
    "多世代食堂 みんなのテーブル": (
        "Minna no Table: a dining room for all generations",
        "Minna no Table",
        "An empty shop in Towada",
        "Every Friday, 17:00–19:30",
        "A dining room where anyone, from children to older people, can sit down to dinner together.",
    ),
    "認知症カフェ ひだまり": (
        "Hidamari Dementia Café",
        "Hidamari Group",
        "A community centre in Misawa",
        "1st Wednesday of the month, 14:00–16:00",
        "A dementia café that volunteers and care professionals plan to run together.",
    ),
    "こども食堂はまなす": (
        "Hamanasu Children's Cafeteria",
        "Hamanasu Group",
        "A children's centre in Mutsu",
        "2nd and 4th Saturday of the month, 10:00–13:00",
        "A children's cafeteria that doubles as a playroom, so children can keep active in the snowy season too.",
    ),
    "おおま 潮風サロン": (
        "Oma Shiokaze (Sea Breeze) Salon",
        "Shiokaze Salon Preparatory Group",
        "A community hall in Oma",
        "3rd Thursday of the month, 10:00–12:00",
        "A salon near the harbour, now being prepared, where people can drop in on their way back from fishing.",
    ),
}

# --- news ------------------------------------------------------------------------

NEWS_INDEX = {
    "title": "News",
    "intro": "Events opening for applications, newly published documents, calls for grant applications and other news.",
}

# Slug -> (title, summary, paragraphs); dates are those of the Japanese items.
NEWS = {
    "case-collection-published": (
        "Published: case studies of community places for children",
        "We have published a collection of case studies on community places around the prefecture. You can download it (in Japanese) from the library.",
        [
            "It introduces children's cafeterias and study support around the prefecture in the words of the people who run them.",
            "If you are thinking of starting a community place, please also have a look at the [[document:manual_ibasho|activity manual]].",
        ],
    ),
    "startup-grant-qa": (
        "Questions and answers on the start-up grant",
        "Based on the questions you have sent us, we have put together a Q&A on the start-up grant.",
        [
            "The [[document:qa_startup|Q&amp;A]] covers which groups can apply for the [[page:ibasho-startup-grant|start-up grant]], what the grant can be spent on, how to apply in the second and later years, and more.",
        ],
    ),
    "network-meeting-materials": (
        "Materials from all six network meetings are now online",
        "The Children's Community Places network meeting ended with its Kamitosan meeting, the last of six venues. The materials from every venue are now online.",
        [
            "Thank you to everyone who took part.",
            "What was discussed at each venue will shape our support for community places from now on.",
        ],
    ),
    "gathering-registration-open": (
        "Applications open for the Winter Get-together",
        "Apply now for our gathering with two guests: an I-turner who took up farming in Towada and a U-turner who came home and kept working remotely.",
        [
            "Places go to the first 50 people to apply. It is not possible to come to the social gathering only.",
            "You can also take part online.",
        ],
    ),
    "startup-course-registration-open": (
        "Registration open: introductory course on starting a community place",
        "Registration is open, on this site too, for the two-part introductory course in Goshogawara and Towada.",
        [
            "Practitioners explain finding a place, food hygiene, fundraising and more.",
            "Places are limited at each venue, so please apply early.",
        ],
    ),
    "online-consultation-dates": (
        "Dates of the online relocation consultations",
        "The dates are out for the online consultations, where you can talk to the office and people who moved here without leaving Greater Tokyo.",
        [
            "Weekday evenings and weekend mornings; each consultation is 30 minutes for one person or family.",
        ],
    ),
}

# --- policy ----------------------------------------------------------------------

POLICY = {
    "title": "Moving here, staying here, and people connected with Aomori",
    "summary": (
        "We want more people to move here and communities where those who have moved can keep "
        "living, and we want to widen the circle of “connected people”: people who don't live "
        "here but stay involved with the region."
    ),
    "situation_and_issues": (
        "<h3>Aomori is seldom chosen as a place to move to</h3>"
        "<ul>"
        "<li>Harsh winters and limited transport mean that Aomori tends not to be chosen as a place to move to.</li>"
        "<li>Young people who left the prefecture to study or work find it hard to find a reason and a way to come back.</li>"
        "</ul>"
        "<h3>Too few people to carry community life</h3>"
        "<ul>"
        "<li>The people who keep neighbourhood associations, festivals and community places going are getting older, and it is becoming hard to continue these activities.</li>"
        "<li>Local issues have become more varied and are hard for communities, or for local government, to solve on their own.</li>"
        "</ul>"
    ),
    "basic_direction": (
        "<p>Local government, related organisations and earlier newcomers will work together on a "
        "welcoming environment: people thinking of moving should get reliable information about "
        "work and daily life, and stay connected with their community after they have moved.</p>"
        "<p>We will also widen the circle of “connected people” who keep up a relationship with "
        "the region from outside it: people with roots here, people who once lived here and people "
        "who help with community projects. In time, this can lead to moving here or to living in "
        "two places.</p>"
    ),
    "main_actions": (
        "<h3>Better information and advice</h3>"
        "<ul>"
        "<li>Our advice desk in Greater Tokyo answers questions about both moving and work in one place, including at weekends and in the evenings.</li>"
        "<li>We hold get-togethers with students in Greater Tokyo and share news about jobs and life in Aomori on social media.</li>"
        "</ul>"
        "<h3>A welcoming environment</h3>"
        "<ul>"
        "<li>We offer more ways to try life here, such as trial stays and introductions to local guides, to suit what each person is looking for.</li>"
        "<li>We support community places and networks, so that newcomers can get involved in their community and put their abilities to use.</li>"
        "</ul>"
        "<h3>Encouraging U-turns</h3>"
        "<ul>"
        "<li>Together with the national government and related organisations, we help people thinking of a U-turn to find work or take up farming.</li>"
        "</ul>"
    ),
}

# The indicators in the Japanese order: (name, unit, target note, [notes of the
# actual values, in order]). Years and figures are synchronised.
INDICATORS = [
    ("People finding work or moving here through a UIJ-turn", "people", "or more", []),
    (
        "Job consultations at the Greater Tokyo desk",
        "cases",
        "or more",
        ["As of the end of February"],
    ),
    (
        "Consultations about moving at the Greater Tokyo desk",
        "cases",
        "or more",
        ["As of the end of February"],
    ),
]

# --- programme -------------------------------------------------------------------

STARTUP_GRANT = {
    "title": "Community Places for Everyone: Start-up Grant",
    "summary": "Individuals and groups starting a new community place in the prefecture can receive ¥50,000 a year for up to three years.",
    "eligibility": (
        "<ul>"
        "<li>Individuals and groups in the prefecture that are starting a new community place, such as a children's cafeteria, a dementia café or a community salon, or that started one within roughly the past year</li>"
        "<li>The place is open to everyone and meets regularly (roughly once a month or more)</li>"
        "<li>The place is registered with Community Places for Everyone (you can register when you apply)</li>"
        "</ul>"
    ),
    "how_to_apply": (
        "<ol>"
        "<li>Read the guidelines and the Q&amp;A, and check that you are eligible.</li>"
        "<li>Fill in the application form, the activity plan and the budget.</li>"
        "<li>Send them to the office by post, fax or e-mail.</li>"
        "<li>We let you know the result of the review and pay the grant to the groups selected.</li>"
        "<li>At the end of the financial year, send us an activity report and a statement of accounts. For the second and third years, please apply again.</li>"
        "</ol>"
    ),
    "body": [
        (
            "What can the grant be used for?",
            [
                "Food, consumables, venue hire, insurance such as volunteer activity insurance, printing "
                "flyers and the like. It cannot be used for staff costs or for spending that has nothing "
                "to do with the community place.",
            ],
        ),
        (
            "Talk to us before you apply",
            [
                "The office is happy to help with questions such as “Would an activity like ours be "
                "eligible?” or “I don't know how to write the activity plan.” Please feel free to "
                "contact our advice desk for community places.",
            ],
        ),
    ],
    "questions": [
        (
            "Can individuals apply?",
            "Yes. If you plan to run the place with at least one other person, you can apply before setting up a group.",
        ),
        (
            "Can a community place that is already running apply?",
            "Places that started within roughly the past year can apply.",
        ),
        (
            "For how many years can we receive the grant?",
            "¥50,000 a year, for up to three years. You need to apply every year.",
        ),
        (
            "Can the grant be spent on food?",
            "Yes. It can also be spent on venue hire, insurance and consumables, but not on staff costs.",
        ),
        (
            "Is there a deadline?",
            "We accept applications at any time during the financial year. Once the budget has been used up, applications close for that year.",
        ),
    ],
}

# --- contact ---------------------------------------------------------------------

CONTACT = {
    "title": "Contact us",
    "intro": (
        "<p>Events, introductions to local guides, registering a community place: whatever it is, "
        "please get in touch. The office usually replies within three working days.</p>"
    ),
    "thank_you_text": (
        "<p>Thank you for your message. We will read it, and the office will get back to you.</p>"
    ),
    "subject": "[Aomori Homecoming Network] Enquiry from the website (English)",
    # (label, help text) of each field, in the Japanese order; names, types and
    # whether a field is required are synchronised.
    "fields": [
        ("Your name", ""),
        ("E-mail address", "The address we should reply to."),
        ("Your message", ""),
    ],
}

# --- web guidebook ---------------------------------------------------------------

GUIDEBOOK = {
    "title": "Aomori Homecoming Guidebook",
    "intro": (
        "A guide for people who have begun to think about moving to Aomori or coming back. Its four "
        "chapters cover gathering information, finding work and a home, getting into the community, "
        "and where to turn for advice after you move. You can also download the PDF edition (in Japanese)."
    ),
}

# Slug -> (title, summary, [(heading, [paragraphs]), ...])
CHAPTERS = {
    "getting-started": (
        "Chapter 1: When you start thinking about an Aomori homecoming",
        "Begin by gathering information, coming to see for yourself and meeting people.",
        [
            (
                "Where to begin",
                [
                    "When you start thinking about a move, try writing down “Why Aomori?” and “What "
                    "matters most to me?”. Work, family, nature, feelings for your home town: everyone's "
                    "reasons are different.",
                    "Once your reasons are clear, you will begin to see which of the prefecture's six "
                    "regions might suit you.",
                ],
            ),
            (
                "Come at least once in winter",
                [
                    "To get to know life in Aomori, we recommend visiting at least once in winter. "
                    "Clearing snow, driving, heating bills: there is a lot that a summer trip won't tell you.",
                    "People who choose Aomori knowing how hard the winters are are said to be the most "
                    "satisfied after they move.",
                ],
            ),
            (
                "Meet earlier newcomers at events",
                [
                    "At gatherings and advice sessions in and outside the prefecture, you can hear from "
                    "people who have actually moved here. Ask them frankly about the hard parts, not "
                    "only the good ones.",
                ],
            ),
        ],
    ),
    "work-and-housing": (
        "Chapter 2: Finding work and a home",
        "You can find a job, but you can also create one or bring yours with you.",
        [
            (
                "Choosing how to work",
                [
                    "Working for a company in the prefecture, keeping a job in Greater Tokyo and working "
                    "remotely, joining the regional revitalisation corps, starting your own business: "
                    "there is more than one way to work.",
                    "What a workplace is really like isn't in the job advert. The quickest way to find "
                    "out is to ask earlier newcomers or a local guide.",
                ],
            ),
            (
                "Finding a home",
                [
                    "As well as renting in town, you can use the municipalities' vacant house banks and "
                    "their trial homes for people thinking of moving. With an old house, check the "
                    "insulation and how much snow clearing it needs before you decide.",
                    "・Vacant house banks: municipalities introduce houses at their offices and on their websites.",
                    "・Trial homes: you can actually live in one for anything from a few days to a few weeks.",
                ],
            ),
        ],
    ),
    "entering-the-community": (
        "Chapter 3: Getting into the community: local guides and “hard-to-enter” places",
        "With someone to show you the way, a community that is hard to enter becomes one with a rare appeal.",
        [
            (
                "“Hard-to-enter” communities can be the most rewarding",
                [
                    "Communities where traditional events and close ties live on can look hard to get "
                    "into from outside. Yet these are often the places with a richness of life you won't "
                    "find anywhere else.",
                ],
            ),
            (
                "Rely on a local guide",
                [
                    "Local guides are people who moved to the area before you, or locals who have "
                    "welcomed newcomers. They can introduce you to groups that suit you: the "
                    "neighbourhood association, festivals, the volunteer fire brigade, parenting groups "
                    "and more.",
                    "You can ask for an introduction to a local guide through this website. Tell us which "
                    "area you are interested in and what you would like to talk about.",
                ],
            ),
            (
                "Turn up at local events",
                [
                    "Shared work such as clearing snow, cutting grass and getting ready for festivals is "
                    "the perfect chance for people to get to know your face. Even if you only watch at "
                    "first, coming back again and again is the best way to introduce yourself.",
                ],
            ),
        ],
    ),
    "after-moving": (
        "Chapter 4: After you move: connections and where to turn for advice",
        "Once you have moved, people and places you can easily turn to matter more than ever.",
        [
            (
                "If you run into problems after moving",
                [
                    "Advice services you used before moving can be harder to use once you live here. "
                    "When you need help, feel free to talk to a local guide or the network office.",
                    "Not carrying your worries about work or daily life on your own is the best way to "
                    "stay here for a long time.",
                ],
            ),
            (
                "Join a community place",
                [
                    "Children's cafeterias, dementia cafés, community salons: around the prefecture there "
                    "are places that anyone can join. For families with children, they are also a way to "
                    "get to know people nearby.",
                ],
            ),
            (
                "Now it's your turn to welcome others",
                [
                    "Once you have settled in, why not welcome the next newcomers yourself, as a local "
                    "guide? Your own experience of being helped will be the best signpost for the next person.",
                ],
            ),
        ],
    ),
}

# --- the 2016 panel report -------------------------------------------------------

# Event slug -> the English texts of its panel report. Panelists' notes follow
# the Japanese order; participants' voices keep their anonymous attributes.
PANEL_REPORTS = {
    "gathering-2016": {
        "title": "Participants' voices: Gathering 2016",
        "summary": "The panel of three earlier newcomers drew many comments from the people who came.",
        "body": [
            (
                "What the panel talked about",
                [
                    "Ms Yoshimura, an I-turner, described how helping on an apple farm brought her into "
                    "the community, and Ms Kinoshita talked about the people she met through raising her "
                    "children in Misawa.",
                    "Mr Tsuda, a U-turner, began with the honest admission that he had never really "
                    "wanted to come back, and went on to the rewarding work he found after returning and "
                    "what made him see his home town with new eyes.",
                ],
            ),
        ],
        "panelists": ["", "", "", ""],
        "voices": [
            (
                "I came back 20 years ago, and I felt that we now live in a time when different people need different kinds of support. Each of the three had their own way of telling it, which made it really interesting.",
                "50s, U-turn",
            ),
            (
                "It was good to hear directly how they are living their lives in Aomori. I'd have liked to go deeper into the things you can only find in Aomori.",
                "30s, I-turn",
            ),
            (
                "Hearing three very different stories made me want to think again about how I want to live from now on.",
                "20s, thinking of moving",
            ),
            (
                "The newcomers' stories felt close to home, and I listened with great interest. Just meeting people here made it worth coming.",
                "40s, local supporter",
            ),
        ],
    },
}

PRIVACY = {
    "title": "Privacy policy",
    "intro": (
        "The secretariat of the Aomori Homecoming Network handles the personal data this "
        "website receives as follows, in line with Japan's Act on the Protection of "
        "Personal Information."
    ),
    "sections": [
        ("What we collect and why", [
            "Contact form: your name, e-mail address and message, to reply to you.",
            "Member accounts and profiles: e-mail address, name, display name, kana, region, "
            "kind of move, biography, photo and so on. Each profile field is shown only as "
            "widely as you choose (public, members only, hidden).",
            "Guide applications and introduction requests: what you write, the regions and "
            "topics you ask about, your message; to review guides and make introductions.",
            "Community place applications: the group's name, address and activities, and a "
            "contact person's name and details. The contact person is never published; we use "
            "the details for the review and the yearly re-confirmation.",
            "Event registrations: name, kana, e-mail address, phone (optional), party size, "
            "whether you join the social gathering; to run the registration, contact you and "
            "check you in.",
        ]),
        ("Server records and cookies", [
            "Security events such as failed sign-ins are recorded without your IP address: "
            "it is replaced by a keyed hash that cannot be turned back into the address.",
            "We use only cookies that keep you signed in (sessionid), protect forms against "
            "forged submissions (csrftoken) and remember your language (django_language). "
            "No advertising or tracking cookies and no outside analytics.",
        ]),
        ("How long we keep it", [
            "Event registrations are deleted six months after the event. Members' data is "
            "kept until they delete their account; members can download and delete their "
            "data from My page at any time.",
            "Messages and applications are deleted by the secretariat once they have been "
            "dealt with and are no longer needed.",
        ]),
        ("Who receives it", [
            "We give no one your personal data without your consent, except where the law "
            "requires it. Before introducing you to a guide we show which details go to whom, "
            "ask for your consent and record it (when, and which details).",
        ]),
        ("Contact", [
            "To see, correct or delete your data, use the contact page or call the "
            "secretariat (017-000-1234).",
        ]),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "intro": (
        "We want everyone to be able to read this website and apply through it, whatever "
        "their age, disability or device."
    ),
    "sections": [
        ("Our target", [
            "We aim to conform to level AA of JIS X 8341-3:2016 (the Japanese standard "
            "equivalent to WCAG 2.0).",
            "The target covers every page of this site. Some older PDF documents are "
            "outside it; we send their text to anyone who needs it.",
        ]),
        ("How we test, and the results", [
            "Every change is checked with automated tests (axe-core) on the main pages. "
            "The latest run found no serious or critical issues.",
            "We check the pages at phone width (390 pixels) and on a desktop, and every "
            "form works without JavaScript.",
        ]),
        ("Tell us", [
            "If something is hard to read or use, please let us know through the contact page.",
        ]),
    ],
}
