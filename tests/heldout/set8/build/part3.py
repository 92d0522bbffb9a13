from common import *

DOCS = []

# ---------------------------------------------------------------- 031 France, Le Havre container
DOCS.append(doc("031_france_le_havre.txt", """Customs find 2.1 tonnes of cocaine in Le Havre container
Normandie Express
LE HAVRE, 10 July 2025

French customs officers found 2.1 tonnes of cocaine on Tuesday in a container of frozen fish that had arrived at the port of Le Havre from Guayaquil, Ecuador, the customs directorate said on Thursday.

The drug was concealed in 70 sports bags placed behind the cartons at the rear of the container, a method known as "rip-on/rip-off", in which corrupt dock workers recover the bags before the goods are cleared. The haul has an estimated resale value of 65 million euros. No one has been arrested at this stage, and the investigation has been handed to the anti-narcotics office OFAST.

Since the start of the year, customs at Le Havre have seized more than 11 tonnes of cocaine, according to the port's customs unit.

The street price of cocaine in France has fallen to around 60 euros a gram in some cities, the lowest in a decade, which investigators attribute to the flood of supply from South America.

Dock unions have denounced threats and attempts at corruption against port employees by trafficking networks.
""", [
    S("cocaine", "FRA", ["exact", "approx"], False, P("2025-07-08"), kg=2100, val=65000000, cur="EUR", loc=["Le Havre"]),
    S("cocaine", "FRA", "at_least", True, P("2025-01-01", "2025-07-10", tol=1), kg=11000, loc=["Le Havre"]),
], title="Customs find 2.1 tonnes of cocaine in Le Havre container", outlet="Normandie Express", date="2025-07-10"))

# ---------------------------------------------------------------- 032 Poland, amphetamine lab with German JIT
POD = P("2025-05-06")
DOCS.append(doc("032_poland_lab.txt", """CBŚP dismantles amphetamine lab near Łódź, eight detained
Warsaw Courier (English edition)
WARSAW, 14 May 2025

Officers of Poland's Central Bureau of Investigation of the Police (CBŚP) dismantled a clandestine amphetamine laboratory in a farm building near Łódź on Tuesday, 6 May, the bureau said in a statement this week.

Eight people, including two Dutch chemists, were detained. Investigators seized 218 kg of amphetamine and 1,500 litres of BMK, a precursor used to produce the drug, as well as reactors and a tablet press. The value of the drugs was put at over PLN 12 million.

The investigation was carried out jointly with Germany's Federal Criminal Police Office (BKA) as part of a joint investigation team, after German officers traced deliveries of BMK from a front company in Saxony.

According to the CBŚP, the laboratory could produce up to 300 kg of amphetamine a week. A gram of amphetamine sells on Polish streets for around PLN 40.

The suspects face up to 15 years in prison.
""", [
    N(1, "POL", None, "exact", False, POD),
    A(8, "POL", "exact", False, POD),
    A(2, opt=True),
    S("amphetamine", "POL", ["exact", "at_least"], False, POD, kg=218, val=12000000, cur="PLN", loc=["Łódź", "Lodz"]),
    S("precursors", opt=True),
    C("joint_operation", ["POL", "DEU"]),
], title="CBŚP dismantles amphetamine lab near Łódź, eight detained", outlet="Warsaw Courier", date="2025-05-14"))

