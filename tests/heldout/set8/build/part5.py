from common import *

DOCS = []

# ---------------------------------------------------------------- 055 Honduras, San Pedro Sula (pounds, lempiras)
DOCS.append(doc("055_honduras_san_pedro_sula.txt", """Police seize marijuana worth L3.4 million in San Pedro Sula; three arrested
Honduras Today Online
SAN PEDRO SULA, 12 June 2025

Agents of the National Police's Anti-Drug Trafficking Directorate (DNPA) seized 1,250 pounds of marijuana on Wednesday in a warehouse in the Chamelecón sector of San Pedro Sula, police said.

The drug, packed in 600 small bundles ready for sale, was valued at L3.4 million. Three people, including a woman who rented the warehouse, were arrested. Police also seized two rifles and L85,000 in cash.

The DNPA said the Chamelecón warehouse supplied street dealers in the Sula valley.
""", [
    S("cannabis", "HND", "exact", False, P("2025-06-11"), kg=1250 * LB, val=3400000, cur="HNL",
      loc=["Chamelecón", "Chamelecon", "San Pedro Sula"]),
    A(3, "HND", "exact", False, P("2025-06-11")),
], title="Police seize marijuana worth L3.4 million in San Pedro Sula; three arrested",
    outlet="Honduras Today Online", date="2025-06-12"))

# ---------------------------------------------------------------- 056 Portugal, Lisbon airport couriers (last week)
LW = P("2025-10-13", "2025-10-19", tol=2)
DOCS.append(doc("056_portugal_lisbon_airport.txt", """PJ arrests five drug couriers at Lisbon airport in one week
Lisbon Post
LISBON, 20 October 2025

The Polícia Judiciária arrested five passengers arriving at Lisbon's Humberto Delgado Airport from Brazil last week carrying a total of 23.4 kg of cocaine, the police said on Monday.

Four of the couriers, all Brazilian nationals, had the drug hidden in their luggage; the fifth, a Portuguese woman, had swallowed 78 capsules of cocaine.

A sixth passenger, a man who arrived from São Paulo on Thursday wearing clothes impregnated with cocaine, was also detained. The amount of drug will only be known after laboratory extraction, the PJ said.

All six were brought before a judge and remanded in custody.
""", [
    A(5, "PRT", "exact", [True, False], LW),
    S("cocaine", "PRT", "exact", [True, False], LW, kg=23.4, loc=["Lisbon", "Humberto Delgado"]),
    A(1, "PRT", "exact", False, P("2025-10-16")),
    A(6, opt=True),
    S("cocaine", opt=True),
], title="PJ arrests five drug couriers at Lisbon airport in one week", outlet="Lisbon Post", date="2025-10-20"))

# ---------------------------------------------------------------- 057 Trinidad and Tobago, half-year statistics
TH1 = P("2025-01-01", "2025-06-30")
DOCS.append(doc("057_trinidad_half_year.txt", """TTPS half-year report: 2.6 tonnes of marijuana seized
Trinidad Evening News
PORT OF SPAIN, 22 July 2025

The Trinidad and Tobago Police Service (TTPS) released its half-year crime statistics on Tuesday. The figures for the period January-June 2025 show:

1. Marijuana seized: 2,615 kg
2. Cocaine seized: 188 kg
3. Persons arrested for drug offences: 1,032
4. Marijuana plants eradicated: 1.1 million (mainly in the Northern Range)
5. Estimated street value of drugs seized: TT$97 million

Drug arrests were down 14 per cent on the first half of 2024, which the TTPS attributed to the 2019 decriminalisation of small amounts of cannabis continuing to reduce minor possession cases.

The Commissioner said the Service would "intensify" its operations along the south-western coast in the second half of the year, where most marijuana from Venezuela is landed.
""", [
    S("cannabis", "TTO", "exact", True, TH1, kg=2615),
    S("cocaine", "TTO", "exact", True, TH1, kg=188),
    A(1032, "TTO", "exact", True, TH1),
    S(["mixed", "unspecified"], "TTO", "approx", True, TH1, val=97000000, cur="TTD"),
], title="TTPS half-year report: 2.6 tonnes of marijuana seized", outlet="Trinidad Evening News", date="2025-07-22"))

