from common import *

DOCS = []

# ---------------------------------------------------------------- 016 Balkans, Europol action day (HTML)
BD = P("2025-05-27")
DOCS.append(doc("016_balkans_europol.html", html_page(
    "Europol-backed raids hit Balkan cocaine network in four countries", "Adriatic Monitor", "2025-05-28T09:30:00+02:00",
    "By Jelena Marković | 28 May 2025, 09:30", [
        "Police in Serbia, Montenegro, Bosnia and Herzegovina and Croatia arrested 21 people on Tuesday in coordinated raids against a criminal network that shipped cocaine from Ecuador to Europe through Balkan and Adriatic ports, Europol said.",
        "Nine suspects were arrested in Serbia, six in Montenegro, four in Bosnia and Herzegovina and two in Croatia. The action day was coordinated by Europol, which deployed analysts to Belgrade and Podgorica to cross-check seized data in real time.",
        "During the searches officers seized 48 kilograms of cocaine, about €620,000 in cash, 14 firearms and several encrypted phones.",
        "The investigation began after Montenegrin police found 1.3 tonnes of cocaine in a container of bananas at the port of Bar in March. Investigators say the network, led by a Serbian national living in Dubai, had smuggled at least 9 tonnes of cocaine into Europe since 2022.",
        "Europol said the international network had now been dismantled. Prosecutors in Belgrade said they would seek the extradition of the suspected leader.",
    ], ["Montenegro: customs officers suspended after Bar port probe", "Serbia passes new law on seizure of criminal assets",
        "Croatian police find cannabis plantation on Pelješac"], nav=("Home", "Balkans", "Europe", "Economy", "Opinion")),
    [
        A(9, "SRB", "exact", False, BD),
        A(6, "MNE", "exact", False, BD),
        A(4, "BIH", "exact", False, BD),
        A(2, "HRV", "exact", False, BD),
        A(21, opt=True),
        S("cocaine", q="exact", agg=False, period=BD, kg=48),
        S("cocaine", "MNE", "exact", False, P("2025-03-01", "2025-03-31"), kg=1300, loc=["Bar"]),
        N(1, ["SRB", "MNE", "BIH", "HRV"], "international", "exact", False, BD),
        C("joint_operation", ["SRB", "MNE", "BIH", "HRV", "EUROPOL"], period=BD),
    ], title="Europol-backed raids hit Balkan cocaine network in four countries", outlet="Adriatic Monitor",
    date="2025-05-28", fmt="html"))

# ---------------------------------------------------------------- 017 Turkey, weekly ministry statement (shares Mersin figure with 018)
TWK = P("2025-11-17", "2025-11-23")
DOCS.append(doc("017_turkey_weekly.txt", """Interior Ministry: 1.486 suspects detained in week-long narcotics operations in 71 provinces
Anatolian Ledger (translated from Turkish)
ANKARA, 24.11.2025

The Ministry of Interior announced that in operations against drug traffickers and street dealers carried out by the Gendarmerie General Command and the General Directorate of Security in 71 provinces over the past week (17-23 November 2025), 1.486 suspects were taken into custody. Of these, 512 were arrested by the courts and judicial control measures were applied to 301.

In the operations, 2 tons 418 kilograms of drugs and 6 million 240 thousand 515 narcotic pills were seized.

The largest single seizure of the week was made on 19 November at Mersin International Port, where Customs Enforcement teams found 610 kilograms of cocaine in a refrigerated container of bananas.

In addition, 12 organised crime groups involved in drug trafficking were dismantled.

The Ministry stated that "the fight against the poison dealers who target our youth will continue with determination", and called on citizens to report drug sales through the Narkotik İhbar application or by calling 112.
""", [
    A(1486, "TUR", "exact", True, TWK),
    A(512, opt=True),
    S("unspecified", "TUR", "exact", True, TWK, kg=2418),
    S("unspecified", "TUR", "exact", True, TWK, pills=6240515),
    N(12, "TUR", None, "exact", True, TWK),
    S("cocaine", "TUR", "exact", False, P("2025-11-19"), kg=610, loc=["Mersin"], cluster="tur-mersin"),
], title="Interior Ministry: 1.486 suspects detained in week-long narcotics operations in 71 provinces",
    outlet="Anatolian Ledger", date="2025-11-24"))