# ---------------------------------------------------------------- 033 Iraq, Umm Qasr port
DOCS.append(doc("033_iraq_umm_qasr.txt", """Border Ports Commission: 6.4 million Captagon pills seized at Umm Qasr
Basra Times
BASRA, 21 August 2025

The Border Ports Commission said on Thursday that a joint force at the northern port of Umm Qasr, in cooperation with the General Directorate for Narcotics and Psychotropic Substances Affairs, seized (6,420,000) six million four hundred and twenty thousand Captagon pills hidden in a shipment of ceramic tiles.

The commission said in a statement that the container had arrived from a neighbouring country and that the pills were found inside 300 hollowed-out tiles after an X-ray inspection. Three people - the importer's agent and two customs clearance brokers - were arrested, and the case was referred to the investigating judge in Basra.

The commission's chairman said the seizure was "one of the largest at the port this year" and that inspection procedures at all border crossings had been tightened.

Iraq's Interior Ministry said last month that it had seized more than 31 million Captagon pills in the first half of 2025.
""", [
    S("captagon", "IRQ", "exact", False, pills=6420000, loc=["Umm Qasr"]),
    A(3, "IRQ", "exact", False),
    S("captagon", "IRQ", "at_least", True, P("2025-01-01", "2025-06-30"), pills=31000000),
], title="Border Ports Commission: 6.4 million Captagon pills seized at Umm Qasr", outlet="Basra Times",
    date="2025-08-21"))

# ---------------------------------------------------------------- 034 Iran, first six months of 1404
IR6 = P("2025-03-21", "2025-09-22", tol=1)
DOCS.append(doc("034_iran_six_months.txt", """Iran police say 612 tonnes of drugs seized in first half of Iranian year
Persian Gulf Bulletin
TEHRAN, 29 September 2025

Iranian anti-narcotics police seized 612 tonnes of illicit drugs in the first six months of the Iranian year 1404 (21 March - 22 September 2025), the head of the police's anti-narcotics department said on Monday.

Opium accounted for 481 tonnes of the total, followed by hashish with 74 tonnes and heroin with 11 tonnes, Brigadier General Majid Karimi told reporters in Tehran.

He said 71,000 people had been arrested on drug charges during the six months and 312 drug trafficking gangs had been dismantled, 41 of them "international networks".

Thirty-two police officers were killed in clashes with armed smugglers during the period, mostly in Sistan and Baluchestan province on the border with Afghanistan and Pakistan.

Karimi said Iran spends about $800 million a year on fighting drug trafficking and called for more international support.
""", [
    S(["mixed", "unspecified"], "IRN", "exact", True, IR6, kg=612000),
    S("opium", "IRN", "exact", True, IR6, kg=481000),
    S("hashish", "IRN", "exact", True, IR6, kg=74000),
    S("heroin", "IRN", "exact", True, IR6, kg=11000),
    A(71000, "IRN", "exact", True, IR6),
    N(312, "IRN", None, "exact", True, IR6),
    N(41, opt=True),
], title="Iran police say 612 tonnes of drugs seized in first half of Iranian year", outlet="Persian Gulf Bulletin",
    date="2025-09-29"))

# ---------------------------------------------------------------- 035 Saudi Arabia, Jeddah (Hijri + Gregorian)
DOCS.append(doc("035_saudi_jeddah.txt", """ZATCA foils smuggling of 1.3 million amphetamine pills at Jeddah Islamic Port
Red Sea Herald
JEDDAH, Wednesday 25 Shawwal 1446 AH, corresponding to 23 April 2025

The Zakat, Tax and Customs Authority (ZATCA) announced that it had foiled an attempt to smuggle 1,325,000 amphetamine pills through Jeddah Islamic Port.

The Authority explained that the seizure was made on Tuesday 24/10/1446 AH, corresponding to 22/04/2025, when customs inspectors, using security techniques and X-ray scanners, found the pills concealed inside brake drums in a shipment of car spare parts.

In coordination with the General Directorate of Narcotics Control, two persons who were to receive the shipment inside the Kingdom were subsequently arrested in Riyadh.

The Authority called on the public to cooperate in combating smuggling by reporting through the security number (1910), by e-mail, or through the international number (00966114208417), stressing that financial rewards are paid for information that proves correct and that the identity of informants is kept confidential.
""", [
    S(["amphetamine", "captagon"], "SAU", "exact", False, P("2025-04-22"), pills=1325000, loc=["Jeddah"]),
    A(2, "SAU", "exact", False),
], title="ZATCA foils smuggling of 1.3 million amphetamine pills at Jeddah Islamic Port", outlet="Red Sea Herald",
    date="2025-04-23"))

