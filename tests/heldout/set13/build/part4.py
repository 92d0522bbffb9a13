from common import *

# Part 4: Central Asia, Russia, the Caucasus and Turkey. A JSON array with its own field names (heading / publisher /
# pubdate "YYYY/MM/DD" / region / lead / body_text): Tajikistan, a Kyrgyz mephedrone lab, Kazakhstan's half year in
# tenge, a CSTO operation. The FSB's three mephedrone labs (rubles), MVD nine-month figures, Georgia (lari with a
# US-dollar conversion), Azerbaijan's border (manat, a smuggler killed), a Turkish per-province list inheriting the
# lead-in's day (European "1.250 kilogram"), a Turkish Captagon haul counted and weighed (TL), and a CARICC meeting
# with a Kazakh-Kyrgyz memorandum and a UNODC course.
DOCS = []
ARR = "050_eurasia_digest.json"


def rec(heading, publisher, pubdate, region, lead):
    return {"heading": heading, "publisher": publisher, "pubdate": pubdate, "region": region, "lead": lead}


# ---------------------------------------------------------------- 050#1 Tajikistan DCA, Afghan border
H = "Tajik border troops seize more than a tonne of hashish on Afghan frontier"
d = doc(ARR + "#1", """DUSHANBE - Tajikistan's Drug Control Agency (DCA) said on Wednesday that its officers and border troops seized 1,140 kilograms of hashish and 42 kilograms of heroin in Shamsiddin Shohin district, on the border with Afghanistan, on Sunday.

Three Tajik citizens who had come to the river bank to collect the drugs were arrested. One of the couriers on the Afghan side was killed in an exchange of fire, the agency said; the others escaped.

The DCA said Tajik law enforcement agencies seized 2.9 tonnes of drugs in January-April 2025, most of it hashish, and warned that smugglers were increasingly using night-vision equipment and drones on the Panj river.
""", [
    S("hashish", "TJK", "exact", False, P("2025-05-18"), kg=1140, loc=["Shamsiddin Shohin"]),
    S("heroin", "TJK", "exact", False, P("2025-05-18"), kg=42, loc=["Shamsiddin Shohin"]),
    A(3, "TJK", "exact", False, P("2025-05-18")),
    S(["unspecified", "mixed"], "TJK", "exact", True, P("2025-01-01", "2025-04-30"), kg=2900),
], title=H, outlet="Eurasia Digest", date="2025-05-21", fmt="json",
    record=rec(H, "Eurasia Digest", "2025/05/21", "Central Asia",
               "1,140 kg of hashish and 42 kg of heroin found on the Panj."))
d["body_key"] = "body_text"
DOCS.append(d)

# ---------------------------------------------------------------- 050#2 Kyrgyzstan mephedrone laboratory
H = "Kyrgyz police dismantle mephedrone laboratory near Bishkek, arrest four"
d = doc(ARR + "#2", """BISHKEK - Officers of the Interior Ministry's Service for Combating Drug Trafficking (SBNON) dismantled a clandestine laboratory producing mephedrone in a rented house in Chui region on Friday, the ministry said on Monday.

Four people were arrested, including two foreign nationals who the ministry said were the laboratory's "chemists". Officers seized 62 kilograms of mephedrone, 280 litres of precursor chemicals and laboratory equipment.

The ministry said the laboratory could have produced another 500 kilograms of mephedrone from the chemicals found. The drugs were sold through online shops on a messaging app and paid for in cryptocurrency, it said.
""", [
    N(1, "KGZ", q="exact", agg=False, period=P("2025-06-27")),
    A(4, "KGZ", "exact", False, P("2025-06-27")),
    A(2, "KGZ", opt=True),
    S(["unspecified", "amphetamine"], "KGZ", kg=62, opt=True),
    S("precursors", "KGZ", opt=True),
], title=H, outlet="Eurasia Digest", date="2025-06-30", fmt="json",
    record=rec(H, "Eurasia Digest", "2025/06/30", "Central Asia", "Four held, two of them foreign 'chemists'."))
d["body_key"] = "body_text"
DOCS.append(d)

