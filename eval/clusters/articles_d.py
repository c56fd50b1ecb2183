# Cluster gold set, part D. Written for Vigil; not copied from any source. It adds reports that test
# merging where extraction is noisy: a country from a demonym, a province for a city, an alias, and
# incidents of the same day in the same city or area, or named in the report of another incident.
# Events marked "invented" did not happen; the others follow public reporting loosely.
from articles_a import art

# ---- D01 Karachi airport convoy bombing, 6 October 2024 (late evening) ----
art("cl-066", "2024-10-07", "wire", "Bomb near Karachi airport kills two Chinese nationals",
    "A suicide car bomb struck a convoy carrying Chinese engineers outside Jinnah International Airport in Karachi late on Sunday, killing two Chinese nationals and wounding at least 10 people, officials said. The Balochistan Liberation Army said it carried out the attack. China urged Pakistan to punish those responsible.",
    ("bombing", "2024-10-06", "PK", "Karachi", "Balochistan Liberation Army", 2, 10, True,
     "A suicide car bomb struck a convoy carrying Chinese engineers outside Jinnah International Airport in Karachi late on Sunday, killing two Chinese nationals and wounding at least 10 people, officials said.", "karachi-airport"))
art("cl-067", "2024-10-07", "herald", "China condemns attack on its engineers in Sindh",
    "Two Chinese engineers were killed when a vehicle packed with explosives blew up beside their convoy near the main airport of Sindh province on Sunday night, China's embassy said. The embassy called on Pakistan to protect Chinese projects and staff.",
    ("bombing", "2024-10-06", "PK", "Sindh", None, 2, None, None,
     "Two Chinese engineers were killed when a vehicle packed with explosives blew up beside their convoy near the main airport of Sindh province on Sunday night, China's embassy said.", "karachi-airport"))
art("cl-068", "2024-10-08", "daily", "BLA's Majeed Brigade behind Karachi blast, police say",
    "Police said on Tuesday that the BLA's Majeed Brigade had sent the suicide bomber who attacked the Chinese convoy near Karachi airport on Sunday night. The bomber, who was also killed, had driven a car fitted with about 100 kilograms of explosives. Seventeen people were treated for wounds.",
    ("bombing", "2024-10-06", "PK", "Karachi", "Balochistan Liberation Army", None, 17, True,
     "Police said on Tuesday that the BLA's Majeed Brigade had sent the suicide bomber who attacked the Chinese convoy near Karachi airport on Sunday night.", "karachi-airport"))

# ---- D02 (invented) A shopkeeper shot dead in Karachi the same evening ----
art("cl-069", "2024-10-07", "gazette", "Shopkeeper shot dead in Orangi Town",
    "Two gunmen on a motorcycle shot dead a shopkeeper outside his store in Karachi's Orangi Town on Sunday evening, police said. The attackers fled with his takings. Police said they were looking at footage from nearby cameras.",
    ("armed_assault", "2024-10-06", "PK", "Karachi", None, 1, None, None,
     "Two gunmen on a motorcycle shot dead a shopkeeper outside his store in Karachi's Orangi Town on Sunday evening, police said.", "karachi-shopkeeper"))

# ---- D03 (invented) A roadside bomb near Afgooye on the morning of the Lido attack ----
art("cl-070", "2024-08-03", "wire", "Roadside bomb kills two soldiers near Afgoye",
    "A roadside bomb killed two Somali soldiers near Afgoye, north-west of Mogadishu, on Friday morning, a military officer said. Al-Shabaab said it had planted the device. The road links the capital with farmland along the Shabelle river.",
    ("bombing", "2024-08-02", "SO", "Afgooye", "al-Shabaab", 2, None, True,
     "A roadside bomb killed two Somali soldiers near Afgoye, north-west of Mogadishu, on Friday morning, a military officer said.", "afgoye-ied"))

# ---- D04 (invented) An attack on police in Iran whose report recalls Kerman ----
art("cl-071", "2024-01-05", "daily", "Three police officers killed in south-east Iran",
    "Gunmen killed three police officers at a checkpoint in south-eastern Iran late on Thursday, state media said. The attack came a day after twin suicide bombings killed 89 people at a memorial for Qassem Soleimani in Kerman. No group has said it was behind the shooting.",
    ("armed_assault", "2024-01-04", "IR", None, None, 3, None, False,
     "Gunmen killed three police officers at a checkpoint in south-eastern Iran late on Thursday, state media said.", "iran-checkpoint"),
    ("bombing", "2024-01-03", "IR", "Kerman", None, 89, None, None,
     "The attack came a day after twin suicide bombings killed 89 people at a memorial for Qassem Soleimani in Kerman.", "kerman"))
