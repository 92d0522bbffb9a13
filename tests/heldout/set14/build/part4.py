from common import *

# Part 4: eastern, south-eastern and central Europe. A JSON array with its own field names (headline_en /
# publication / issued (ISO 8601 with offset) / lang_original / standfirst / content): an SBU amphetamine lab in
# Kharkiv region (hryvnia with a euro conversion in parentheses, alpha-PVP), Moldova's Leuşeni crossing (lei MDL) and
# a EUBAM course in Odesa, DIICOT's Constanţa cocaine ("1,4 tone (1.4 tonnes)", lei RON with a euro conversion; the
# original of a plain-text near-copy), Bulgaria's Kapitan Andreevo heroin (leva BGN) coordinated through SELEC. Then
# the Hellenic Coast Guard off Crete, Czech pervitin labs with a Czech "2. 10. 2025" date, Zurich cocaine (CHF,
# labelled Source/Date lines) and a Markdown summary of EMPACT joint action days coordinated by Europol.
DOCS = []
ARR = "025_black_sea_danube_digest.json"


def rec(headline, publication, issued, lang, standfirst):
    return {"headline_en": headline, "publication": publication, "issued": issued, "lang_original": lang,
            "standfirst": standfirst}


H = "SBU and police shut down amphetamine lab in Kharkiv region; four detained"
d = doc(ARR + "#1", """KHARKIV - The Security Service of Ukraine (SBU) and the National Police have dismantled a clandestine laboratory in Kharkiv region that produced amphetamine and the synthetic stimulant alpha-PVP for sale through Telegram channels, the SBU said on Friday.

Four members of the group, including its organiser, a 38-year-old resident of Kharkiv, were detained on Tuesday. Officers seized 12 kg of amphetamine, 4 kg of alpha-PVP, more than 200 litres of precursors and laboratory equipment.

The market value of the seized drugs exceeds UAH 9 million (about €200,000), according to the SBU. The detainees have been served notices of suspicion of illegal production and sale of narcotics and face up to 12 years in prison.
""", [
    S("amphetamine", "UKR", "exact", False, P("2025-05-06"), kg=12),
    S(["unspecified", "amphetamine"], "UKR", kg=4, opt=True),
    S("precursors", "UKR", opt=True),
    S(["mixed", "unspecified", "amphetamine"], "UKR", "at_least", False, P("2025-05-06"), val=9e6, cur="UAH"),
    S(["mixed", "unspecified", "amphetamine"], "UKR", val=200000, cur="EUR", opt=True),
    A(4, "UKR", "exact", False, P("2025-05-06")),
    N(1, "UKR", q="exact", agg=False),
], title=H, outlet="Black Sea & Danube Digest", date="2025-05-09", fmt="json",
    record=rec(H, "Black Sea & Danube Digest", "2025-05-09T10:40:00+03:00", "uk",
               "The lab sold amphetamine and alpha-PVP through Telegram."))
d["body_key"] = "content"
DOCS.append(d)

H = "Moldovan police and customs seize 27 kg of cannabis at Leușeni crossing"
d = doc(ARR + "#2", """CHIȘINĂU - Moldovan border police and customs officers found 27 kilograms of cannabis in the fuel tank of a minibus at the Leușeni crossing on the border with Romania on Wednesday, the Customs Service said.

The driver, a Ukrainian citizen, was detained for 72 hours. The cannabis has an estimated value of 2.1 million lei (MDL).

Separately, the EU Border Assistance Mission to Moldova and Ukraine (EUBAM) said 40 Moldovan and Ukrainian customs officers had completed a course on detecting drugs in vehicles, held in Odesa from 10 to 12 June.
""", [
    S("cannabis", "MDA", ["exact", "approx"], False, P("2025-06-18"), kg=27, val=2.1e6, cur="MDL", loc=["Leușeni", "Leuseni"]),
    A(1, "MDA", "exact", False, P("2025-06-18")),
    C("training", ["EUBAM", "MDA", "UKR"], P("2025-06-10", "2025-06-12"), loc="Odesa"),
], title=H, outlet="Black Sea & Danube Digest", date="2025-06-20", fmt="json",
    record=rec(H, "Black Sea & Danube Digest", "2025-06-20T09:15:00+03:00", "ro",
               "The drugs were hidden in a minibus fuel tank."))