# ---------------------------------------------------------------- 050#3 Kazakhstan first half (tenge)
H = "Kazakhstan shut 11 drug labs in first half of 2025"
d = doc(ARR + "#3", """ASTANA - Kazakhstan's police dismantled 11 clandestine drug laboratories in the first half of 2025 and seized 1.9 tonnes of synthetic drugs worth 9.5 billion tenge, the Interior Ministry said on Tuesday.

Most of the laboratories were producing mephedrone and alpha-PVP in rented houses in the Almaty and Karaganda regions, the ministry said. Police also blocked 2,140 websites and messaging channels advertising drugs.

Deputy Interior Minister Aidos Serikbayev told a briefing that the price of a gram of mephedrone in Almaty had risen to 15,000 tenge, a sign that supply was tightening.
""", [
    N(11, "KAZ", q="exact", agg=True, period=P("2025-01-01", "2025-06-30")),
    S(["unspecified", "amphetamine", "mixed"], "KAZ", "exact", True, P("2025-01-01", "2025-06-30"), kg=1900,
      val=9.5e9, cur="KZT"),
], title=H, outlet="Eurasia Digest", date="2025-07-15", fmt="json",
    record=rec(H, "Eurasia Digest", "2025/07/15", "Central Asia",
               "1.9 tonnes of synthetic drugs seized, the Interior Ministry says."))
d["body_key"] = "body_text"
DOCS.append(d)