# ---------------------------------------------------------------- 036 UAE, Ramadan campaign (HTML); no explicit period
DOCS.append(doc("036_uae_ramadan.html", html_page(
    "Dubai Police seize 1.6 tonnes of drugs in Ramadan campaign", "Emirates Evening", "2025-04-07T16:10:00+04:00",
    "Staff reporter | Dubai | 7 April 2025", [
        "Dubai Police seized 1.6 tonnes of drugs and arrested 128 suspects during the holy month of Ramadan, the force's General Department of Anti-Narcotics said on Monday.",
        "The haul included 1.05 tonnes of hashish, the rest being mostly crystal methamphetamine, as well as 1.3 million Captagon pills, the department said.",
        "In the biggest case, officers foiled an attempt by a gang to smuggle 460 kg of crystal meth hidden in a consignment of marble slabs through Jebel Ali port.",
        "Police also blocked 1,450 social media accounts that were promoting drugs, the department added, and urged families to report suspicious activity through the 901 call centre.",
    ], ["Sharjah Police launch anti-drug awareness campaign in schools", "Eid holiday traffic: police issue advice",
        "Dubai Metro extends hours"], nav=("Home", "UAE", "Gulf", "Business", "Lifestyle")),
    [
        S(["mixed", "unspecified"], "ARE", "exact", True, kg=1600),
        A(128, "ARE", "exact", True),
        S("hashish", "ARE", "exact", True, kg=1050),
        S("captagon", "ARE", "exact", True, pills=1300000),
        S("methamphetamine", "ARE", "exact", False, kg=460, loc=["Jebel Ali"]),
    ], title="Dubai Police seize 1.6 tonnes of drugs in Ramadan campaign", outlet="Emirates Evening", date="2025-04-07",
    fmt="html"))

# ---------------------------------------------------------------- 037 Qatar, Hamad airport capsules (Hijri + Gregorian)
QD = P("2025-06-02")
DOCS.append(doc("037_qatar_hamad_airport.txt", """Customs at Hamad International Airport thwart smuggling of 3,500 tramadol capsules
Doha Ledger
DOHA, 8 Dhu al-Hijjah 1446 AH / 4 June 2025

The General Authority of Customs said that the Passenger Customs Department at Hamad International Airport thwarted, on Monday 6 Dhu al-Hijjah 1446 AH (2 June 2025), an attempt to smuggle 3,500 capsules of tramadol and 1.4 kg of hashish brought in by a passenger arriving from an Asian country.

The capsules were concealed inside food cans in the passenger's luggage, while the hashish was hidden in the soles of two pairs of shoes. Pictures published by the Authority showed the capsules in blister packs of ten.

The passenger was arrested and referred, together with the seized items, to the competent authorities.

The Authority said that its inspectors are continuously trained on the latest smuggling methods, and warned travellers against attempting to bring prohibited substances into the country.
""", [
    S("tramadol", "QAT", "exact", False, QD, pills=3500, loc=["Hamad"]),
    S("hashish", "QAT", "exact", False, QD, kg=1.4, loc=["Hamad"]),
    A(1, "QAT", "exact", False, QD),
], title="Customs at Hamad International Airport thwart smuggling of 3,500 tramadol capsules", outlet="Doha Ledger",
    date="2025-06-04"))