# ---------------------------------------------------------------- 058 Senegal, Guinea-Bissau, The Gambia in Ziguinchor
DOCS.append(doc("058_senegal_gambia_bissau_meeting.txt", """Senegal, Guinea-Bissau and The Gambia set up anti-drug communication channel
West Africa Daily Brief
ZIGUINCHOR, 9 May 2025

Police, gendarmerie and customs chiefs from Senegal, Guinea-Bissau and The Gambia met in Ziguinchor on Wednesday and Thursday to discuss drug trafficking across their common borders, and on Thursday signed a protocol establishing a permanent communication channel between their anti-drug units.

The three countries also agreed to consider joint patrols in the forests of southern Casamance, where cannabis is grown and moved across the borders, a Senegalese official said.

Senegalese officials told the meeting that the Central Office for the Repression of Illicit Drug Trafficking (OCRTIS) had seized 4.3 tonnes of cannabis in Casamance in 2024.

The next meeting is planned for Banjul in November.
""", [
    C(["information_exchange", "mou"], ["SEN", "GNB", "GMB"], period=P("2025-05-08"), loc="Ziguinchor"),
    C("meeting", ["SEN", "GNB", "GMB"], opt=True),
    S("cannabis", "SEN", "exact", True, P("2024-01-01", "2024-12-31"), kg=4300, loc=["Casamance"]),
], title="Senegal, Guinea-Bissau and The Gambia set up anti-drug communication channel",
    outlet="West Africa Daily Brief", date="2025-05-09"))

# ---------------------------------------------------------------- 059 Mozambique, SERNIC half-year press conference
MH1 = P("2025-01-01", "2025-06-30")
DOCS.append(doc("059_mozambique_sernic_h1.txt", """SERNIC: 1.3 tonnes of drugs seized and 587 arrests in first half
Mozambique Tribune
MAPUTO, 31 July 2025

The National Criminal Investigation Service (SERNIC) on Thursday presented its results for the first six months of 2025 at a press conference in Maputo.

"Between January and June we seized 1,318 kilograms of drugs of various types, including 402 kilograms of heroin," SERNIC spokesman Hilário Lole told reporters.

Asked about arrests, he said 587 people had been detained for drug trafficking and consumption during the period, and that nine drug trafficking networks had been dismantled, most of them in Maputo, Nampula and Cabo Delgado.

Asked whether the service had enough boats to patrol the coast, he said it depended on the navy and on "partners", and that a new maritime unit would be created next year.
""", [
    S(["mixed", "unspecified"], "MOZ", "exact", True, MH1, kg=1318),
    S("heroin", "MOZ", "exact", True, MH1, kg=402),
    A(587, "MOZ", "exact", True, MH1),
    N(9, "MOZ", None, "exact", True, MH1),
], title="SERNIC: 1.3 tonnes of drugs seized and 587 arrests in first half", outlet="Mozambique Tribune",
    date="2025-07-31"))