# ---------------------------------------------------------------- 018 Turkey, Mersin customs release
DOCS.append(doc("018_turkey_mersin_customs.txt", """610 kilograms of cocaine seized in banana container at Mersin Port
Ministry of Trade - Press release (unofficial translation)
20/11/2025

As a result of risk analyses carried out by the Ministry of Trade's Customs Enforcement teams, a container arriving at Mersin International Port from Ecuador and declared to contain fresh bananas was directed to the high-risk lane and examined on 19/11/2025 with X-ray scanning devices.

Density differences detected on the scan images led to a detailed physical search, during which narcotic detector dogs reacted to 24 boxes placed among the banana crates. In the boxes, 610 kilograms of cocaine packed in 520 bricks were found.

The market value of the seized cocaine is estimated at 3 billion 50 million Turkish lira.

Within the scope of the investigation conducted under the coordination of the Mersin Chief Public Prosecutor's Office, two officials of the importing company were detained in simultaneous operations in Mersin and Istanbul.

Customs Enforcement teams seized a total of 14.2 tons of drugs in the first ten months of 2025, the Ministry said.
""", [
    S("cocaine", "TUR", ["exact", "approx"], False, P("2025-11-19"), kg=610, val=3050000000, cur="TRY", loc=["Mersin"],
      cluster="tur-mersin"),
    A(2, "TUR", "exact", False),
    S("unspecified", "TUR", "exact", True, P("2025-01-01", "2025-10-31"), kg=14200),
], title="610 kilograms of cocaine seized in banana container at Mersin Port", outlet=optv("Ministry of Trade"),
    date="2025-11-20"))

# ---------------------------------------------------------------- 019 Egypt, Alexandria cell
ED = P("2025-02-19")
ALX = ["Alexandria", "Amreya"]
DOCS.append(doc("019_egypt_alexandria.txt", """Interior Ministry: 1.2 million tramadol tablets and 300 kg of hashish seized in Alexandria
Cairo Evening Post
CAIRO, Thursday 20 February 2025

Anti-narcotics police in Alexandria seized 1.2 million tramadol tablets and 300 kilograms of hashish and arrested seven members of a criminal cell accused of smuggling drugs into the country by sea, the Interior Ministry said in a statement on Thursday.

According to the statement, the General Administration for Drug Control received information that the cell, led by a man with previous convictions, was storing the drugs in a rented apartment and a warehouse in the Al-Amreya district. Officers raided both sites on Wednesday and arrested the seven suspects, seizing two cars and a rifle.

The ministry estimated the value of the seized drugs at about 45 million Egyptian pounds.

In a monthly summary also released on Thursday, the ministry said its drug control units had seized narcotics worth 2.1 billion pounds during January.

Tramadol, a prescription painkiller, is widely abused in Egypt, where it is often smuggled in from South Asia in tablets of 225mg, much stronger than the doses used medically.
""", [
    S("tramadol", "EGY", "exact", False, ED, pills=1200000, loc=ALX),
    S("hashish", "EGY", "exact", False, ED, kg=300, loc=ALX),
    S(["mixed", "unspecified"], "EGY", "approx", False, ED, val=45000000, cur="EGP"),
    A(7, "EGY", "exact", False, ED),
    N(1, "EGY", q="exact", agg=False, period=ED),
    S("unspecified", "EGY", "exact", True, P("2025-01-01", "2025-01-31"), val=2100000000, cur="EGP"),
], title="Interior Ministry: 1.2 million tramadol tablets and 300 kg of hashish seized in Alexandria",
    outlet="Cairo Evening Post", date="2025-02-20"))

# ---------------------------------------------------------------- 020 Lebanon, Hermel factory and airport
LD = P("2025-04-28")
LA = P("2025-04-25")
DOCS.append(doc("020_lebanon_hermel.txt", """Army dismantles Captagon factory in Hermel; ISF foil airport smuggling attempt
Beirut Monitor
BEIRUT, 29 April 2025

The Lebanese Army said on Tuesday that units of its Intelligence Directorate, backed by an army patrol, raided a Captagon factory in the Hermel countryside on Monday, seizing some 4.6 million pills and 1.4 tonnes of hashish.

Two Syrian nationals who were working at the site were arrested, while other suspects fled towards the border after an exchange of fire with the troops, the army statement said. Pill-pressing machines, raw materials and a quantity of weapons and ammunition were also seized.

In a separate statement, the Internal Security Forces (ISF) said officers at Rafic Hariri International Airport last Friday arrested a Lebanese traveller heading to Riyadh after finding 7,200 Captagon pills hidden inside two electric heaters in his luggage.

Lebanon has stepped up operations against Captagon production in the Bekaa valley since the fall of the Assad government in neighbouring Syria, under pressure from Gulf states that are the main market for the amphetamine-type pills.
""", [
    N(1, "LBN", None, "exact", False, LD),
    S("captagon", "LBN", "approx", False, LD, pills=4600000, loc=["Hermel"]),
    S("hashish", "LBN", "exact", False, LD, kg=1400, loc=["Hermel"]),
    A(2, "LBN", "exact", False, LD),
    S("captagon", "LBN", "exact", False, LA, pills=7200, loc=["Rafic Hariri", "Beirut"]),
    A(1, "LBN", "exact", False, LA),
], title="Army dismantles Captagon factory in Hermel; ISF foil airport smuggling attempt", outlet="Beirut Monitor",
    date="2025-04-29"))

