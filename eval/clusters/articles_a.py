# Cluster gold set, part A. Written for Vigil; not copied from any source.
# Each incident: (type, date, country, place, perpetrator, killed, injured, claimed, evidence, cluster)
ARTICLES = []

def art(id, published, outlet, title, text, *incidents):
    ARTICLES.append(dict(id=id, published=published, url=f"https://{outlet}.example/{id}", title=title, text=text,
                         incidents=[dict(type=i[0], date=i[1], country=i[2], place=i[3], perpetrator=i[4], killed=i[5],
                                         injured=i[6], claimed=i[7], evidence=i[8], cluster=i[9]) for i in incidents]))

# ---- C01 Crocus City Hall, Krasnogorsk, 22 March 2024 ----
art("cl-001", "2024-03-22", "wire", "Gunmen open fire at concert hall near Moscow",
    "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, killing at least 40 people, Russia's FSB security service said. Witnesses described several attackers shooting at the crowd before a fire broke out in the building. More than 100 people were injured, the Moscow region health ministry said. No group has yet said it carried out the attack.",
    ("armed_assault", "2024-03-22", "RU", "Krasnogorsk", "unknown", 40, 100, None,
     "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, killing at least 40 people, Russia's FSB security service said.", "crocus"))
art("cl-002", "2024-03-23", "daily", "Islamic State claims Moscow concert attack as toll rises to 60",
    "Islamic State claimed responsibility for Friday night's shooting at a concert hall on the western edge of Moscow, in which at least 60 people were killed. The group said in a statement on its Amaq channel that its fighters had attacked a large gathering of Christians. Russian officials said 145 people were wounded. Firefighters were still searching the burnt-out building on Saturday morning.",
    ("armed_assault", "2024-03-22", "RU", "Moscow", "Islamic State", 60, 145, True,
     "Islamic State claimed responsibility for Friday night's shooting at a concert hall on the western edge of Moscow, in which at least 60 people were killed.", "crocus"))
art("cl-003", "2024-03-23", "herald", "Death toll in Krasnogorsk attack reaches 115",
    "The number of people killed in the attack on Crocus City Hall in Krasnogorsk rose to 115 on Saturday, Russia's Investigative Committee said. Eleven people, including four suspected gunmen, were detained in the Bryansk region, the FSB said. The attackers had fled the burning building in a white Renault car. The Kremlin declared Sunday a day of national mourning.",
    ("armed_assault", "2024-03-22", "RU", "Krasnogorsk", None, 115, None, None,
     "The number of people killed in the attack on Crocus City Hall in Krasnogorsk rose to 115 on Saturday, Russia's Investigative Committee said.", "crocus"),
    ("arrest", "2024-03-23", "RU", "Bryansk", None, None, None, None,
     "Eleven people, including four suspected gunmen, were detained in the Bryansk region, the FSB said.", "crocus-arrests"))
art("cl-004", "2024-03-24", "wire", "Four suspects charged over Crocus City Hall massacre",
    "A Moscow court charged four men with terrorism on Sunday over the massacre at Crocus City Hall, in which 133 people died. The men, all citizens of Tajikistan, appeared in court with visible injuries. Islamic State Khorasan Province, the group's Afghan branch, has been named by US officials as responsible. Russia observed a day of mourning as flowers piled up outside the concert venue.",
    ("armed_assault", "2024-03-22", "RU", "Krasnogorsk", "Islamic State Khorasan Province", 133, None, True,
     "A Moscow court charged four men with terrorism on Sunday over the massacre at Crocus City Hall, in which 133 people died.", "crocus"),
    ("arrest", "2024-03-24", "RU", "Moscow", None, None, None, None,
     "A Moscow court charged four men with terrorism on Sunday over the massacre at Crocus City Hall, in which 133 people died.", "crocus-arrests"))
art("cl-005", "2024-03-26", "chronicle", "Crocus toll climbs to 139 as Russia points at Ukraine",
    "The toll from Friday's attack on a concert hall in the Moscow region has risen to 139, the emergencies ministry said on Tuesday. President Vladimir Putin acknowledged that radical Islamists carried out the shooting but repeated claims of a Ukrainian link, which Kyiv denies. ISIS-K has repeatedly claimed the attack and published footage filmed by the gunmen. Some 182 people were hurt, 80 of whom remain in hospital.",
    ("armed_assault", "2024-03-22", "RU", "Moscow Oblast", "Islamic State Khorasan Province", 139, 182, True,
     "The toll from Friday's attack on a concert hall in the Moscow region has risen to 139, the emergencies ministry said on Tuesday.", "crocus"))
