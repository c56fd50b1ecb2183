# Cluster gold set, part B. Written for Vigil; not copied from any source.
from articles_a import art

# ---- C04 Peshawar police mosque bombing, 30 January 2023 ----
art("cl-018", "2023-01-30", "wire", "Suicide bomber kills 28 in Peshawar mosque",
    "A suicide bomber blew himself up among worshippers at a mosque inside the police headquarters in Peshawar on Monday, killing at least 28 people, officials said. Most of the victims were police officers attending afternoon prayers. Part of the mosque's roof collapsed, trapping dozens. Rescuers were still pulling people from the rubble at nightfall.",
    ("bombing", "2023-01-30", "PK", "Peshawar", "unknown", 28, None, None,
     "A suicide bomber blew himself up among worshippers at a mosque inside the police headquarters in Peshawar on Monday, killing at least 28 people, officials said.", "peshawar"))
art("cl-019", "2023-01-31", "herald", "Peshawar mosque blast toll rises to 59",
    "The toll from Monday's bombing at a mosque in the Police Lines compound of Peshawar rose to 59 on Tuesday as more bodies were recovered from the rubble. A commander of Jamaat-ul-Ahrar said the group had carried out the attack to avenge the killing of its leader. The Pakistani Taliban distanced themselves from the bombing. At least 157 people were wounded.",
    ("bombing", "2023-01-30", "PK", "Peshawar", "Jamaat-ul-Ahrar", 59, 157, True,
     "The toll from Monday's bombing at a mosque in the Police Lines compound of Peshawar rose to 59 on Tuesday as more bodies were recovered from the rubble.", "peshawar"))
art("cl-020", "2023-02-01", "daily", "Pakistan mosque bombing death toll passes 100",
    "The death toll from the suicide bombing at a police mosque in north-western Pakistan has risen to 100, officials in Khyber Pakhtunkhwa said on Wednesday. Police said the bomber entered the heavily guarded compound in a police uniform. Investigators believe about 10 to 12 kilograms of explosives were used.",
    ("bombing", "2023-01-30", "PK", "Khyber Pakhtunkhwa", None, 100, None, None,
     "The death toll from the suicide bombing at a police mosque in north-western Pakistan has risen to 100, officials in Khyber Pakhtunkhwa said on Wednesday.", "peshawar"))
art("cl-021", "2023-02-03", "chronicle", "Pakistan revises Peshawar mosque toll to 84",
    "Authorities in Khyber Pakhtunkhwa revised the toll from Monday's mosque bombing in Peshawar to 84, saying some victims had been counted twice by different hospitals. Police chief Moazzam Jah Ansari said the bomber had been helped by people inside the compound. The attack was the deadliest in the city since the 2014 massacre at the Army Public School, in which Tehrik-i-Taliban Pakistan gunmen killed 149 people.",
    ("bombing", "2023-01-30", "PK", "Peshawar", None, 84, None, None,
     "Authorities in Khyber Pakhtunkhwa revised the toll from Monday's mosque bombing in Peshawar to 84, saying some victims had been counted twice by different hospitals.", "peshawar"),
    ("armed_assault", "2014", "PK", "Peshawar", "Tehrik-i-Taliban Pakistan", 149, None, None,
     "The attack was the deadliest in the city since the 2014 massacre at the Army Public School, in which Tehrik-i-Taliban Pakistan gunmen killed 149 people.", "aps-2014"))
art("cl-022", "2023-01-30", "gazette", "Blast hits Peshawar police compound",
    "A powerful explosion struck a mosque in the Police Lines area of Peshawar during prayers on Monday. Hospital officials said 17 people had been killed and more than 90 wounded. The area was sealed off and a rescue operation was under way.",
    ("bombing", "2023-01-30", "PK", "Peshawar", None, 17, 90, None,
     "A powerful explosion struck a mosque in the Police Lines area of Peshawar during prayers on Monday.", "peshawar"))