# ---------------------------------------------------------------- 021 Sri Lanka, navy trawler
SD = P("2025-03-02")
DOCS.append(doc("021_sri_lanka_navy.txt", """Navy seizes ICE, heroin worth Rs. 3,560 million from multi-day trawler
Colombo Chronicle
COLOMBO, 4 March 2025

The Sri Lanka Navy said it had seized 179 kilograms of crystal methamphetamine ("ICE") and 83 kilograms of heroin from a local multi-day fishing trawler in the seas south of Dondra, in an operation that ended on Sunday (2 March).

Acting on information shared by the Indian Navy, SLNS Sayura shadowed the trawler for four days before it was boarded about 190 nautical miles south of Dondra Head. Six crew members, all residents of Tangalle and Matara, were taken into custody along with the vessel and brought to the Dikkowita fisheries harbour.

The drugs, packed in 162 packets, had a combined street value of about Rs. 3,560 million, the Navy said.

The suspects and the consignment were handed over to the Police Narcotic Bureau for further investigation.
""", [
    S("methamphetamine", "LKA", "exact", False, SD, kg=179, loc=["Dondra"]),
    S("heroin", "LKA", "exact", False, SD, kg=83, loc=["Dondra"]),
    S(["mixed", "unspecified"], "LKA", "approx", False, SD, val=3560000000, cur="LKR"),
    A(6, "LKA", "exact", False, SD),
    C("information_exchange", ["LKA", "IND"], opt=True),
], title="Navy seizes ICE, heroin worth Rs. 3,560 million from multi-day trawler", outlet="Colombo Chronicle",
    date="2025-03-04"))

# ---------------------------------------------------------------- 022 Maldives, Q&A interview
DOCS.append(doc("022_maldives_interview.txt", """"Heroin remains our biggest problem": Q&A with the Maldives Police Commissioner
Atoll Times
MALÉ, 8 September 2025

The Commissioner of Police spoke to Atoll Times about drug trafficking in the Maldives. Excerpts, edited for length:

Q: How much have the police seized this year?
A: Since January we have seized about 61 kilograms of drugs. Most of it is heroin, about 48 kilos; the rest is hashish oil and some cannabis.

Q: What was the biggest case?
A: The 14.2 kilograms of heroin we found on a supply boat at Malé commercial harbour in March. That was a very significant case for a country of our size.

Q: And arrests?
A: More than 640 people were arrested for drug offences in the first half of the year. Many of them are young people who sell small amounts to finance their own use.

Q: Where does the heroin come from?
A: Mostly by sea, through Sri Lanka and India. That is why cooperation is so important. In June we signed a memorandum of understanding with Sri Lanka Police on the exchange of intelligence, and we are planning joint training with them next year.

Q: What does a gram cost on the street?
A: Around MVR 1,500. That shows you how profitable this trade is.
""", [
    S(["mixed", "unspecified"], "MDV", "approx", True, P("2025-01-01", "2025-09-08", tol=1), kg=61),
    S("heroin", "MDV", "approx", True, P("2025-01-01", "2025-09-08", tol=1), kg=48),
    S("heroin", "MDV", "exact", False, P("2025-03-01", "2025-03-31"), kg=14.2, loc=["Malé", "Male"]),
    A(640, "MDV", "at_least", True, P("2025-01-01", "2025-06-30")),
    C("mou", ["MDV", "LKA"], period=P("2025-06-01", "2025-06-30")),
    C("information_exchange", ["MDV", "LKA"], opt=True),
], title="\"Heroin remains our biggest problem\": Q&A with the Maldives Police Commissioner", outlet="Atoll Times",
    date="2025-09-08"))