d["body_key"] = "content"
DOCS.append(d)

H = "DIICOT: 1.4 tonnes of cocaine found in Constanța port, international network dismantled"
d = doc(ARR + "#3", """BUCHAREST - Prosecutors of the Directorate for Investigating Organized Crime and Terrorism (DIICOT) and the Romanian Border Police found 1,4 tone (1.4 tonnes) of cocaine in a container of bananas from Ecuador in the port of Constanța on 2 September, DIICOT said on Thursday.

Five people, three Romanians and two Colombians, were detained after 17 house searches in Constanța, Bucharest and Ilfov county. DIICOT said an international organised crime group that had used the port since 2023 had been dismantled.

The cocaine is worth about 420 million lei (about €84 million) on the street. The investigation was supported by the U.S. Drug Enforcement Administration and the Ecuadorian police, DIICOT said.
""", [
    S("cocaine", "ROU", ["exact", "approx"], False, P("2025-09-02"), kg=1400, val=420e6, cur="RON",
      loc=["Constanța", "Constanta"], cluster="rou-constanta-cocaine"),
    S("cocaine", "ROU", kg=1400, val=84e6, cur="EUR", opt=True),
    A(5, "ROU", "exact", False, cluster="rou-constanta-arrests"),
    A(3, "ROU", opt=True),
    N(1, "ROU", "international", "exact", False, cluster="rou-constanta-network"),
    C("information_exchange", ["ROU", "USA", "ECU"], opt=True),
], title=H, outlet="Black Sea & Danube Digest", date="2025-09-04", fmt="json",
    record=rec(H, "Black Sea & Danube Digest", "2025-09-04T16:20:00+03:00", "ro",
               "Five detained after 17 house searches."))
d["body_key"] = "content"
DOCS.append(d)

H = "Bulgarian customs find 95 kg of heroin in lorry at Kapitan Andreevo"
d = doc(ARR + "#4", """SOFIA - Bulgarian customs officers at the Kapitan Andreevo checkpoint on the border with Turkey found 95 kg of heroin in the floor of a lorry carrying textiles on Wednesday night, the National Customs Agency said on Friday.

The driver, a 51-year-old Turkish citizen, was detained. The heroin is worth more than 7 million leva (BGN), the agency said.

The case was coordinated through the SELEC centre in Bucharest, which passed information between Bulgarian, Turkish and Romanian officers as the lorry crossed the region. A second lorry from the same company was stopped in Romania.
""", [
    S("heroin", "BGR", ["exact", "at_least"], False, P("2025-10-22"), kg=95, val=7e6, cur="BGN",
      loc=["Kapitan Andreevo"]),
    A(1, "BGR", "exact", False, P("2025-10-22")),
    C(["information_exchange", "joint_operation"], ["BGR", "TUR", "ROU", "SELEC"], ev="SELEC"),
], title=H, outlet="Black Sea & Danube Digest", date="2025-10-24", fmt="json",
    record=rec(H, "Black Sea & Danube Digest", "2025-10-24T11:00:00+03:00", "bg",
               "Heroin hidden in the floor of a textile lorry."))
d["body_key"] = "content"
DOCS.append(d)