# ---- C05a Kabul ministry bombing and C05b checkpoint shooting, 13 February 2025 ----
art("cl-023", "2025-02-13", "wire", "Suicide bomber kills one outside Kabul ministry",
    "A suicide bomber struck outside the Ministry of Urban Development in Kabul on Thursday, killing one person and wounding several others, the Taliban's police spokesman said. The bomber approached a group of employees as they left the building. No group immediately claimed responsibility.",
    ("bombing", "2025-02-13", "AF", "Kabul", "unknown", 1, None, None,
     "A suicide bomber struck outside the Ministry of Urban Development in Kabul on Thursday, killing one person and wounding several others, the Taliban's police spokesman said.", "kabul-ministry"))
art("cl-024", "2025-02-13", "herald", "Islamic State claims Kabul ministry bombing",
    "Islamic State Khorasan Province claimed a suicide bombing at the urban development ministry in the Afghan capital on Thursday. Hospital staff said the blast killed at least one person and wounded five. Separately, gunmen killed two Taliban guards at a checkpoint in the Dasht-e-Barchi area of Kabul late on Thursday, police said, in an attack that no group claimed.",
    ("bombing", "2025-02-13", "AF", "Kabul", "Islamic State Khorasan Province", 1, 5, True,
     "Islamic State Khorasan Province claimed a suicide bombing at the urban development ministry in the Afghan capital on Thursday.", "kabul-ministry"),
    ("armed_assault", "2025-02-13", "AF", "Kabul", "unknown", 2, None, None,
     "Separately, gunmen killed two Taliban guards at a checkpoint in the Dasht-e-Barchi area of Kabul late on Thursday, police said, in an attack that no group claimed.", "kabul-checkpoint"))
art("cl-025", "2025-02-14", "daily", "Two guards shot dead at Kabul checkpoint",
    "Unidentified gunmen opened fire on a Taliban checkpoint in western Kabul overnight, killing two guards, a police spokesman said on Friday. The attackers escaped on a motorcycle. The shooting came hours after a suicide bombing at a government ministry in the city killed one person.",
    ("armed_assault", "2025-02-13", "AF", "Kabul", "unknown", 2, None, None,
     "Unidentified gunmen opened fire on a Taliban checkpoint in western Kabul overnight, killing two guards, a police spokesman said on Friday.", "kabul-checkpoint"),
    ("bombing", "2025-02-13", "AF", "Kabul", None, 1, None, None,
     "The shooting came hours after a suicide bombing at a government ministry in the city killed one person.", "kabul-ministry"))
art("cl-026", "2025-02-14", "chronicle", "Kabul bomb victim was ministry engineer",
    "The man killed in Thursday's suicide attack on the Ministry of Urban Development and Housing in Kabul was an engineer who had worked there for ten years, his family said. Five of his colleagues were wounded. ISIS-K, which has attacked Taliban officials repeatedly, said one of its fighters carried out the bombing.",
    ("bombing", "2025-02-13", "AF", "Kabul", "Islamic State Khorasan Province", 1, 5, True,
     "The man killed in Thursday's suicide attack on the Ministry of Urban Development and Housing in Kabul was an engineer who had worked there for ten years, his family said.", "kabul-ministry"))
art("cl-027", "2025-02-15", "gazette", "Taliban arrest suspects after Kabul checkpoint killings",
    "Taliban police said on Saturday they had arrested three men suspected of killing two guards at a checkpoint in Kabul's Dasht-e-Barchi district on Thursday night. The men were detained in a raid in Paghman. Police said the attack was an armed robbery gone wrong rather than an insurgent attack.",
    ("armed_assault", "2025-02-13", "AF", "Kabul", None, 2, None, None,
     "Taliban police said on Saturday they had arrested three men suspected of killing two guards at a checkpoint in Kabul's Dasht-e-Barchi district on Thursday night.", "kabul-checkpoint"),
    ("arrest", "2025-02-15", "AF", "Paghman", None, None, None, None,
     "The men were detained in a raid in Paghman.", "kabul-checkpoint-arrests"))