# ---------------------------------------------------------------- 060 South Korea, police ring with Cambodia
KMA = P("2025-03-01", "2025-08-31")
DOCS.append(doc("060_korea_police_cambodia_ring.txt", """Police dismantle meth ring run from Cambodia; 21 arrested in two countries
Han River Times
SEOUL, 24 September 2025

The Korean National Police Agency said on Wednesday it had dismantled an international drug ring that smuggled methamphetamine from Cambodia to South Korea hidden in cosmetics and snack packages.

Between March and August, police arrested 17 people in South Korea, including couriers and street sellers who advertised on messaging apps, and seized 8.2 kg of methamphetamine worth about 27 billion won.

Four Korean nationals who ran the ring from Phnom Penh were detained there by Cambodian police in a joint operation with Korean investigators and were repatriated last week.

Police said the ring had sold drugs to more than 1,000 buyers, most of them in their twenties and thirties.
""", [
    A(17, "KOR", "exact", [True, False], KMA),
    A(4, "KHM", "exact", False),
    A(21, opt=True),
    S("methamphetamine", "KOR", ["exact", "approx"], [True, False], KMA, kg=8.2, val=27000000000, cur="KRW"),
    N(1, ["KOR", "KHM"], "international", "exact", False),
    C("joint_operation", ["KOR", "KHM"]),
    C("other", ["KHM", "KOR"], opt=True, ev="repatriated"),
], title="Police dismantle meth ring run from Cambodia; 21 arrested in two countries", outlet="Han River Times",
    date="2025-09-24"))

# ---------------------------------------------------------------- 061 Japan, coast guard at-sea transfer
JD = P("2025-12-07")
DOCS.append(doc("061_japan_yakushima.txt", """About 600 kg of stimulants seized after ship-to-ship transfer off Yakushima
Kansai Evening News
KAGOSHIMA, 10 December 2025

The Japan Coast Guard and Kagoshima prefectural police said on Wednesday they had seized about 600 kilograms of methamphetamine from a fishing boat off Yakushima island in the early hours of Sunday, after it had received the cargo from a foreign vessel at sea.

Five crew members - three Japanese and two Chinese nationals - were arrested on suspicion of violating the Stimulants Control Law. The drugs have a street value of about 36 billion yen, investigators said.

The boat had been tracked by a coast guard patrol plane since leaving port in Kagoshima. Investigators believe the crew planned to land the drugs on the Satsuma Peninsula.

It is one of the largest seizures of stimulants at sea in Japan since 2019, when about one tonne was found on a ship in Shizuoka prefecture.
""", [
    S("methamphetamine", "JPN", "approx", False, JD, kg=600, val=36000000000, cur="JPY", loc=["Yakushima", "Kagoshima"]),
    A(5, "JPN", "exact", False, JD),
    A(3, opt=True), A(2, opt=True),
    S("methamphetamine", kg=1000, opt=True),
], title="About 600 kg of stimulants seized after ship-to-ship transfer off Yakushima", outlet="Kansai Evening News",
    date="2025-12-10"))

# ---------------------------------------------------------------- 062 Triangular Initiative meeting in Tehran
DOCS.append(doc("062_triangular_initiative_tehran.txt", """Iran, Pakistan and Afghanistan meet in Tehran under UNODC Triangular Initiative
Persian Gulf Bulletin
TEHRAN, 18 June 2025

Senior counter-narcotics officials of Iran, Pakistan and Afghanistan met in Tehran on Monday and Tuesday under the Triangular Initiative, a regional cooperation framework supported by the UN Office on Drugs and Crime (UNODC), whose representative also attended.

Iranian officials said the Joint Planning Cell of the initiative had coordinated 14 simultaneous operations by the three countries' border forces in 2024. The participants agreed to increase the number of joint border patrols and to hold the next meeting in Islamabad.

Pakistan's Anti-Narcotics Force told the meeting it had seized 94 tonnes of drugs in 2024.

UNODC said opium cultivation in Afghanistan remained far below its level before the 2022 ban, but warned that methamphetamine production was rising.
""", [
    C("meeting", ["IRN", "PAK", "AFG", "UNODC"], period=P("2025-06-16", "2025-06-17"), loc="Tehran"),
    C("joint_operation", ["IRN", "PAK", "AFG"], period=P("2024-01-01", "2024-12-31"), count=14),
    S("unspecified", "PAK", "exact", True, P("2024-01-01", "2024-12-31"), kg=94000),
], title="Iran, Pakistan and Afghanistan meet in Tehran under UNODC Triangular Initiative",
    outlet="Persian Gulf Bulletin", date="2025-06-18"))