# ---------------------------------------------------------------- 023 Vietnam, HCMC court
VD = P("2025-06-26")
AUG23 = P("2023-08-01", "2023-08-31")
DOCS.append(doc("023_vietnam_hcmc_court.txt", """Seven sentenced to death in Ho Chi Minh City over 652 kg meth ring
Mekong Review Daily
HO CHI MINH CITY, June 27, 2025

The Ho Chi Minh City People's Court on Thursday sentenced seven defendants to death, four to life imprisonment and 15 others to prison terms ranging from seven to 20 years for trafficking methamphetamine and ecstasy smuggled from Cambodia.

The 26 defendants belonged to a ring led by Nguyen Van Tai, 47, known as "Tai Cambodia", which prosecutors said brought drugs across the border in Tay Ninh province hidden in trucks carrying cassava.

Police busted the ring in August 2023, when they seized 652 kilograms of methamphetamine and 120,000 ecstasy pills in a warehouse in Go Dau district of Tay Ninh. All 26 defendants were arrested between August and October 2023.

According to the indictment, the ring sold drugs worth over VND 400 billion between 2021 and 2023.

Vietnam has some of the world's toughest drug laws. Anyone convicted of trafficking more than 100 grams of heroin or 300 grams of methamphetamine faces the death penalty.
""", [
    SEN("death", 7, "VNM", "exact", False, VD),
    SEN("life", 4, "VNM", "exact", False, VD),
    SEN("prison", 15, "VNM", "exact", False, VD),
    N(1, "VNM", None, "exact", False, AUG23),
    S("methamphetamine", "VNM", "exact", False, AUG23, kg=652, loc=["Tay Ninh", "Go Dau"]),
    S("mdma", "VNM", "exact", False, AUG23, pills=120000, loc=["Tay Ninh", "Go Dau"]),
    A(26, "VNM", "exact", [False, True], P("2023-08-01", "2023-10-31")),
], title="Seven sentenced to death in Ho Chi Minh City over 652 kg meth ring", outlet="Mekong Review Daily",
    date="2025-06-27"))

# ---------------------------------------------------------------- 024 Cambodia, NACD Q1 report
DOCS.append(doc("024_cambodia_q1.txt", """NACD Q1 2025: over 4,000 drug suspects arrested
Phnom Penh Ledger
PHNOM PENH, 8 April 2025

Cambodian authorities cracked down on 1,744 drug cases and arrested 4,012 suspects, including 118 foreigners, in the first quarter of 2025, the National Authority for Combating Drugs (NACD) said in its quarterly report released on Tuesday.

During January-March, police and military police seized 1,126.4 kilograms of drugs of various kinds, including 512.3 kilograms of crystal methamphetamine (ice) and 302,000 methamphetamine tablets (yaba), the report said.

The authorities also destroyed 3.2 tonnes of drugs seized in earlier cases at a ceremony in Kampong Speu province in March.

The number of suspects arrested rose by 11 percent compared with the same period of 2024, according to the NACD.

In February, NACD officials met their Vietnamese counterparts in Svay Rieng province to review cooperation along the common border, including joint patrols on the Mekong and the exchange of information on traffickers.
""", [
    A(4012, "KHM", "exact", True, Q1 := P("2025-01-01", "2025-03-31")),
    A(118, opt=True),
    S(["mixed", "unspecified"], "KHM", "exact", True, Q1, kg=1126.4),
    S("methamphetamine", "KHM", "exact", True, Q1, kg=512.3),
    S("methamphetamine", "KHM", "exact", True, Q1, pills=302000),
    C("meeting", ["KHM", "VNM"], period=P("2025-02-01", "2025-02-28"), loc="Svay Rieng"),
], title="NACD Q1 2025: over 4,000 drug suspects arrested", outlet="Phnom Penh Ledger", date="2025-04-08"))

# ---------------------------------------------------------------- 025 JSON-lines feed (6 records)
FEED = "025_indopacific_feed.jsonl"
DOCS.append(doc(FEED + "#1", "OSAKA - Osaka Customs and Osaka prefectural police said on Wednesday they had arrested a 42-year-old company employee from Sakai on suspicion of attempting to import about 5 kilograms of stimulant drugs hidden inside a rice cooker sent by international mail from Mexico.\n\nCustoms officers found the crystalline methamphetamine on Jan. 17 during an X-ray inspection of the parcel at the Osaka International Postal Office. Investigators replaced the drugs with a harmless substance and let the parcel be delivered under surveillance; the man was arrested on Tuesday when he collected it. The seized drugs have a street value of about 310 million yen.\n\nThe man has denied the allegations, telling police he had been asked by an acquaintance to receive the package.\n\nAccording to the Finance Ministry, customs nationwide seized about 1,050 kilograms of stimulant drugs in 2024, the third consecutive year above one tonne.",
    [
        S("methamphetamine", "JPN", "approx", False, P("2025-01-17"), kg=5, val=310000000, cur="JPY", loc=["Osaka"]),
        A(1, "JPN", "exact", False, P("2025-02-25")),
        S("methamphetamine", "JPN", "approx", True, P("2024-01-01", "2024-12-31"), kg=1050),
    ], title="Man arrested over 5 kg of stimulants hidden in rice cooker mailed from Mexico", outlet="Kansai Evening News",
    date="2025-02-26", fmt="jsonl", record={"id": "ken-0226-114", "url": "https://kansaievening.example/national/2025/02/26/rice-cooker-stimulants", "title": "Man arrested over 5 kg of stimulants hidden in rice cooker mailed from Mexico", "publisher": "Kansai Evening News", "published": "2025-02-26T18:40:00+09:00", "lang": "en"}))