# ---- C06 Solingen festival stabbing, 23 August 2024, and the arrest ----
art("cl-028", "2024-08-23", "wire", "Three killed in knife attack at Solingen festival",
    "A man stabbed people at random at a festival marking the 650th anniversary of the German city of Solingen on Friday evening, killing three and seriously injuring four, police said. The attacker fled in the chaos and a manhunt was under way. The festival, on the Fronhof square, was cancelled.",
    ("armed_assault", "2024-08-23", "DE", "Solingen", "unknown", 3, 4, None,
     "A man stabbed people at random at a festival marking the 650th anniversary of the German city of Solingen on Friday evening, killing three and seriously injuring four, police said.", "solingen"))
art("cl-029", "2024-08-24", "herald", "Islamic State claims Solingen stabbing; suspect surrenders",
    "Islamic State claimed responsibility on Saturday for the knife attack in Solingen that killed three people. Late on Saturday, a 26-year-old Syrian man turned himself in to police and said he was the attacker, officials in North Rhine-Westphalia said. Eight people were injured in the stabbing on Friday night.",
    ("armed_assault", "2024-08-23", "DE", "Solingen", "Islamic State", 3, 8, True,
     "Islamic State claimed responsibility on Saturday for the knife attack in Solingen that killed three people.", "solingen"),
    ("arrest", "2024-08-24", "DE", "Solingen", None, None, None, None,
     "Late on Saturday, a 26-year-old Syrian man turned himself in to police and said he was the attacker, officials in North Rhine-Westphalia said.", "solingen-arrest"))
art("cl-030", "2024-08-25", "daily", "Syrian suspect in Solingen attack held on terrorism charges",
    "Federal prosecutors on Sunday ordered the Syrian man arrested over the Solingen stabbing held on suspicion of murder and membership of Islamic State. The three people killed at the city festival were two men aged 67 and 56 and a woman aged 56. The suspect had been due to be deported to Bulgaria last year.",
    ("arrest", "2024-08-24", "DE", "Solingen", "Islamic State", None, None, None,
     "Federal prosecutors on Sunday ordered the Syrian man arrested over the Solingen stabbing held on suspicion of murder and membership of Islamic State.", "solingen-arrest"),
    ("armed_assault", "2024-08-23", "DE", "Solingen", None, 3, None, None,
     "The three people killed at the city festival were two men aged 67 and 56 and a woman aged 56.", "solingen"))
art("cl-031", "2024-08-24", "gazette", "Manhunt after deadly stabbing in western Germany",
    "German police searched through the night for a man who killed three people with a knife at a street festival in Solingen, near Düsseldorf. Witnesses said the attacker went for the victims' necks. A 15-year-old was detained on suspicion of knowing about the plans but was not the attacker, police said.",
    ("armed_assault", "2024-08-23", "DE", "Solingen", None, 3, None, None,
     "German police searched through the night for a man who killed three people with a knife at a street festival in Solingen, near Düsseldorf.", "solingen"),
    ("arrest", "2024-08-24", "DE", None, None, None, None, None,
     "A 15-year-old was detained on suspicion of knowing about the plans but was not the attacker, police said.", "solingen-teen-arrest"))
art("cl-032", "2024-08-26", "chronicle", "Solingen attack reignites German migration debate",
    "Friday's stabbing in Solingen, in which a Syrian asylum seeker is accused of killing three people, has put pressure on Chancellor Olaf Scholz to tighten deportation rules. Islamic State said the attacker was one of its soldiers. It was the second deadly knife attack in Germany this year after a police officer was stabbed to death in Mannheim in May.",
    ("armed_assault", "2024-08-23", "DE", "Solingen", "Islamic State", 3, None, True,
     "Friday's stabbing in Solingen, in which a Syrian asylum seeker is accused of killing three people, has put pressure on Chancellor Olaf Scholz to tighten deportation rules.", "solingen"),
    ("armed_assault", "2024-05", "DE", "Mannheim", None, 1, None, None,
     "It was the second deadly knife attack in Germany this year after a police officer was stabbed to death in Mannheim in May.", "mannheim"))

