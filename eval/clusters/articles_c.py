# Cluster gold set, part C. Written for Vigil; not copied from any source.
from articles_a import art

# ---- C08 New Orleans truck ramming, 1 January 2025 (early morning) ----
art("cl-038", "2025-01-01", "wire", "Truck rams New Year crowd in New Orleans, killing 10",
    "A man drove a pickup truck into a crowd celebrating the new year on Bourbon Street in New Orleans early on Wednesday, killing at least 10 people, officials said. The driver then got out and opened fire on police before he was shot dead. At least 30 people were injured.",
    ("vehicle_ramming", "2025-01-01", "US", "New Orleans", None, 10, 30, None,
     "A man drove a pickup truck into a crowd celebrating the new year on Bourbon Street in New Orleans early on Wednesday, killing at least 10 people, officials said.", "new-orleans"))
art("cl-039", "2025-01-01", "herald", "FBI: New Orleans attacker had Islamic State flag",
    "The FBI said an Islamic State flag was found in the truck used in the attack in the French Quarter of New Orleans, which killed 15 people. The driver, a 42-year-old US Army veteran from Texas, was killed in a gunfight with police. Investigators said he appeared to have been inspired by Islamic State.",
    ("vehicle_ramming", "2025-01-01", "US", "New Orleans", "Islamic State", 15, None, None,
     "The FBI said an Islamic State flag was found in the truck used in the attack in the French Quarter of New Orleans, which killed 15 people.", "new-orleans"))
art("cl-040", "2025-01-02", "daily", "New Orleans mourns 14 killed on Bourbon Street",
    "Vigils were held across Louisiana on Thursday for the 14 people killed when a truck plowed into revelers on Bourbon Street at about 3:15 a.m. on New Year's Day. The Sugar Bowl football game was postponed by a day. The FBI said the attacker acted alone and had posted videos pledging support for Islamic State.",
    ("vehicle_ramming", "2025-01-01", "US", "New Orleans", "Islamic State", 14, None, None,
     "Vigils were held across Louisiana on Thursday for the 14 people killed when a truck plowed into revelers on Bourbon Street at about 3:15 a.m. on New Year's Day.", "new-orleans"))
art("cl-041", "2025-01-03", "chronicle", "Louisiana attack: what we know",
    "Fourteen people died and 57 were injured when Shamsud-Din Jabbar drove a rented Ford truck around a police barricade on Bourbon Street. Two police officers were hit by gunfire. Investigators found explosive devices in coolers elsewhere in the French Quarter, but they did not go off.",
    ("vehicle_ramming", "2025-01-01", "US", "New Orleans", None, 14, 57, None,
     "Fourteen people died and 57 were injured when Shamsud-Din Jabbar drove a rented Ford truck around a police barricade on Bourbon Street.", "new-orleans"))
art("cl-042", "2024-12-31", "gazette", "Truck attack on New Year revellers in French Quarter",
    "A truck slammed into crowds in the French Quarter of New Orleans in the first hours of the new year, police said, in what the mayor called a terrorist attack. Several people were killed. The city had been packed with visitors for the Sugar Bowl.",
    ("vehicle_ramming", "2025-01-01", "US", "New Orleans", None, None, None, None,
     "A truck slammed into crowds in the French Quarter of New Orleans in the first hours of the new year, police said, in what the mayor called a terrorist attack.", "new-orleans"))

# ---- C09 Pahalgam attack, 22 April 2025 ----
art("cl-043", "2025-04-22", "wire", "Gunmen kill tourists in Kashmir's Pahalgam",
    "Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday, killing at least 24 people, police said. Most of the dead were visitors from other Indian states. The Resistance Front, which India says is a front for Lashkar-e-Taiba, said it was behind the attack.",
    ("armed_assault", "2025-04-22", "IN", "Pahalgam", "Lashkar-e-Taiba", 24, None, True,
     "Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday, killing at least 24 people, police said.", "pahalgam"))
art("cl-044", "2025-04-23", "herald", "India vows response after 26 killed in Baisaran meadow",
    "Prime Minister Narendra Modi cut short a visit to Saudi Arabia after militants killed 26 people at the Baisaran meadow in Jammu and Kashmir on Tuesday. Survivors said the gunmen asked men their religion before shooting them. Seventeen people were wounded.",
    ("armed_assault", "2025-04-22", "IN", "Baisaran", None, 26, 17, None,
     "Prime Minister Narendra Modi cut short a visit to Saudi Arabia after militants killed 26 people at the Baisaran meadow in Jammu and Kashmir on Tuesday.", "pahalgam"))