# ---------------------------------------------------------------- 026 plain-text near-copy of 025#3
DOCS.append(doc("026_danube_business_daily_constanta.txt", """Cocaine worth 420 million lei seized at Constanța; five held
Danube Business Daily
Bucharest, Friday 5 September 2025

Romanian anti-mafia prosecutors and the Border Police found 1,4 tone (1.4 tonnes) of cocaine hidden in a container of bananas shipped from Ecuador to the port of Constanța on 2 September, DIICOT announced on Thursday.

Three Romanians and two Colombians were detained following 17 house searches in Constanța, Bucharest and Ilfov. According to DIICOT, the international organised crime group, which had used the port since 2023, has been dismantled.

Prosecutors put the street value of the drugs at about 420 million lei (about €84 million).

Port operators said container traffic at Constanța rose by 9% in the first half of the year, driven by grain exports from Ukraine.
""", [
    S("cocaine", "ROU", ["exact", "approx"], False, P("2025-09-02"), kg=1400, val=420e6, cur="RON",
      loc=["Constanța", "Constanta"], cluster="rou-constanta-cocaine"),
    S("cocaine", "ROU", kg=1400, val=84e6, cur="EUR", opt=True),
    A(5, "ROU", "exact", False, cluster="rou-constanta-arrests"),
    A(3, "ROU", opt=True),
    N(1, "ROU", "international", "exact", False, cluster="rou-constanta-network"),
], title="Cocaine worth 420 million lei seized at Constanța; five held", outlet="Danube Business Daily",
    date="2025-09-05", dup=ARR + "#3"))

# ---------------------------------------------------------------- 027 Hellenic Coast Guard off Crete
DOCS.append(doc("027_hellenic_coast_guard_crete.txt", """Coast Guard seizes 2.7 tonnes of cannabis on freighter south of Crete
Aegean Post
Athens, 18/07/2025

The Hellenic Coast Guard seized 2.7 tonnes of cannabis hidden in a cargo of construction materials aboard a freighter sailing south of Crete, the Ministry of Maritime Affairs said on Thursday.

Coast Guard special forces boarded the vessel on Tuesday about 40 nautical miles off Ierapetra after receiving information from Italy's Guardia di Finanza and the Maritime Analysis and Operations Centre – Narcotics (MAOC-N). The six crew members, four Syrian and two Egyptian nationals, were arrested and taken to Heraklion.

The cannabis has an estimated street value of €27 million. The ship had loaded its cargo in Libya and was heading for Turkey, the ministry said.

Greek authorities seized 19 tonnes of cannabis in 2024, most of it smuggled by sea.
""", [
    S("cannabis", "GRC", ["exact", "approx"], False, P("2025-07-15"), kg=2700, val=27e6, cur="EUR",
      loc=["Crete", "Ierapetra"]),
    A(6, "GRC", "exact", False, P("2025-07-15")),
    C(["information_exchange", "joint_operation"], ["GRC", "ITA", "MAOC-N"], ev="MAOC-N", opt=True),
    S("cannabis", "GRC", "exact", True, P("2024-01-01", "2024-12-31"), kg=19000),
], title="Coast Guard seizes 2.7 tonnes of cannabis on freighter south of Crete", outlet="Aegean Post",
    date="2025-07-18"))

# ---------------------------------------------------------------- 028 Czech pervitin labs ("2. 10. 2025")
RAID = P("2025-09-23", "2025-09-24")
DOCS.append(doc("028_czech_pervitin_labs_usti.txt", """Czech police close three pervitin labs in Ústí region; 11 people detained
Prague Morning Courier
Posted: 2. 10. 2025

The National Drug Headquarters (NPC) of the Czech police said on Wednesday that its officers had dismantled three home laboratories producing pervitin, the Czech name for methamphetamine, in the Ústí nad Labem region.

In raids on 23 and 24 September in Děčín, Teplice and Ústí nad Labem, officers detained 11 people and seized 4.2 kilograms of pervitin, 9 kilograms of pseudoephedrine medicines bought in Poland for use as precursors and 1.1 million crowns in cash. The street value of the pervitin was put at CZK 4.6 million.

The group had sold pervitin in northern Bohemia and in Saxony, across the German border, the NPC said.

According to the NPC's annual report, police uncovered 344 pervitin laboratories in the Czech Republic in 2024, most of them small "kitchen" labs.
""", [
    S("methamphetamine", "CZE", "exact", False, RAID, kg=4.2, val=4.6e6, cur="CZK"),
    S(["precursors", "unspecified"], "CZE", "exact", False, RAID, kg=9),
    A(11, "CZE", "exact", False, RAID),
    N(3, "CZE", q="exact", agg=False),
    N(344, "CZE", q="exact", agg=True, period=P("2024-01-01", "2024-12-31")),
], title="Czech police close three pervitin labs in Ústí region; 11 people detained", outlet="Prague Morning Courier",
    date="2025-10-02"))