# ---- C07 Magdeburg Christmas market ramming, 20 December 2024 ----
art("cl-033", "2024-12-20", "wire", "Car drives into Magdeburg Christmas market, killing two",
    "A car drove into a crowd at the Christmas market in Magdeburg on Friday evening, killing at least two people and injuring 68, officials in Saxony-Anhalt said. The driver, a 50-year-old doctor from Saudi Arabia, was arrested at the scene. Police believe he acted alone.",
    ("vehicle_ramming", "2024-12-20", "DE", "Magdeburg", None, 2, 68, None,
     "A car drove into a crowd at the Christmas market in Magdeburg on Friday evening, killing at least two people and injuring 68, officials in Saxony-Anhalt said.", "magdeburg"),
    ("arrest", "2024-12-20", "DE", "Magdeburg", None, None, None, None,
     "The driver, a 50-year-old doctor from Saudi Arabia, was arrested at the scene.", "magdeburg-arrest"))
art("cl-034", "2024-12-21", "herald", "Magdeburg market attack: five dead, 200 injured",
    "The number of people killed when a man drove a rented BMW through the Christmas market in Magdeburg rose to five on Saturday, including a nine-year-old boy. More than 200 people were injured, 41 of them seriously. Chancellor Olaf Scholz laid flowers at the scene.",
    ("vehicle_ramming", "2024-12-20", "DE", "Magdeburg", None, 5, 200, None,
     "The number of people killed when a man drove a rented BMW through the Christmas market in Magdeburg rose to five on Saturday, including a nine-year-old boy.", "magdeburg"))
art("cl-035", "2024-12-22", "daily", "Questions over security at Magdeburg market",
    "German officials faced questions on Sunday about how the driver who killed five people at the Magdeburg Christmas market on Friday could drive through a gap left for emergency vehicles. Saudi Arabia said it had warned Germany about the man. He has been held on suspicion of murder and attempted murder.",
    ("vehicle_ramming", "2024-12-20", "DE", "Magdeburg", None, 5, None, None,
     "German officials faced questions on Sunday about how the driver who killed five people at the Magdeburg Christmas market on Friday could drive through a gap left for emergency vehicles.", "magdeburg"))
art("cl-036", "2025-01-02", "chronicle", "Sixth person dies after Magdeburg ramming",
    "A 52-year-old woman injured in the car attack on the Magdeburg Christmas market on December 20 has died in hospital, raising the toll to six, prosecutors said. Some 235 people were injured. The suspect's motive remains unclear; he had posted anti-Islam messages online.",
    ("vehicle_ramming", "2024-12-20", "DE", "Magdeburg", None, 6, 235, None,
     "A 52-year-old woman injured in the car attack on the Magdeburg Christmas market on December 20 has died in hospital, raising the toll to six, prosecutors said.", "magdeburg"))
art("cl-037", "2024-12-20", "gazette", "Christmas market horror in Saxony-Anhalt",
    "A black car sped about 400 metres through crowds at the Christmas market in the centre of Magdeburg shortly after 7 p.m. on Friday, witnesses said. At least one person was killed and dozens were hurt, the city said. The state premier described it as a terrible attack.",
    ("vehicle_ramming", "2024-12-20", "DE", "Magdeburg", None, 1, None, None,
     "A black car sped about 400 metres through crowds at the Christmas market in the centre of Magdeburg shortly after 7 p.m. on Friday, witnesses said.", "magdeburg"))