# ---------------------------------------------------------------- 050#4 CSTO operation Channel
H = "CSTO 'Channel' operation seizes more than 12.6 tonnes of drugs"
CSTO = ["CSTO", "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
d = doc(ARR + "#4", """MOSCOW - An international anti-drug operation of the Collective Security Treaty Organization (CSTO), code-named Channel - Steppe Shield, seized more than 12.6 tonnes of drugs, including 1.1 tonnes of heroin, the organisation's secretariat said on Thursday.

The operation was carried out from 15 to 26 September by police, security, customs and border agencies of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. During it, 2,140 people were detained and 940 drug-related crimes were uncovered, the secretariat said.

Officials said the operation concentrated on routes for synthetic drugs from clandestine laboratories and on postal and courier deliveries ordered online.
""", [
    C("joint_operation", CSTO, P("2025-09-15", "2025-09-26"), ev="Channel"),
    S(["unspecified", "mixed"], None, "at_least", True, P("2025-09-15", "2025-09-26"), kg=12600),
    S("heroin", None, "exact", True, P("2025-09-15", "2025-09-26"), kg=1100),
    A(2140, None, "exact", True, P("2025-09-15", "2025-09-26")),
], title=H, outlet="Eurasia Digest", date="2025-10-03", fmt="json",
    record=rec(H, "Eurasia Digest", "2025/10/03", "Eurasia", "Six member states took part from 15 to 26 September."))
d["body_key"] = "body_text"
DOCS.append(d)

# ---------------------------------------------------------------- 051 FSB mephedrone laboratories (rubles)
DOCS.append(doc("051_fsb_mephedrone_labs.txt", """FSB shuts three mephedrone labs in Moscow and Tver regions, seizes 640 kg
Volga Courier (English edition)
Moscow, 27 August 2025

The Federal Security Service (FSB), together with the Interior Ministry, dismantled three clandestine laboratories producing mephedrone in the Moscow and Tver regions, the FSB's public relations centre said on Wednesday.

Officers seized 640 kilograms of mephedrone, whose market value exceeded 1.9 billion rubles, and more than two tonnes of precursors. Nine members of an interregional organised criminal group, including its organiser, were detained.

The group sold the drugs through a darknet marketplace and laundered the proceeds through cryptocurrency exchanges, the FSB said. A criminal case has been opened under Article 228.1 of the Criminal Code, which provides for up to life imprisonment.
""", [
    N(3, "RUS", q="exact", agg=False),
    S(["unspecified", "amphetamine"], "RUS", kg=640, opt=True),
    S(["unspecified", "amphetamine"], "RUS", val=1.9e9, cur="RUB", opt=True),
    S(["unspecified", "amphetamine"], "RUS", kg=640, val=1.9e9, cur="RUB", opt=True),
    S("precursors", "RUS", "at_least", False, kg=2000),
    A(9, "RUS", "exact", False),
], title="FSB shuts three mephedrone labs in Moscow and Tver regions, seizes 640 kg", outlet="Volga Courier",
    date="2025-08-27"))

# ---------------------------------------------------------------- 052 MVD nine months
JS = P("2025-01-01", "2025-09-30")
DOCS.append(doc("052_mvd_nine_months.txt", """Russia's Interior Ministry: more than 25 tonnes of drugs seized in nine months
The Eurasia Monitor
Moscow, 20 October 2025

Russian police seized more than 25 tonnes of narcotic and psychotropic substances in January-September 2025, of which 9.8 tonnes were synthetic drugs, mostly mephedrone and alpha-PVP, the Interior Ministry said on Monday.

In the same period police dismantled nearly 320 organised groups and criminal communities engaged in drug trafficking, and registered 148,600 drug-related crimes, including 91,200 involving sales, the ministry's main directorate for drug control said.

The directorate said 2,300 darknet shops had been blocked at its request. Deaths from drug poisoning fell by 7 percent compared with the same period of 2024, health officials said.
""", [
    S(["unspecified", "mixed"], "RUS", "at_least", True, JS, kg=25000),
    S(["unspecified", "amphetamine", "mixed"], "RUS", "exact", True, JS, kg=9800),
    N(320, "RUS", q="at_most", agg=True, period=JS),
], title="Russia's Interior Ministry: more than 25 tonnes of drugs seized in nine months", outlet="The Eurasia Monitor",
    date="2025-10-20"))

# ---------------------------------------------------------------- 053 Georgia, Poti port cocaine (lari + US$)
DOCS.append(doc("053_georgia_poti_cocaine.txt", """Georgian police seize 1.4 tonnes of cocaine in banana shipment at Poti port
Tbilisi Evening News
Tbilisi, Monday, 10 February 2025

Georgia's Interior Ministry said on Monday that police had seized 1,412 kilograms of cocaine hidden in a container of bananas from Ecuador at the Black Sea port of Poti on Friday.

Four people, including two foreign nationals, were arrested in Tbilisi and Batumi over the weekend. The cocaine is worth about 280 million lari (about US$103 million) on the black market, the ministry said.

The ministry said the operation had been carried out with information from the US Drug Enforcement Administration and the Ecuadorian police. The cocaine was destined for countries of the European Union, it said.

Under Georgian law the suspects face up to life imprisonment.
""", [
    S("cocaine", "GEO", ["exact", "approx"], False, P("2025-02-07"), kg=1412, val=2.8e8, cur="GEL", loc=["Poti"]),
    S("cocaine", "GEO", kg=1412, val=103e6, cur="USD", opt=True),
    A(4, "GEO", "exact", False, P("2025-02-08", "2025-02-09", tol=1)),
    A(2, "GEO", opt=True),
    C("information_exchange", ["GEO", "USA", "ECU"], opt=True),
], title="Georgian police seize 1.4 tonnes of cocaine in banana shipment at Poti port", outlet="Tbilisi Evening News",
    date="2025-02-10"))

# ---------------------------------------------------------------- 054 Azerbaijan State Border Service, Astara (manat)
DOCS.append(doc("054_azerbaijan_astara_border.txt", """Border guards seize 227 kg of heroin on Iranian border; one smuggler killed
Caspian Dispatch
Baku, 4 June 2025 (Wednesday)

Azerbaijan's State Border Service said border guards of the Astara detachment seized 227 kilograms of heroin, 38 kilograms of methamphetamine and 12.6 kilograms of opium after a clash with smugglers on the border with Iran on Monday night.

One smuggler was killed and another was arrested; the rest of the group escaped back into Iran. No border guards were hurt. The drugs are worth 11.4 million manat, the service said.

Border guards have seized more than 2.3 tonnes of drugs on the Iranian border since the start of the year, the service added, compared with 1.9 tonnes in the same period of 2024.
""", [
    S("heroin", "AZE", "exact", False, P("2025-06-02", tol=1), kg=227, loc=["Astara"]),
    S("methamphetamine", "AZE", "exact", False, P("2025-06-02", tol=1), kg=38, loc=["Astara"]),
    S("opium", "AZE", "exact", False, P("2025-06-02", tol=1), kg=12.6, loc=["Astara"]),
    S(["mixed", "unspecified"], "AZE", "exact", False, P("2025-06-02", tol=1), val=11.4e6, cur="AZN"),
    A(1, "AZE", "exact", False, P("2025-06-02", tol=1)),
    S(["unspecified", "mixed"], "AZE", "at_least", True, P("2025-01-01", "2025-06-04", tol=2), kg=2300),
    S(["unspecified", "mixed"], "AZE", kg=1900, opt=True),
], title="Border guards seize 227 kg of heroin on Iranian border; one smuggler killed", outlet="Caspian Dispatch",
    date="2025-06-04"))

# ---------------------------------------------------------------- 055 Turkey, operations in 34 provinces (Markdown list inheriting "on Tuesday")
OCT14 = P("2025-10-14")
DOCS.append(doc("055_turkey_34_provinces.md", """# Drug operations in 34 provinces: 412 suspects detained

**Bosphorus Daily** — 15 October 2025

Police and gendarmerie units carried out simultaneous operations against drug dealers in 34 provinces on Tuesday, the Interior Ministry said on Wednesday. A total of 412 suspects were detained, 168 of whom were later remanded in custody by the courts.

Seizures reported by the provinces included:

- **Istanbul:** 1.2 tonnes of skunk and 48 kg of cocaine in warehouses in Esenyurt and Tuzla;
- **Hatay:** 4.6 million Captagon pills in a lorry at the Cilvegözü border gate;
- **Mersin:** 312,000 ecstasy pills in a container from the Netherlands;
- **Diyarbakır:** 1.250 kilogram esrar (1,250 kg of cannabis) in rural Lice district, where gendarmes also destroyed 3.1 million cannabis roots;
- **İzmir:** 86 kg of bonzai (synthetic cannabinoid) and 16 kg of methamphetamine.

The ministry said security forces had seized 71.4 tonnes of drugs across Turkey since 1 January.
""", [
    A(412, "TUR", "exact", [False, True], OCT14),
    A(168, "TUR", opt=True),
    S("cannabis", "TUR", "exact", False, OCT14, kg=1200, loc=["Istanbul", "Esenyurt", "Tuzla"]),
    S("cocaine", "TUR", "exact", False, OCT14, kg=48, loc=["Istanbul", "Esenyurt", "Tuzla"]),
    S("captagon", "TUR", "exact", False, OCT14, pills=4600000, loc=["Hatay", "Cilvegözü"]),
    S("mdma", "TUR", "exact", False, OCT14, pills=312000, loc=["Mersin"]),
    S("cannabis", "TUR", "exact", False, OCT14, kg=1250, loc=["Diyarbakır", "Lice"]),
    S("unspecified", "TUR", kg=86, opt=True),
    S("methamphetamine", "TUR", "exact", False, OCT14, kg=16, loc=["İzmir", "Izmir"]),
    S(["unspecified", "mixed"], "TUR", "exact", True, P("2025-01-01", "2025-10-15", tol=1), kg=71400),
], title="Drug operations in 34 provinces: 412 suspects detained", outlet="Bosphorus Daily", date="2025-10-15"))

# ---------------------------------------------------------------- 056 Turkey, Mersin Captagon (pills + tonnes + TL, detained vs arrested)
DOCS.append(doc("056_turkey_mersin_captagon.txt", """Turkish police seize 12.2 million Captagon pills bound for the Gulf
Anatolia Times
Ankara, 3 March 2025

Police in Mersin seized 12.2 million Captagon pills weighing 2.03 tonnes hidden among marble blocks in a container at Mersin International Port on Friday, the police narcotics department said.

Five suspects were detained in Mersin and Gaziantep in follow-up raids on Saturday. Three of them were arrested by a court on Sunday and the other two were released under judicial control.

The pills, which police said were worth about TL 1.1 billion, had been produced in Syria and were to be shipped to Saudi Arabia. Police acted on information from Saudi Arabia's General Directorate of Narcotics Control, the department said.
""", [
    S("captagon", "TUR", ["exact", "approx"], False, P("2025-02-28"), pills=12200000, kg=2030, val=1.1e9, cur="TRY",
      loc=["Mersin"]),
    A(5, "TUR", "exact", False, P("2025-03-01")),
    A(3, "TUR", opt=True),
    C("information_exchange", ["TUR", "SAU"], opt=True),
], title="Turkish police seize 12.2 million Captagon pills bound for the Gulf", outlet="Anatolia Times",
    date="2025-03-03"))

# ---------------------------------------------------------------- 057 CARICC meeting, Kazakh-Kyrgyz MoU, UNODC canine course
C7 = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "AZE", "RUS"]
DOCS.append(doc("057_caricc_almaty_meeting.txt", """CARICC hosts Central Asian drug agency chiefs; Kazakhstan and Kyrgyzstan sign border memorandum
Steppe Review
Almaty, 12 December 2025

The Central Asian Regional Information and Coordination Centre (CARICC) hosted the heads of the drug control agencies of Azerbaijan, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan and Uzbekistan at its headquarters in Almaty on Thursday.

On the sidelines, the border services of Kazakhstan and Kyrgyzstan signed a memorandum of understanding on joint inspections of lorries at four crossing points. The participants agreed to launch a joint operation against synthetic drugs in 2026.

CARICC said it had coordinated 37 international controlled deliveries in 2025.

Separately, the United Nations Office on Drugs and Crime (UNODC) completed a three-week training course in Bishkek on 5 December for 24 dog handlers from the customs and border services of Kyrgyzstan and Tajikistan.
""", [
    C(["meeting", "conference"], C7 + ["CARICC"], P("2025-12-11"), loc="Almaty", ev="hosted"),
    C("mou", ["KAZ", "KGZ"], P("2025-12-11"), loc="Almaty", ev="memorandum"),
    C("joint_operation", ["CARICC"], count=37, opt=True),
    C("training", ["UNODC", "KGZ", "TJK"], P("2025-11-17", "2025-12-05", tol=3), loc="Bishkek", ev="course"),
], title="CARICC hosts Central Asian drug agency chiefs; Kazakhstan and Kyrgyzstan sign border memorandum",
    outlet="Steppe Review", date="2025-12-12"))