DOCS.append(doc(FEED + "#2", "SEOUL - The Seoul Central District Court on Thursday sentenced three men to prison terms of between eight and 12 years for smuggling about 10.6 kilograms of methamphetamine into the country from Cambodia in their luggage.\n\nThe three, a 38-year-old ringleader surnamed Kim and two couriers, were arrested at Incheon International Airport in October last year when customs officers found the drugs in the false bottoms of their suitcases. The ringleader received 12 years; the couriers were given eight and nine years.\n\nThe court also ordered the men to pay a combined 420 million won in forfeiture.\n\nProsecutors said the methamphetamine, worth an estimated 35 billion won, would have been enough for about 350,000 doses.",
    [
        SEN("prison", 3, "KOR", "exact", False, P("2025-05-15")),
        SEN("prison", 1, opt=True), SEN("prison", 1, opt=True), SEN("prison", 1, opt=True),
        S("methamphetamine", "KOR", "approx", False, P("2024-10-01", "2024-10-31"), kg=10.6, val=35000000000, cur="KRW",
          loc=["Incheon"]),
        A(3, "KOR", "exact", False, P("2024-10-01", "2024-10-31")),
    ], title="Three jailed for up to 12 years over meth smuggled from Cambodia", outlet="Han River Times",
    date="2025-05-16", fmt="jsonl", record={"id": "hrt-20250516-07", "url": "https://hanrivertimes.example/society/20250516/meth-cambodia-sentences", "title": "Three jailed for up to 12 years over meth smuggled from Cambodia", "publisher": "Han River Times", "published": "2025-05-16T10:15:00+09:00", "lang": "en"}))

DOCS.append(doc(FEED + "#3", "TOKYO - The share of people in Japan who say they have used cannabis at least once in their lives has risen to an estimated 1.8 percent of those aged 15 to 64, according to a nationwide survey published by the National Center of Neurology and Psychiatry.\n\nThe figure, up from 1.4 percent in the previous survey two years ago, suggests that about 1.4 million people have tried the drug, researchers said. Use was highest among men in their twenties.\n\nThe health ministry plans to expand prevention classes in high schools from April and to launch an online campaign aimed at young adults. A revised law that makes the use of cannabis itself a criminal offence took effect in December 2024.\n\n\"Many young people believe cannabis is harmless because it is legal in some other countries,\" one of the researchers said.",
    [], title="Survey finds lifetime cannabis use in Japan rising among young men", outlet="Kansai Evening News",
    date="2025-03-30", fmt="jsonl", record={"id": "ken-0330-021", "url": "https://kansaievening.example/national/2025/03/30/cannabis-survey", "title": "Survey finds lifetime cannabis use in Japan rising among young men", "publisher": "Kansai Evening News", "published": "2025-03-30T07:00:00+09:00", "lang": "en"}))

DOCS.append(doc(FEED + "#4", "SUVA - Police in Fiji are searching the coastline of Kadavu Island after villagers found nearly 53 kilograms of cocaine washed up on a beach at the weekend.\n\nThe 48 bricks, found near Vunisea on Sunday, have a street value estimated at 26 million Fijian dollars, police said. No one has been arrested.\n\nOfficers believe the drugs were dumped at sea from a vessel heading from South America to Australia.\n\nFiji's largest drug bust remains the discovery of 4.1 tonnes of methamphetamine in Nadi in January 2024.",
    [
        S("cocaine", "FJI", ["at_most", "approx"], False, P("2025-08-17"), kg=53, val=26000000, cur="FJD",
          loc=["Kadavu", "Vunisea"], cluster="fji-kadavu"),
        S("methamphetamine", kg=4100, opt=True),
    ], title="Fiji police comb Kadavu coast after cocaine washes ashore", outlet="Pacific Wire",
    date="2025-08-20", dup="027_fiji_kadavu.txt", fmt="jsonl", record={"id": "pw-2025-08-20-fj03", "url": "https://pacificwire.example/fiji/kadavu-cocaine", "title": "Fiji police comb Kadavu coast after cocaine washes ashore", "publisher": "Pacific Wire", "published": "2025-08-20T06:05:00+12:00", "lang": "en"}))