art("cl-006", "2024-04-01", "daily", "Crocus attack victim dies in hospital, toll 144",
    "A woman wounded in the March 22 shooting at Crocus City Hall died in hospital, bringing the toll to 144, Moscow region officials said on Monday. Investigators said the four gunmen had been recruited online by handlers of Islamic State Khorasan Province. More than 550 people have now sought medical help after the attack, including those treated for shock.",
    ("armed_assault", "2024-03-22", "RU", "Krasnogorsk", "Islamic State Khorasan Province", 144, 551, True,
     "A woman wounded in the March 22 shooting at Crocus City Hall died in hospital, bringing the toll to 144, Moscow region officials said on Monday.", "crocus"))
art("cl-007", "2024-03-22", "gazette", "Concert hall in flames after shooting outside Moscow",
    "A huge fire engulfed the Crocus City Hall music venue outside Moscow on Friday after gunmen burst in and fired automatic weapons at the audience. Russian media reported dozens dead. The band Picnic had been due to play to a sold-out hall of more than 6,000 people. Moscow's mayor cancelled all public events planned for the weekend.",
    ("armed_assault", "2024-03-22", "RU", "Moscow", None, None, None, None,
     "A huge fire engulfed the Crocus City Hall music venue outside Moscow on Friday after gunmen burst in and fired automatic weapons at the audience.", "crocus"))

# ---- C02 Kerman twin bombings, 3 January 2024 ----
art("cl-008", "2024-01-03", "wire", "Twin blasts kill 103 at Soleimani memorial in Iran",
    "Two explosions ripped through a crowd marking the anniversary of the death of General Qassem Soleimani in the southern Iranian city of Kerman on Wednesday, killing 103 people, state media said. The blasts went off about 15 minutes apart on the road leading to the cemetery where he is buried. Officials called it a terrorist attack. More than 170 people were wounded.",
    ("bombing", "2024-01-03", "IR", "Kerman", "unknown", 103, 170, None,
     "Two explosions ripped through a crowd marking the anniversary of the death of General Qassem Soleimani in the southern Iranian city of Kerman on Wednesday, killing 103 people, state media said.", "kerman"))
art("cl-009", "2024-01-04", "herald", "Iran lowers Kerman toll to 95 as Islamic State claims bombings",
    "Islamic State on Thursday claimed the twin suicide bombings that killed 95 people in Kerman, after Iranian officials revised the toll down from 103. The group said two of its members detonated explosive belts among mourners at Soleimani's grave. Iran's interior minister said some victims had been counted twice. Iran has vowed revenge for the deadliest attack since the 1979 revolution.",
    ("bombing", "2024-01-03", "IR", "Kerman", "Islamic State", 95, None, True,
     "Islamic State on Thursday claimed the twin suicide bombings that killed 95 people in Kerman, after Iranian officials revised the toll down from 103.", "kerman"))
art("cl-010", "2024-01-05", "chronicle", "Funerals held for victims of Kerman bombing",
    "Thousands of mourners attended funerals on Friday for the victims of Wednesday's bombing near the tomb of Qassem Soleimani. Health officials said the toll stood at 89, with 284 wounded. Iran's intelligence ministry said it had arrested 11 people linked to the attack in several provinces. Officials blamed the Afghan branch of Islamic State, known as ISKP.",
    ("bombing", "2024-01-03", "IR", "Kerman", "Islamic State Khorasan Province", 89, 284, None,
     "Thousands of mourners attended funerals on Friday for the victims of Wednesday's bombing near the tomb of Qassem Soleimani.", "kerman"),
    ("arrest", "2024-01-05", "IR", None, None, None, None, None,
     "Iran's intelligence ministry said it had arrested 11 people linked to the attack in several provinces.", "kerman-arrests"))
art("cl-011", "2024-01-10", "gazette", "Kerman bomber was a Tajik national, Iran says",
    "One of the two suicide bombers who killed 94 people in Kerman on January 3 was a Tajik national, Iran's intelligence ministry said. The ministry said the man entered the country illegally through the south-eastern border in December. The attack was the deadliest in Iran since the 2022 shooting at the Shah Cheragh shrine in Shiraz, which Islamic State also claimed, killed 13 people.",
    ("bombing", "2024-01-03", "IR", "Kerman", "Islamic State", 94, None, None,
     "One of the two suicide bombers who killed 94 people in Kerman on January 3 was a Tajik national, Iran's intelligence ministry said.", "kerman"),
    ("armed_assault", "2022", "IR", "Shiraz", "Islamic State", 13, None, True,
     "The attack was the deadliest in Iran since the 2022 shooting at the Shah Cheragh shrine in Shiraz, which Islamic State also claimed, killed 13 people.", "shiraz-2022"))