art("cl-045", "2025-04-24", "daily", "India suspends water treaty after Kashmir massacre",
    "India suspended the Indus Waters Treaty with Pakistan on Wednesday in response to the killing of 26 civilians near Pahalgam, which New Delhi blames on Pakistan-based Lashkar-e-Taiba. Pakistan denied any role. It was the deadliest attack on civilians in Kashmir since 2000.",
    ("armed_assault", "2025-04-22", "IN", "Pahalgam", "Lashkar-e-Taiba", 26, None, None,
     "India suspended the Indus Waters Treaty with Pakistan on Wednesday in response to the killing of 26 civilians near Pahalgam, which New Delhi blames on Pakistan-based Lashkar-e-Taiba.", "pahalgam"))
art("cl-046", "2025-04-26", "chronicle", "Resistance Front retracts claim for Pahalgam attack",
    "The Resistance Front on Saturday withdrew its claim for Tuesday's massacre of 26 tourists in the Anantnag district of Kashmir, saying its account had been hacked. Indian police have released sketches of three suspected gunmen, two of them Pakistani nationals.",
    ("armed_assault", "2025-04-22", "IN", "Anantnag", "Lashkar-e-Taiba", 26, None, False,
     "The Resistance Front on Saturday withdrew its claim for Tuesday's massacre of 26 tourists in the Anantnag district of Kashmir, saying its account had been hacked.", "pahalgam"))
art("cl-047", "2025-04-22", "gazette", "Tourists attacked in Kashmir hill resort",
    "Militants attacked a group of tourists in the hill resort of Pahalgam on Tuesday afternoon, officials said. Early reports said at least five people had been killed. Security forces launched a search operation in the forests around the meadow.",
    ("armed_assault", "2025-04-22", "IN", "Pahalgam", None, 5, None, None,
     "Militants attacked a group of tourists in the hill resort of Pahalgam on Tuesday afternoon, officials said.", "pahalgam"))

# ---- C10a Kuriga school kidnapping, 7 March 2024; C10b Gidan Bakuso, Sokoto, 9 March 2024 ----
art("cl-048", "2024-03-07", "wire", "Gunmen abduct pupils from Nigerian school",
    "Gunmen on motorcycles abducted more than 280 pupils from a school in Kuriga, in Nigeria's Kaduna State, on Thursday morning, residents said. A teacher said the attackers arrived during morning assembly. It was the first mass school abduction in the north-west since 2021.",
    ("kidnapping", "2024-03-07", "NG", "Kuriga", None, None, None, None,
     "Gunmen on motorcycles abducted more than 280 pupils from a school in Kuriga, in Nigeria's Kaduna State, on Thursday morning, residents said.", "kuriga"))
art("cl-049", "2024-03-08", "herald", "Nigeria's Tinubu orders rescue of 287 kidnapped pupils",
    "President Bola Tinubu ordered security agencies on Friday to rescue the 287 pupils and staff kidnapped from a school in Kaduna State. A man was killed during the raid on Thursday, residents said. No group has claimed the kidnapping, but bandit gangs seeking ransom operate in the area.",
    ("kidnapping", "2024-03-07", "NG", "Kaduna", "unknown", 1, None, None,
     "President Bola Tinubu ordered security agencies on Friday to rescue the 287 pupils and staff kidnapped from a school in Kaduna State.", "kuriga"))
art("cl-050", "2024-03-10", "daily", "Fifteen pupils kidnapped from Sokoto school",
    "Gunmen kidnapped 15 pupils from an Islamic boarding school in Gidan Bakuso village in Sokoto State early on Saturday, officials said. The abduction came two days after more than 280 pupils were taken from a school in Kuriga in neighbouring Kaduna State.",
    ("kidnapping", "2024-03-09", "NG", "Gidan Bakuso", None, None, None, None,
     "Gunmen kidnapped 15 pupils from an Islamic boarding school in Gidan Bakuso village in Sokoto State early on Saturday, officials said.", "sokoto"),
    ("kidnapping", "2024-03-07", "NG", "Kuriga", None, None, None, None,
     "The abduction came two days after more than 280 pupils were taken from a school in Kuriga in neighbouring Kaduna State.", "kuriga"))
art("cl-051", "2024-03-24", "chronicle", "Kidnapped Kuriga pupils freed",
    "The 137 pupils and staff abducted from a school in Kuriga on March 7 have been released, the Kaduna State governor said on Sunday. The army said no ransom was paid. Local officials had earlier given a higher figure for those taken.",
    ("kidnapping", "2024-03-07", "NG", "Kuriga", None, None, None, None,
     "The 137 pupils and staff abducted from a school in Kuriga on March 7 have been released, the Kaduna State governor said on Sunday.", "kuriga"))