DOCS.append(doc(FEED + "#5", "QUANG TRI - Border guards in Quang Tri province said on Monday they had arrested two Lao nationals and seized 30 cakes of heroin weighing about 10.5 kg and 60,000 methamphetamine pills near the Lao Bao border gate on Saturday.\n\nThe two men were carrying the drugs in backpacks along a forest trail when they were stopped by a patrol. The heroin alone is worth around VND 8 billion on the local market, officials said.\n\nThe Lao Bao area has become a main entry point for heroin and synthetic drugs from the Golden Triangle, according to the provincial Border Guard Command.",
    [
        S("heroin", "VNM", "approx", False, P("2025-10-11"), kg=10.5, val=8000000000, cur="VND", loc=["Lao Bao", "Quang Tri"]),
        S("methamphetamine", "VNM", "exact", False, P("2025-10-11"), pills=60000, loc=["Lao Bao", "Quang Tri"]),
        A(2, "VNM", "exact", False, P("2025-10-11")),
    ], title="Quang Tri border guards seize 10 kg of heroin, arrest two Laotians", outlet="Vietnam Border News",
    date="2025-10-14", fmt="jsonl", record={"id": "vbn-14102025-3", "url": "https://vietnamborder.example/quang-tri/heroin-lao-bao", "title": "Quang Tri border guards seize 10 kg of heroin, arrest two Laotians", "publisher": "Vietnam Border News", "published": "2025-10-14T16:30:00+07:00", "lang": "en"}))

SUVA = P("2025-09-23", "2025-09-25")
DOCS.append(doc(FEED + "#6", "SUVA - Police chiefs and senior officials from Fiji, Samoa, Tonga, Vanuatu, Papua New Guinea, Australia and New Zealand on Thursday ended a three-day conference in Suva on drug trafficking through the Pacific, organised by the Fiji Police Force and the UN Office on Drugs and Crime (UNODC).\n\nDelegates heard that cocaine and methamphetamine moving from the Americas to Australia and New Zealand increasingly leave drugs behind in island communities, fuelling local use.\n\nIn a final communique, the participants agreed to set up a regional drug intelligence desk in Suva next year and to hold the next conference in Nuku'alofa.\n\n\"No single island nation can patrol this ocean alone,\" Fiji's police commissioner told the closing session.",
    [
        C("conference", ["FJI", "WSM", "TON", "VUT", "PNG", "AUS", "NZL", "UNODC"], period=SUVA, loc="Suva"),
        C("information_exchange", ["FJI", "WSM", "TON", "VUT", "PNG", "AUS", "NZL"], opt=True, ev="intelligence desk"),
    ], title="Pacific police chiefs end Suva conference on drug trafficking", outlet="Pacific Wire",
    date="2025-09-26", fmt="jsonl", record={"id": "pw-2025-09-26-fj11", "url": "https://pacificwire.example/region/suva-police-chiefs", "title": "Pacific police chiefs end Suva conference on drug trafficking", "publisher": "Pacific Wire", "published": "2025-09-26T08:45:00+12:00", "lang": "en"}))