# ---------------------------------------------------------------- 038 Afghanistan, month of Saratan (gzip)
SAR = P("2025-06-22", "2025-07-22", tol=1)
DOCS.append(doc("038_afghanistan_saratan.txt.gz", """Counter-narcotics police report results for month of Saratan
Hindu Kush Review
KABUL, 27 July 2025

The Ministry of Interior's counter-narcotics directorate said on Sunday that its forces had arrested 186 suspected drug traffickers in 22 provinces during the solar month of Saratan 1404 (22 June - 22 July 2025).

During the same period, counter-narcotics police seized 2,340 kg of narcotics, including opium, heroin, hashish and methamphetamine, and destroyed 12 drug-processing laboratories, the directorate's spokesman said. He also said poppy had been eradicated on 1,100 jeribs of land in Badakhshan province.

In a separate development, Afghan and Tajik border officials met at the Sher Khan Bandar crossing in Kunduz province on 15 July to discuss tightening controls against drug smuggling along the Amu Darya river, the ministry said.

The Taliban banned poppy cultivation in April 2022. UN surveys have found a sharp fall in opium production since then, although cultivation has partly returned in the north-east.
""", [
    A(186, "AFG", "exact", True, SAR),
    S("mixed", "AFG", "exact", True, SAR, kg=2340),
    N(12, "AFG", None, "exact", True, SAR),
    C("meeting", ["AFG", "TJK"], period=P("2025-07-15"), loc="Sher Khan Bandar"),
], title="Counter-narcotics police report results for month of Saratan", outlet="Hindu Kush Review", date="2025-07-27",
    fmt="gz"))

# ---------------------------------------------------------------- 039 Sri Lanka, High Court death sentence
JUL19 = P("2019-07-01", "2019-07-31")
DOCS.append(doc("039_sri_lanka_court.txt", """Man sentenced to death for heroin trafficking
Colombo Chronicle
COLOMBO, 22 January 2025

The Colombo High Court yesterday sentenced a 44-year-old man from Maradana to death after finding him guilty of trafficking and possessing 18.2 grams of heroin.

The accused was arrested by officers of the Police Narcotic Bureau near the Maradana railway station in July 2019 with the heroin in his possession. The verdict was delivered after a trial that lasted more than four years.

Under Sri Lanka's Poisons, Opium and Dangerous Drugs Ordinance, trafficking or possession of more than two grams of heroin is punishable by death or life imprisonment. No execution has been carried out in the country since 1976, and death sentences are in practice commuted to life imprisonment.
""", [
    SEN("death", 1, "LKA", "exact", False, P("2025-01-21")),
    S("heroin", "LKA", "exact", False, JUL19, kg=0.0182, loc=["Maradana"]),
    A(1, "LKA", "exact", False, JUL19),
], title="Man sentenced to death for heroin trafficking", outlet="Colombo Chronicle", date="2025-01-22"))

# ---------------------------------------------------------------- 040 Egypt, criminal court
NOV24 = P("2024-11-01", "2024-11-30")
DOCS.append(doc("040_egypt_court.txt", """Alexandria criminal court sentences two to death over hashish boat
Cairo Evening Post
ALEXANDRIA, 6 October 2025

The Alexandria Criminal Court on Sunday sentenced two men to death and three others to life imprisonment for smuggling more than one tonne of hashish into Egypt by sea.

The court pronounced the death sentences after receiving the non-binding opinion of the Grand Mufti, as required by Egyptian law.

The case dates back to November 2024, when the coast guard intercepted a fishing boat off the coast of Agami, west of Alexandria, carrying 1,120 kilograms of hashish hidden under ice in the fish hold. The five defendants, all Egyptian fishermen, were arrested on board.

The defendants can appeal the sentences before the Court of Cassation.
""", [
    SEN("death", 2, "EGY", "exact", False, P("2025-10-05")),
    SEN("life", 3, "EGY", "exact", False, P("2025-10-05")),
    S("hashish", "EGY", "exact", False, NOV24, kg=1120, loc=["Agami", "Alexandria"]),
    A(5, "EGY", "exact", False, NOV24),
], title="Alexandria criminal court sentences two to death over hashish boat", outlet="Cairo Evening Post",
    date="2025-10-06"))