art("cl-052", "2024-03-11", "gazette", "Sokoto police hunt kidnappers of Quranic school pupils",
    "Police in Sokoto State said they were searching forests near the village of Gidan Bakuso for the gunmen who seized 15 children from a Quranic school on Saturday. A woman was also taken. Parents said they had received no ransom demand.",
    ("kidnapping", "2024-03-09", "NG", "Gidan Bakuso", None, None, None, None,
     "Police in Sokoto State said they were searching forests near the village of Gidan Bakuso for the gunmen who seized 15 children from a Quranic school on Saturday.", "sokoto"))

# ---- C11 Quetta railway station bombing, 9 November 2024 ----
art("cl-053", "2024-11-09", "wire", "Suicide blast at Quetta railway station kills 26",
    "A suicide bomber blew himself up on the crowded platform of the main railway station in Quetta on Saturday morning, killing at least 26 people, including soldiers waiting for a train, officials said. The Balochistan Liberation Army claimed the attack. About 60 people were wounded.",
    ("bombing", "2024-11-09", "PK", "Quetta", "Balochistan Liberation Army", 26, 60, True,
     "A suicide bomber blew himself up on the crowded platform of the main railway station in Quetta on Saturday morning, killing at least 26 people, including soldiers waiting for a train, officials said.", "quetta"))
art("cl-054", "2024-11-10", "herald", "Quetta station bombing toll rises to 32",
    "The death toll from Saturday's bombing at the railway station in the capital of Balochistan has risen to 32, hospital officials said. The BLA said its fighters targeted an army unit leaving for training. Train services to Peshawar were suspended.",
    ("bombing", "2024-11-09", "PK", "Quetta", "Balochistan Liberation Army", 32, None, True,
     "The death toll from Saturday's bombing at the railway station in the capital of Balochistan has risen to 32, hospital officials said.", "quetta"))
art("cl-055", "2024-11-11", "daily", "Balochistan mourns railway station victims",
    "Shops in Quetta were closed on Monday in mourning for the 32 people killed in the station bombing. Separatist attacks in Balochistan have surged this year; in August, BLA fighters killed more than 50 people in coordinated attacks across the province.",
    ("bombing", "2024-11-09", "PK", "Quetta", None, 32, None, None,
     "Shops in Quetta were closed on Monday in mourning for the 32 people killed in the station bombing.", "quetta"),
    ("armed_assault", "2024-08", "PK", "Balochistan", "Balochistan Liberation Army", 50, None, None,
     "Separatist attacks in Balochistan have surged this year; in August, BLA fighters killed more than 50 people in coordinated attacks across the province.", "balochistan-august"))
art("cl-056", "2024-11-09", "gazette", "Explosion at Quetta station",
    "An explosion tore through Quetta railway station as passengers waited for the Jaffar Express to Peshawar on Saturday. Police said at least 20 people had died. The blast left a crater on the platform.",
    ("bombing", "2024-11-09", "PK", "Quetta", None, 20, None, None,
     "An explosion tore through Quetta railway station as passengers waited for the Jaffar Express to Peshawar on Saturday.", "quetta"))

# ---- C12 TUSAS attack, Kahramankazan near Ankara, 23 October 2024 ----
art("cl-057", "2024-10-23", "wire", "Attack on Turkish aerospace firm near Ankara kills four",
    "Attackers armed with rifles and explosives stormed the headquarters of Turkish Aerospace Industries in Kahramankazan, outside Ankara, on Wednesday, killing four people, the interior minister said. Both attackers, a man and a woman, were killed. Fourteen people were wounded.",
    ("armed_assault", "2024-10-23", "TR", "Kahramankazan", None, 4, 14, None,
     "Attackers armed with rifles and explosives stormed the headquarters of Turkish Aerospace Industries in Kahramankazan, outside Ankara, on Wednesday, killing four people, the interior minister said.", "tusas"))
art("cl-058", "2024-10-24", "herald", "Turkey blames PKK for deadly attack on TUSAS",
    "Turkey said on Thursday that the Kurdistan Workers' Party was behind the attack on the TUSAS aerospace company near Ankara that killed five people, and launched air strikes on Kurdish militant targets in Iraq and Syria. The PKK later claimed the attack. Twenty-two people were injured.",
    ("armed_assault", "2024-10-23", "TR", "Ankara", "Kurdistan Workers' Party", 5, 22, True,
     "Turkey said on Thursday that the Kurdistan Workers' Party was behind the attack on the TUSAS aerospace company near Ankara that killed five people, and launched air strikes on Kurdish militant targets in Iraq and Syria.", "tusas"))