# ---------------------------------------------------------------- 026 South Korea, customs H1 (HTML with table)
H1 = P("2025-01-01", "2025-06-30")
KCS_TABLE = """<table class="data">
<caption>Drug seizures by customs, January-June 2025</caption>
<tr><th>Drug</th><th>Cases</th><th>Weight (kg)</th></tr>
<tr><td>Methamphetamine</td><td>168</td><td>236.4</td></tr>
<tr><td>Cannabis (incl. liquid cannabis)</td><td>201</td><td>88.7</td></tr>
<tr><td>Ketamine</td><td>23</td><td>21.9</td></tr>
<tr><td>Cocaine</td><td>9</td><td>41.2</td></tr>
<tr><td>MDMA</td><td>57</td><td>23.8</td></tr>
<tr><td>Total</td><td>458</td><td>412.0</td></tr>
</table>"""
DOCS.append(doc("026_korea_customs_h1.html", html_page(
    "Customs drug seizures reach 412 kg in first half as mail smuggling grows", "Korea Business Daily",
    "2025-07-15T14:20:00+09:00", "Reporter Park Ji-won | Published 2025.07.15 14:20", [
        "The Korea Customs Service (KCS) said on Tuesday it seized 412 kilograms of illegal drugs worth 470.6 billion won in the first half of the year, as smugglers increasingly turned to international mail and express cargo.",
        "Methamphetamine accounted for 236.4 kg, down 12 percent from a year earlier, while seizures of ketamine more than doubled.",
        "In the largest single case, customs officers at Incheon port found 38 kilograms of methamphetamine hidden in industrial rollers shipped from Southeast Asia in April.",
        "Of the total weight, 61 percent arrived by mail or express cargo, the agency said. The KCS plans to install AI-based X-ray reading systems at all international mail centres by next year.",
    ], ["Police crack down on drug ads on messaging apps", "Incheon airport to add body scanners",
        "Won falls against dollar for third day"], nav=("Home", "Economy", "Society", "Politics", "World"),
    table=(1, KCS_TABLE)),
    [
        S(["mixed", "unspecified"], "KOR", "exact", True, H1, kg=412, val=470600000000, cur="KRW"),
        S("methamphetamine", "KOR", "exact", True, H1, kg=236.4),
        S("cannabis", "KOR", "exact", True, H1, kg=88.7),
        S("ketamine", "KOR", "exact", True, H1, kg=21.9),
        S("cocaine", "KOR", "exact", True, H1, kg=41.2),
        S("mdma", "KOR", "exact", True, H1, kg=23.8),
        S("methamphetamine", "KOR", "exact", False, P("2025-04-01", "2025-04-30"), kg=38, loc=["Incheon"]),
    ], title="Customs drug seizures reach 412 kg in first half as mail smuggling grows", outlet="Korea Business Daily",
    date="2025-07-15", fmt="html"))

# ---------------------------------------------------------------- 027 Fiji, cocaine washed ashore (original of 025#4)
DOCS.append(doc("027_fiji_kadavu.txt", """Cocaine worth $26 million washes ashore on Kadavu
Suva Post
SUVA, 19 August 2025

Villagers on Kadavu Island handed police 48 bricks of what tests later confirmed to be cocaine after finding them washed up on a beach near Vunisea on Sunday, police said.

The Fiji Police Force said the bricks weighed a total of 52.8 kilograms and had an estimated street value of FJD 26 million.

The Acting Commissioner of Police thanked the villagers for "doing the right thing" and said officers had been deployed to search the coastline for more packages. No arrests have been made.

Police believe the drugs may have been thrown overboard from a vessel travelling between South America and Australia, a route that has made the Pacific islands a transit point for cocaine.

The find comes a year and a half after the country's largest drug seizure, when 4.1 tonnes of methamphetamine were found in Nadi in January 2024.
""", [
    S("cocaine", "FJI", ["exact", "approx"], False, P("2025-08-17"), kg=52.8, val=26000000, cur="FJD",
      loc=["Kadavu", "Vunisea"], cluster="fji-kadavu"),
    S("methamphetamine", kg=4100, opt=True),
], title="Cocaine worth $26 million washes ashore on Kadavu", outlet="Suva Post", date="2025-08-19"))

# ---------------------------------------------------------------- 028 Canada, RCMP superlab
CD = P("2025-10-23")
DOCS.append(doc("028_canada_rcmp_lab.txt", """RCMP dismantle synthetic drug superlab near Red Deer
Royal Canadian Mounted Police - News release
Red Deer, Alberta, October 29, 2025

On October 23, 2025, the RCMP Federal Policing Northwest Region, with the assistance of the Canada Border Services Agency (CBSA), executed search warrants at a rural property in Red Deer County and dismantled what investigators believe to be one of the largest clandestine drug laboratories ever found in Alberta.

Seized from the property:
- 46 kilograms of fentanyl
- 390 kilograms of methamphetamine
- approximately 2,500 kilograms of solid precursor chemicals and 6,000 litres of liquid chemicals
- 12 firearms, including two prohibited assault-style rifles, and $310,000 in Canadian currency

Two men, aged 51 and 36, were arrested at the property and remain in custody. They face charges under the Controlled Drugs and Substances Act.

The seized drugs have an estimated street value of more than $485 million. Investigators say the quantity of fentanyl alone represents over 95 million potentially lethal doses.

"This lab was capable of producing hundreds of kilograms of synthetic drugs every week for domestic and international markets," said Superintendent Lisa Moreau.
""", [
    N(1, "CAN", None, "exact", False, CD),
    S("fentanyl", "CAN", "exact", False, CD, kg=46, loc=["Red Deer"]),
    S("methamphetamine", "CAN", "exact", False, CD, kg=390, loc=["Red Deer"]),
    S("precursors", "CAN", "approx", False, CD, kg=2500, loc=["Red Deer"]),
    S("precursors", opt=True),
    S(["mixed", "unspecified"], "CAN", "at_least", False, CD, val=485000000, cur="CAD"),
    A(2, "CAN", "exact", False, CD),
], title="RCMP dismantle synthetic drug superlab near Red Deer", outlet=optv("RCMP"), date="2025-10-29"))