# ---------------------------------------------------------------- 041 France, Marseille court
MAR23 = P("2023-03-01", "2023-03-31")
DOCS.append(doc("041_france_marseille_court.txt", """Marseille court jails 11 over cannabis resin pipeline from Morocco
Riviera Courier
MARSEILLE, 28 November 2025

The Marseille criminal court on Thursday sentenced 11 members of a drug trafficking network to prison terms of between four and 18 years for importing cannabis resin from Morocco via Spain in lorries carrying fruit and vegetables.

The alleged head of the network, a 39-year-old man from the city's northern districts, received the heaviest sentence, 18 years. Two other defendants were acquitted.

The network was dismantled in March 2023, when police arrested 13 people in Marseille and Perpignan and seized 3.8 tonnes of cannabis resin in a warehouse near Perpignan.

Prosecutors estimate that the group imported at least 40 tonnes of resin between 2020 and 2023. The court also imposed fines totalling 2 million euros and ordered the confiscation of three villas.
""", [
    SEN("prison", 11, "FRA", "exact", False, P("2025-11-27")),
    SEN("prison", 1, opt=True),
    N(1, "FRA", None, "exact", False, MAR23),
    A(13, "FRA", "exact", False, MAR23),
    S("hashish", "FRA", "exact", False, MAR23, kg=3800, loc=["Perpignan"]),
], title="Marseille court jails 11 over cannabis resin pipeline from Morocco", outlet="Riviera Courier",
    date="2025-11-28"))

# ---------------------------------------------------------------- 042 Kuwait, criminal court (gzip, Hijri)
DOCS.append(doc("042_kuwait_court.txt.gz", """Criminal court sentences Asian man to death for smuggling 'shabu'
Gulf Daily Record
KUWAIT CITY, 19 Sha'ban 1446 AH / 18 February 2025

The Criminal Court on Monday sentenced an Asian man to death for importing 8 kilograms of crystal methamphetamine, known locally as shabu, with the intent to trade, and sentenced his Kuwaiti accomplice to life imprisonment.

According to the case file, customs officers at Shuwaikh Port found the drugs last August hidden in a consignment of kitchenware. The two defendants were arrested after the importing company was traced.

The court acquitted a third defendant, a warehouse employee. The verdicts can be appealed before the Court of Appeal.
""", [
    SEN("death", 1, "KWT", "exact", False, P("2025-02-17")),
    SEN("life", 1, "KWT", "exact", False, P("2025-02-17")),
    S("methamphetamine", "KWT", "exact", False, P("2024-08-01", "2024-08-31"), kg=8, loc=["Shuwaikh"]),
    A(2, "KWT", "exact", False),
], title="Criminal court sentences Asian man to death for smuggling 'shabu'", outlet="Gulf Daily Record",
    date="2025-02-18", fmt="gz"))

# ---------------------------------------------------------------- 043 Dominican Republic - Colombia MoU
DOCS.append(doc("043_dominican_colombia_mou.txt", """Dominican Republic and Colombia sign memorandum on maritime drug interdiction
Santo Domingo Ledger
SANTO DOMINGO, 11 September 2025

The Dominican Republic and Colombia on Wednesday signed a memorandum of understanding to strengthen cooperation against drug trafficking in the Caribbean, including the exchange of intelligence on suspicious vessels and the coordination of maritime patrols.

The agreement was signed at the Ministry of Defence in Santo Domingo by the defence ministers of the two countries.

Under the memorandum, the two countries will set up a permanent liaison office in Santo Domingo and hold joint training courses for naval personnel starting in 2026.

Colombian officials said more than 60 percent of the cocaine intercepted in Dominican waters departs from the Colombian and Venezuelan coasts.

The DNCD said that in 2024 its agents seized 46.2 tonnes of drugs, the highest figure in the agency's history.
""", [
    C("mou", ["DOM", "COL"], period=P("2025-09-10"), loc="Santo Domingo"),
    C("information_exchange", ["DOM", "COL"], opt=True),
    C("joint_operation", ["DOM", "COL"], opt=True),
    C("training", ["DOM", "COL"], opt=True),
    S("unspecified", "DOM", "exact", True, P("2024-01-01", "2024-12-31"), kg=46200),
], title="Dominican Republic and Colombia sign memorandum on maritime drug interdiction",
    outlet="Santo Domingo Ledger", date="2025-09-11"))