art("cl-059", "2024-10-25", "daily", "Taxi driver among victims of aerospace company attack",
    "A taxi driver whose car was seized by the attackers was among the five people killed at the Turkish Aerospace headquarters in Ankara province on Wednesday, officials said. The PKK said the assault had been planned for months.",
    ("armed_assault", "2024-10-23", "TR", "Ankara", "Kurdistan Workers' Party", 5, None, True,
     "A taxi driver whose car was seized by the attackers was among the five people killed at the Turkish Aerospace headquarters in Ankara province on Wednesday, officials said.", "tusas"))
art("cl-060", "2024-10-23", "gazette", "Explosion and gunfire at defence company in Turkey",
    "An explosion and gunfire were reported at the Kahramankazan facility of Turkish Aerospace Industries on Wednesday afternoon. Interior Minister Ali Yerlikaya called it a terrorist attack and said there were dead and wounded.",
    ("armed_assault", "2024-10-23", "TR", "Kahramankazan", None, None, None, None,
     "An explosion and gunfire were reported at the Kahramankazan facility of Turkish Aerospace Industries on Wednesday afternoon.", "tusas"))

# ---- C13 Vienna concert plot foiled, August 2024 ----
art("cl-061", "2024-08-08", "wire", "Taylor Swift concerts in Vienna cancelled over attack plot",
    "Organisers cancelled three Taylor Swift concerts in Vienna after police foiled a plot by a supporter of Islamic State to attack crowds at the Ernst Happel stadium, Austrian officials said on Thursday. A 19-year-old man was arrested on Wednesday morning in Ternitz, Lower Austria, where police found chemicals at his home.",
    ("plot_foiled", "2024-08-07", "AT", "Vienna", "Islamic State", None, None, None,
     "Organisers cancelled three Taylor Swift concerts in Vienna after police foiled a plot by a supporter of Islamic State to attack crowds at the Ernst Happel stadium, Austrian officials said on Thursday.", "vienna-plot"),
    ("arrest", "2024-08-07", "AT", "Ternitz", None, None, None, None,
     "A 19-year-old man was arrested on Wednesday morning in Ternitz, Lower Austria, where police found chemicals at his home.", "vienna-arrest"))
art("cl-062", "2024-08-09", "herald", "Vienna plot suspect wanted to kill 'as many as possible'",
    "The 19-year-old arrested in Ternitz on Wednesday confessed that he had planned to kill as many people as possible outside the Taylor Swift concerts with knives and explosives, Austrian police said. A second man, aged 17, was detained in Vienna. Both had pledged allegiance to Islamic State.",
    ("arrest", "2024-08-07", "AT", "Ternitz", None, None, None, None,
     "The 19-year-old arrested in Ternitz on Wednesday confessed that he had planned to kill as many people as possible outside the Taylor Swift concerts with knives and explosives, Austrian police said.", "vienna-arrest"),
    ("arrest", "2024-08", "AT", "Vienna", None, None, None, None,
     "A second man, aged 17, was detained in Vienna.", "vienna-arrest-2"))
art("cl-063", "2024-08-10", "daily", "Austria defends cancellation of Swift shows",
    "Austria's interior minister said the foiled attack on the Vienna concerts was a real threat and that cancelling the shows had been the right decision. US intelligence had alerted Austrian authorities to the plot.",
    ("plot_foiled", "2024-08-07", "AT", "Vienna", None, None, None, None,
     "Austria's interior minister said the foiled attack on the Vienna concerts was a real threat and that cancelling the shows had been the right decision.", "vienna-plot"))

# ---- Syndicated copies (the same wire story under another address, lightly edited) ----
art("cl-064", "2024-03-22", "metro", "Gunmen open fire at Moscow-area concert hall",
    "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, killing at least 40 people, Russia's FSB security service said. Witnesses described several attackers shooting at the crowd before a fire broke out in the building. More than 100 people were injured, the Moscow region health ministry said. No group has yet claimed the attack.",
    ("armed_assault", "2024-03-22", "RU", "Krasnogorsk", "unknown", 40, 100, None,
     "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, killing at least 40 people, Russia's FSB security service said.", "crocus"))
art("cl-065", "2024-11-09", "metro", "Suicide bombing at Quetta station kills 26",
    "A suicide bomber blew himself up on the crowded platform of the main railway station in Quetta on Saturday morning, killing at least 26 people, including soldiers waiting for a train, officials said. The Balochistan Liberation Army claimed responsibility for the attack. About 60 people were wounded, hospital officials said.",
    ("bombing", "2024-11-09", "PK", "Quetta", "Balochistan Liberation Army", 26, 60, True,
     "A suicide bomber blew himself up on the crowded platform of the main railway station in Quetta on Saturday morning, killing at least 26 people, including soldiers waiting for a train, officials said.", "quetta"))