# ---------------------------------------------------------------- 029 Portugal, PJ translated release
PD = P("2025-03-31")
DOCS.append(doc("029_portugal_azores_release.txt", """POLÍCIA JUDICIÁRIA
National Unit for Combating Drug Trafficking (UNCTE)
Press release - unofficial English translation

Lisbon, 03/04/2025

SEIZURE OF 6.512,4 KG OF COCAINE ON A SEMI-SUBMERSIBLE VESSEL SOUTH OF THE AZORES

1. The Polícia Judiciária, through the National Unit for Combating Drug Trafficking (UNCTE), in a joint operation with the Portuguese Navy and the Portuguese Air Force, intercepted on 31/03/2025 a semi-submersible vessel approximately 300 nautical miles south of the island of São Miguel, Azores.

2. On board were found 6.512,4 kg of cocaine, distributed in 211 bales, which were intended to be introduced into Europe through the Iberian Peninsula.

3. Four crew members were detained, three of Colombian nationality and one of Venezuelan nationality, aged between 27 and 49. They will be presented to the competent judicial authority for the application of coercive measures.

4. The operation counted on the collaboration of the United States Drug Enforcement Administration (DEA) and the United Kingdom's National Crime Agency (NCA).

5. This is the largest seizure of cocaine at sea carried out by the Polícia Judiciária since 2019 and the third semi-submersible intercepted in Portuguese waters in less than two years.

The investigation continues.
""", [
    S("cocaine", "PRT", "exact", False, PD, kg=6512.4, loc=["São Miguel", "Sao Miguel", "Azores", "Açores"]),
    A(4, "PRT", "exact", False, PD),
    A(3, opt=True), A(1, opt=True),
    C("joint_operation", ["PRT", "USA", "GBR"], period=PD),
], title="-", outlet=optv("Polícia Judiciária"), date="2025-04-03"))

# ---------------------------------------------------------------- 030 France, OFAST 2024 (HTML with table)
FR_TABLE = """<table>
<tr><th>Substance</th><th>2023</th><th>2024</th></tr>
<tr><td>Cocaine (tonnes)</td><td>23.2</td><td>53.5</td></tr>
<tr><td>Cannabis resin (tonnes)</td><td>103.9</td><td>97.2</td></tr>
<tr><td>Herbal cannabis (tonnes)</td><td>27.0</td><td>31.4</td></tr>
</table>"""
DOCS.append(doc("030_france_ofast_2024.html", html_page(
    "France seized record 53.5 tonnes of cocaine in 2024, OFAST report shows", "Hexagone Daily",
    "2025-03-12T11:00:00+01:00", "By Claire Dubois, Paris | 12 March 2025", [
        "French police, gendarmes and customs officers seized a record 53.5 tonnes of cocaine in 2024, more than double the previous year, according to the annual report of the anti-narcotics office OFAST published on Wednesday.",
        "Seizures reported by OFAST, by substance:",
        "Investigators dismantled 386 trafficking networks during the year, 42 of them international, the report said. More than 173,000 fixed fines were issued for drug use.",
        "Most of the cocaine was seized in the ports of Le Havre and Dunkirk and in the French Caribbean territories, which OFAST described as \"the gateway of the white tide\".",
        "The interior minister said the government would create a national prosecutor's office for organised crime in 2026.",
    ], ["Marseille: two killed in shooting linked to drug trade", "Le Havre dockers under pressure from gangs",
        "Opinion: is France losing the fight against cocaine?"], nav=("Accueil", "France", "Europe", "Economy", "Culture"),
    table=(1, FR_TABLE)),
    [
        S("cocaine", "FRA", "exact", True, Y24 := P("2024-01-01", "2024-12-31"), kg=53500),
        S("hashish", "FRA", "exact", True, Y24, kg=97200),
        S("cannabis", "FRA", "exact", True, Y24, kg=31400),
        S("cocaine", kg=23200, opt=True),
        S("hashish", kg=103900, opt=True),
        S("cannabis", kg=27000, opt=True),
        N(386, "FRA", None, "exact", True, Y24),
        N(42, opt=True),
    ], title="France seized record 53.5 tonnes of cocaine in 2024, OFAST report shows", outlet="Hexagone Daily",
    date="2025-03-12", fmt="html"))