art("cl-012", "2024-01-03", "daily", "Explosions near Soleimani tomb in Kerman",
    "At least two explosions were heard near the Saheb al-Zaman mosque in Kerman on Wednesday as crowds gathered at the grave of Qassem Soleimani, state television reported. The Red Crescent said at least 73 people had been killed. Footage showed bodies in the road and ambulances struggling through the crowd.",
    ("bombing", "2024-01-03", "IR", "Kerman", None, 73, None, None,
     "At least two explosions were heard near the Saheb al-Zaman mosque in Kerman on Wednesday as crowds gathered at the grave of Qassem Soleimani, state television reported.", "kerman"))

# ---- C03 Lido beach attack, Mogadishu, 2 August 2024 ----
art("cl-013", "2024-08-02", "wire", "Al-Shabaab attack on Mogadishu beach kills 20",
    "Al-Shabaab fighters stormed a beachfront restaurant on Lido beach in Mogadishu on Friday evening, killing at least 20 people, police said. A suicide bomber blew himself up at the entrance before gunmen opened fire on diners. Security forces ended the siege after several hours. The al-Qaeda-linked group said it had carried out the attack.",
    ("armed_assault", "2024-08-02", "SO", "Mogadishu", "al-Shabaab", 20, None, True,
     "Al-Shabaab fighters stormed a beachfront restaurant on Lido beach in Mogadishu on Friday evening, killing at least 20 people, police said.", "lido"))
art("cl-014", "2024-08-03", "herald", "Lido beach toll rises to 32",
    "The number of people killed when militants attacked a crowded beach in the Somali capital late on Friday has risen to 32, police spokesman Abdifatah Adan Hassan said on Saturday. Another 63 people were wounded, some of them seriously. Five attackers were killed, and one was captured alive. Al-Shabaab claimed responsibility.",
    ("armed_assault", "2024-08-02", "SO", "Mogadishu", "al-Shabaab", 32, 63, True,
     "The number of people killed when militants attacked a crowded beach in the Somali capital late on Friday has risen to 32, police spokesman Abdifatah Adan Hassan said on Saturday.", "lido"))
art("cl-015", "2024-08-03", "gazette", "Survivors describe night of terror at Mogadishu beach",
    "Survivors of the attack on the Beach View hotel and restaurants along Lido beach described hiding under tables as gunmen went from table to table. The assault, which began with a suicide bombing on Friday night, left 32 people dead. Lido is one of the few places where Mogadishu residents gather to relax in the evening.",
    ("armed_assault", "2024-08-02", "SO", "Mogadishu", None, 32, None, None,
     "The assault, which began with a suicide bombing on Friday night, left 32 people dead.", "lido"))
art("cl-016", "2024-08-06", "chronicle", "Somalia mourns 37 killed in beach attack",
    "Somalia's president visited the wounded on Tuesday as the toll from last week's al-Shabaab attack on Lido beach rose to 37. Officials said 212 people were wounded in the bombing and shooting. The attack was the deadliest in Mogadishu since two car bombs killed 121 people at the education ministry in October 2022.",
    ("armed_assault", "2024-08-02", "SO", "Mogadishu", "al-Shabaab", 37, 212, True,
     "Somalia's president visited the wounded on Tuesday as the toll from last week's al-Shabaab attack on Lido beach rose to 37.", "lido"),
    ("bombing", "2022-10", "SO", "Mogadishu", None, 121, None, None,
     "The attack was the deadliest in Mogadishu since two car bombs killed 121 people at the education ministry in October 2022.", "mogadishu-2022"))
art("cl-017", "2024-08-03", "daily", "Militants storm hotel on Mogadishu seafront",
    "Gunmen stormed the Beach View hotel in Mogadishu on Friday night after a suicide bomber detonated his vest at its gate, witnesses said. Dozens of people were feared dead. Al-Shabaab said its fighters were still inside the building early on Saturday.",
    ("armed_assault", "2024-08-02", "SO", "Mogadishu", "al-Shabaab", None, None, True,
     "Gunmen stormed the Beach View hotel in Mogadishu on Friday night after a suicide bomber detonated his vest at its gate, witnesses said.", "lido"))