# ---------------------------------------------------------------- 029 Zurich cocaine (labelled Source/Date, European date)
DOCS.append(doc("029_zurich_altstetten_cocaine.txt", """Source: Limmat Zeitung
Date: 03.11.2025

Zurich police seize 38 kilograms of cocaine in Altstetten apartment

The Zurich city police seized 38 kilograms of cocaine and 2 kilograms of MDMA crystals in an apartment in the Altstetten district on Friday and arrested three men, the police said on Monday.

Two of the men, aged 29 and 35, are Albanian nationals; the third, 41, is Swiss. The drugs have a street value of around CHF 3.8 million, police spokesperson Marco Brunner said.

According to the police, the apartment served as a depot for a network that supplied dealers in Zurich and Basel.

Switzerland's Federal Office of Police (fedpol) has said that about 5.3 tonnes of cocaine were seized in the country in 2024, almost twice as much as five years earlier.
""", [
    S("cocaine", "CHE", "exact", False, P("2025-10-31"), kg=38, loc=["Altstetten", "Zurich"]),
    S("mdma", "CHE", "exact", False, P("2025-10-31"), kg=2, loc=["Altstetten", "Zurich"]),
    S(["mixed", "unspecified"], "CHE", "approx", False, P("2025-10-31"), val=3.8e6, cur="CHF"),
    A(3, "CHE", "exact", False, P("2025-10-31")),
    A(2, "CHE", opt=True),
    S("cocaine", "CHE", "approx", True, P("2024-01-01", "2024-12-31"), kg=5300),
], title="Zurich police seize 38 kilograms of cocaine in Altstetten apartment", outlet="Limmat Zeitung",
    date="2025-11-03"))

# ---------------------------------------------------------------- 030 EMPACT joint action days (Markdown)
JAD = P("2025-11-10", "2025-11-21")
DOCS.append(doc("030_europol_empact_action_days.md", """# EMPACT action days: 1,140 arrests and 6.2 tonnes of cocaine across 24 countries

*Continental Policing Review* — The Hague, 26 November 2025

Police, customs and border agencies from 24 countries took part in joint action days against cocaine and synthetic-drug trafficking between 10 and 21 November, Europol said on Tuesday. The operation was led by Spain and the Netherlands under the EU's EMPACT framework and coordinated by Europol from its headquarters in The Hague.

Results reported by the participating countries:

- 1,140 arrests
- 6.2 tonnes of cocaine
- 2.1 tonnes of cannabis resin
- 410,000 ecstasy pills
- 14 illegal laboratories for synthetic drugs dismantled
- €9.4 million in cash and 97 firearms

In Spain alone, the Guardia Civil found 2.4 tonnes of the cocaine in containers at Algeciras.

The previous action days, in 2024, led to 890 arrests. Europol said the next round would focus on precursor chemicals shipped from Asia.
""", [
    C("joint_operation", ["ESP", "NLD", "EUROPOL"], JAD, ev="action days"),
    A(1140, None, "exact", [True, False], JAD),
    S("cocaine", None, "exact", [True, False], JAD, kg=6200),
    S("hashish", None, "exact", [True, False], JAD, kg=2100),
    S("mdma", None, "exact", [True, False], JAD, pills=410000),
    N(14, None, q="exact", agg=[True, False], period=JAD),
    S("cocaine", "ESP", kg=2400, opt=True),
    A(890, opt=True),
], title="EMPACT action days: 1,140 arrests and 6.2 tonnes of cocaine across 24 countries",
    outlet="Continental Policing Review", date="2025-11-26"))