# ---------------------------------------------------------------- 044 UNODC Western Indian Ocean operation (shares Mozambique dhow with 011)
IOP = P("2025-07-21", "2025-08-20")
DOCS.append(doc("044_unodc_indian_ocean.txt", """UNODC: Western Indian Ocean operation nets heroin, methamphetamine and 41 arrests
Indian Ocean Dispatch
NAIROBI, 18 September 2025

An international maritime operation coordinated by the UN Office on Drugs and Crime's Global Maritime Crime Programme led to the seizure of 1.9 tonnes of drugs and the arrest of 41 people off the coast of East Africa, UNODC said in a summary released on Thursday.

Operation "Monsoon Shield", which ran from 21 July to 20 August 2025, involved navies, coast guards and police from Kenya, Mozambique, Tanzania and South Africa.

Among its results, the summary lists the interception by the Mozambican Navy of a dhow off Pemba on 2 August carrying 496 kg of heroin, whose 12 crew members were arrested, and the seizure of 230 kg of methamphetamine by Tanzania's Drug Control and Enforcement Authority at a beach landing site near Tanga.

UNODC said participating agencies exchanged information through a secure communication platform set up for the operation. A follow-up training course for boarding teams will be held in Mombasa in November.
""", [
    C("joint_operation", ["UNODC", "KEN", "MOZ", "TZA", "ZAF"], period=IOP),
    C("information_exchange", ["UNODC", "KEN", "MOZ", "TZA", "ZAF"], opt=True, ev="secure communication"),
    S(["mixed", "unspecified"], q="exact", agg=True, period=IOP, kg=1900),
    A(41, q="exact", agg=True, period=IOP),
    S("heroin", "MOZ", "exact", False, P("2025-08-02"), kg=496, loc=["Pemba"], cluster="moz-dhow-heroin"),
    A(12, "MOZ", "exact", False, P("2025-08-02"), cluster="moz-dhow-crew"),
    S("methamphetamine", "TZA", "exact", False, IOP, kg=230, loc=["Tanga"]),
], title="UNODC: Western Indian Ocean operation nets heroin, methamphetamine and 41 arrests",
    outlet="Indian Ocean Dispatch", date="2025-09-18"))

# ---------------------------------------------------------------- 045 UNODC training in Trincomalee
DOCS.append(doc("045_unodc_training_trincomalee.txt", """UNODC trains Sri Lankan and Maldivian officers in boarding techniques
Colombo Chronicle
COLOMBO, 7 November 2025

Thirty-two officers from the Sri Lanka Navy, the Sri Lanka Coast Guard and the Maldives National Defence Force completed a two-week course on visit, board, search and seizure techniques in Trincomalee on Thursday, the UN Office on Drugs and Crime said.

The course, run by UNODC's Global Maritime Crime Programme from 24 October to 6 November, covered the detection of concealed compartments on fishing vessels, evidence handling and the safe boarding of non-compliant boats.

"Most of the heroin and ICE reaching our shores comes on multi-day trawlers that meet foreign vessels far out at sea," a Sri Lanka Navy officer said.
""", [
    C("training", ["UNODC", "LKA", "MDV"], period=P("2025-10-24", "2025-11-06"), loc="Trincomalee"),
], title="UNODC trains Sri Lankan and Maldivian officers in boarding techniques", outlet="Colombo Chronicle",
    date="2025-11-07"))
