from common import *

# Part 3: South Asia. India (an NCB/Delhi Police cocaine haul with an Indian date line "15.03.2025" and an independent
# rounded re-report, a CSV export of five regional stories with quoted multi-line bodies, an HTML report with a
# <table> of fiscal years 2023-24 and 2024-25 in Indian digit grouping, a Coast Guard find with no arrests, DG-level
# talks and a regional training course), Bangladesh (BGB "5,20,000 yaba", RAB ice, DNC annual figures in crore and
# lakh), Sri Lanka (Navy trawler, a Colombo death sentence), Nepal (Bikram Sambat date line, fiscal year 2081/82) and
# the Maldives (rufiyaa).
DOCS = []
FY2425 = P("2024-04-01", "2025-03-31")
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 030 NCB/Delhi Police Mahipalpur cocaine (original report)
DOCS.append(doc("030_ncb_mahipalpur_cocaine.txt", """NCB, Delhi Police seize 82.4 kg cocaine worth Rs 824 crore in Mahipalpur warehouse
The Capital Chronicle
New Delhi | 15.03.2025

The Narcotics Control Bureau (NCB) and the Special Cell of the Delhi Police have seized 82.4 kg of high-grade cocaine worth an estimated Rs 824 crore from a warehouse in south Delhi's Mahipalpur, officials said on Saturday.

The raid was carried out late on Thursday (13.03.2025) on inputs that a consignment which had arrived by sea at a Gujarat port had been moved to the capital by road. Three men, including an Afghan national, were arrested at the warehouse, and a fourth, the alleged financier, was picked up from Gurugram on Friday.

"This is part of a larger international syndicate, and we are following the money trail," a senior NCB officer said, adding that cocaine is valued at Rs 10 crore per kg in the international market.

The NCB registered 1,986 cases under the NDPS Act in 2024, the bureau's annual figures show.
""", [
    S("cocaine", "IND", ["exact", "approx"], False, P("2025-03-13"), kg=82.4, val=8.24e9, cur="INR",
      loc=["Mahipalpur"], cluster="ind-mahipalpur-cocaine"),
    A(3, "IND", "exact", False, P("2025-03-13"), cluster="ind-mahipalpur-arrests"),
    A(1, "IND", "exact", False, P("2025-03-14")),
    A(4, "IND", opt=True),
], title="NCB, Delhi Police seize 82.4 kg cocaine worth Rs 824 crore in Mahipalpur warehouse",
    outlet="The Capital Chronicle", date="2025-03-15"))

# ---------------------------------------------------------------- 031 CSV export of regional stories
CSV = "031_india_regional_export.csv"


def row(sid, headline, paper, date, state, slug):
    return {"story_id": sid, "headline": headline, "newspaper": paper, "published_on": date, "state": state,
            "story_text": None, "url": "https://regionalexport.example/" + slug}


H = "1,250 kg ganja seized from truck in Koraput; two held"
d = doc(CSV + "#1", """KORAPUT: Police seized 1,250 kg of ganja from a truck near Pottangi on Tuesday and arrested the driver and his helper, both from Uttar Pradesh, officials said.

The ganja, packed in 62 sacks hidden under a load of ginger, is worth about Rs 2.5 crore, Koraput superintendent of police Rashmi Ranjan Das said. The truck was heading to Lucknow.

Das said district police had seized 38,500 kg of ganja and arrested 812 persons in the financial year 2024-25, most of them carriers hired by gangs from other states.

He said the police would start using drones to find cannabis plots in the district's hills after the monsoon.
""", [
    S("cannabis", "IND", ["exact", "approx"], False, P("2025-04-15"), kg=1250, val=2.5e7, cur="INR",
      loc=["Pottangi", "Koraput"]),
    A(2, "IND", "exact", False, P("2025-04-15")),
    S("cannabis", "IND", "exact", True, FY2425, kg=38500),
    A(812, "IND", "exact", True, FY2425),
], title=H, outlet="Odisha Plain Times", date="2025-04-16", fmt="csv",
    record=row("RX-0416-114", H, "Odisha Plain Times", "16-04-2025", "Odisha", "odisha/koraput-ganja-truck"))
d["body_key"] = "story_text"
DOCS.append(d)

H = "Brown sugar, 2.4 lakh yaba tablets seized in Cachar; three arrested"
d = doc(CSV + "#2", """SILCHAR: Cachar police seized 1.2 kg of heroin, locally called brown sugar, and 2,40,000 yaba tablets in two operations near the Mizoram border on Wednesday night, and arrested three persons.

The heroin was found in soap cases hidden in the fuel tank of a car at Lailapur, while the tablets were recovered from a truck carrying betel nuts at Dholai, superintendent of police Numal Mahatta said.

Together the drugs are worth around Rs 72 crore in the international market, he said.

The chief minister congratulated the police on social media and said the state's war on drugs would continue.
""", [
    S("heroin", "IND", "exact", False, P("2025-05-21"), kg=1.2, loc=["Lailapur", "Cachar"]),
    S("methamphetamine", "IND", "exact", False, P("2025-05-21"), pills=240000, loc=["Dholai", "Cachar"]),
    A(3, "IND", "exact", False, P("2025-05-21")),
    S(["mixed", "unspecified"], "IND", "approx", False, P("2025-05-21"), val=7.2e8, cur="INR"),
], title=H, outlet="Barak Valley Sentinel", date="2025-05-23", fmt="csv",
    record=row("RX-0523-207", H, "Barak Valley Sentinel", "23-05-2025", "Assam", "assam/cachar-brown-sugar-yaba"))
d["body_key"] = "story_text"
DOCS.append(d)

H = "STF busts codeine syrup racket in Lucknow, 12,600 bottles seized"
d = doc(CSV + "#3", """LUCKNOW: The Uttar Pradesh Special Task Force (STF) seized 12,600 bottles of codeine-based cough syrup from a godown in Lucknow's Aminabad area on Monday and arrested two men who ran a pharmaceutical distribution firm, officials said.

The syrup, worth about Rs 37.8 lakh, was bought from a licensed manufacturer in Himachal Pradesh on forged invoices and was to be sent to districts near the Nepal and Bangladesh borders, an STF officer said.

The STF said the two had been under watch for three months. Their drug licence will be cancelled.
""", [
    S("unspecified", "IND", opt=True),
    S("unspecified", "IND", val=3.78e6, cur="INR", opt=True),
    N(1, "IND", opt=True),
    A(2, "IND", "exact", False, P("2025-07-07")),
], title=H, outlet="Awadh Evening Post", date="2025-07-08", fmt="csv",
    record=row("RX-0708-033", H, "Awadh Evening Post", "08-07-2025", "Uttar Pradesh", "up/lucknow-codeine-syrup"))
d["body_key"] = "story_text"
DOCS.append(d)

H = "Assam Rifles seize meth tablets worth Rs 75 crore in Champhai"
d = doc(CSV + "#4", """AIZAWL: The Assam Rifles and the Mizoram Excise and Narcotics Department seized 2.5 lakh methamphetamine tablets worth Rs 75 crore from a vehicle at Zokhawthar in Champhai district on Thursday, officials said.

A Myanmar national who was driving the vehicle was arrested. The tablets had been carried across the Tiau river from Myanmar, the Assam Rifles said in a statement.

Champhai, which borders Myanmar's Chin State, has become the main entry point for methamphetamine tablets into the Northeast, officials said. The arrested man has been handed over to the Champhai police station.
""", [
    S("methamphetamine", "IND", "exact", False, P("2025-08-28"), pills=250000, val=7.5e8, cur="INR",
      loc=["Zokhawthar", "Champhai"]),
    A(1, "IND", "exact", False, P("2025-08-28")),
], title=H, outlet="Mizo Hills Herald", date="2025-08-29", fmt="csv",
    record=row("RX-0829-412", H, "Mizo Hills Herald", "29-08-2025", "Mizoram", "mizoram/champhai-meth-tablets"))
d["body_key"] = "story_text"
DOCS.append(d)

H = "Three youths held with 350 grams of MDMA at Kochi lodge"
d = doc(CSV + "#5", """KOCHI: Excise officials arrested three youths from a lodge in Kaloor on Thursday and seized 350 grams of MDMA and 12 LSD stamps from their room, officials said.

The three, aged between 21 and 26, had brought the drugs from Bengaluru by bus and were selling them to college students, the Ernakulam excise deputy commissioner said. The MDMA would fetch about Rs 10 lakh in the retail market, he said.

The excise department has seized MDMA in 14 cases in the district this month alone, he added.
""", [
    S("mdma", "IND", "exact", False, P("2025-10-16"), kg=0.35, loc=["Kaloor", "Kochi"]),
    S("mdma", "IND", kg=0.35, val=1e6, cur="INR", opt=True),
    A(3, "IND", "exact", False, P("2025-10-16")),
], title=H, outlet="Malabar Coast Daily", date="2025-10-17", fmt="csv",
    record=row("RX-1017-090", H, "Malabar Coast Daily", "17-10-2025", "Kerala", "kerala/kochi-mdma-lodge"))
d["body_key"] = "story_text"
DOCS.append(d)

# ---------------------------------------------------------------- 032 India fiscal years 2023-24 and 2024-25 (HTML <table>)
TABLE = """<table class="data">
<caption>Drugs seized by all agencies (kg, unless stated)</caption>
<thead><tr><th>Drug</th><th>2023-24</th><th>2024-25</th></tr></thead>
<tbody>
<tr><td>Ganja</td><td>7,41,560</td><td>8,12,640</td></tr>
<tr><td>Heroin</td><td>1,514</td><td>1,986</td></tr>
<tr><td>Opium</td><td>5,920</td><td>6,540</td></tr>
<tr><td>Charas</td><td>3,880</td><td>4,210</td></tr>
<tr><td>Cocaine</td><td>286</td><td>1,052</td></tr>
<tr><td>Methamphetamine</td><td>4,310</td><td>9,860</td></tr>
<tr><td>Codeine-based cough syrup (bottles)</td><td>31,20,400</td><td>28,40,000</td></tr>
</tbody>
</table>"""
DOCS.append(doc("032_india_seizures_2024_25.html", html_page(
    "Ganja seizures top 8 lakh kg in 2024-25; cocaine more than triples, NCB data show", "The National Desk",
    "2025-06-10T12:00:00+05:30", "By Meera Iyer | New Delhi | June 10, 2025",
    ["Drug law enforcement agencies across India seized 8,12,640 kg of ganja in the financial year 2024-25, according to data compiled by the Narcotics Control Bureau (NCB) from the reports of central and state agencies.",
     "The figures, which cover April 2024 to March 2025, are set out below beside those of the previous year:",
     "In all, 1,24,870 persons were arrested under the NDPS Act in 2024-25, and the drugs seized were worth Rs 16,914 crore, the NCB said.",
     "Officials attributed the rise in cocaine seizures to a handful of large consignments found at ports and in Delhi. Agencies also destroyed illicit poppy on 12,800 acres, and the government says its Nasha Mukt Bharat Abhiyaan awareness campaign has reached more than 10 crore people."],
    ["Monsoon arrives in Kerala", "Sensex ends flat", "Railways to add 200 trains for festive season"],
    nav=("Home", "India", "World", "Business", "Sport"), table=(1, TABLE)), [
    S("cannabis", "IND", "exact", True, FY2425, kg=812640),
    S("heroin", "IND", "exact", True, FY2425, kg=1986),
    S("opium", "IND", "exact", True, FY2425, kg=6540),
    S("hashish", "IND", "exact", True, FY2425, kg=4210),
    S("cocaine", "IND", "exact", True, FY2425, kg=1052),
    S("methamphetamine", "IND", "exact", True, FY2425, kg=9860),
    S("unspecified", "IND", opt=True),
    A(124870, "IND", "exact", True, FY2425),
    S(["unspecified", "mixed"], "IND", "exact", True, FY2425, val=1.6914e11, cur="INR"),
    S("cannabis", "IND", kg=741560, opt=True),
    S("heroin", "IND", kg=1514, opt=True),
    S("opium", "IND", kg=5920, opt=True),
    S("hashish", "IND", kg=3880, opt=True),
    S("cocaine", "IND", kg=286, opt=True),
    S("methamphetamine", "IND", kg=4310, opt=True),
], title="Ganja seizures top 8 lakh kg in 2024-25; cocaine more than triples, NCB data show",
    outlet="The National Desk", date="2025-06-10", fmt="html"))

# ---------------------------------------------------------------- 033 Coast Guard / ATS off Porbandar, smugglers escape
DOCS.append(doc("033_icg_ats_porbandar_meth.txt", """ICG, Gujarat ATS recover 300 kg meth worth Rs 1,800 crore off Porbandar; smugglers escape
Saurashtra Samachar (English)
Porbandar, 14.04.2025 (Monday)

An Indian Coast Guard ship acting on inputs from the Gujarat Anti-Terrorist Squad (ATS) recovered 300 kg of methamphetamine worth Rs 1,800 crore near the International Maritime Boundary Line (IMBL) during the intervening night of April 12 and 13, officials said.

When the ship approached, the crew of a suspect boat threw the consignment overboard and escaped across the IMBL. "We recovered three hundred kilograms from the sea in 50 packets," a Coast Guard officer said. No arrests were made.

The ICG and the ATS have carried out 13 such joint operations since 2020, recovering drugs worth Rs 3,135 crore, the Coast Guard said.

The recovered drugs have been handed over to the ATS for further investigation.
""", [
    S("methamphetamine", "IND", "exact", False, P("2025-04-12", "2025-04-13", tol=1), kg=300, val=1.8e10, cur="INR",
      loc=["Porbandar", "IMBL", "International Maritime Boundary Line"]),
    S(["unspecified", "mixed"], "IND", "exact", True, val=3.135e10, cur="INR"),
], title="ICG, Gujarat ATS recover 300 kg meth worth Rs 1,800 crore off Porbandar; smugglers escape",
    outlet="Saurashtra Samachar", date="2025-04-14"))

# ---------------------------------------------------------------- 034 independent rounded re-report of 030, Punjab drone heroin
DOCS.append(doc("034_northern_ledger_delhi_cocaine.txt", """Over 80 kg of cocaine seized in Delhi came through Gujarat port, officials say
The Northern Ledger
Chandigarh / New Delhi, 16 March 2025

More than 80 kg of cocaine worth over Rs 800 crore seized from a warehouse in Delhi's Mahipalpur on Thursday night had been shipped to a Gujarat port hidden in a consignment of industrial salt, officials familiar with the investigation said on Sunday.

Three men were held in the raid by the Narcotics Control Bureau and the Delhi Police Special Cell. Investigators are now trying to trace the buyers in Punjab and Haryana.

In Punjab, police in Amritsar rural recovered 6 kg of heroin dropped by a drone near a village in the Ajnala sector on Saturday and arrested two men who had come to collect it. Punjab Police have recovered heroin from more than 90 drones since January, Director General of Police Gaurav Yadav said.
""", [
    S("cocaine", "IND", "at_least", False, P("2025-03-13"), kg=80, val=8e9, cur="INR", loc=["Mahipalpur"],
      cluster="ind-mahipalpur-cocaine"),
    A(3, "IND", "exact", False, P("2025-03-13"), cluster="ind-mahipalpur-arrests"),
    S("heroin", "IND", "exact", False, P("2025-03-15"), kg=6, loc=["Ajnala", "Amritsar"]),
    A(2, "IND", "exact", False, P("2025-03-15")),
], title="Over 80 kg of cocaine seized in Delhi came through Gujarat port, officials say", outlet="The Northern Ledger",
    date="2025-03-16"))

# ---------------------------------------------------------------- 035 Bangladesh BGB Teknaf yaba, RAB ice
DOCS.append(doc("035_bgb_teknaf_yaba.txt", """BGB seizes 5.2 lakh yaba pills on Naf river; RAB recovers 2 kg of ice in Ukhiya
The Dhaka Courier Daily
Cox's Bazar, 22 June 2025

Members of Border Guard Bangladesh (BGB) seized 5,20,000 yaba pills worth Tk 15.6 crore from a boat on the Naf river in Teknaf early on Saturday, the BGB's Teknaf battalion said.

One man was arrested; two others jumped into the river and escaped towards Myanmar, the battalion commander said.

In a separate drive, the Rapid Action Battalion (RAB-15) recovered 2 kg of crystal meth, known as ice, worth Tk 10 crore from a house in Ukhiya on Friday night and arrested two Rohingya men.

The BGB's Teknaf battalion said it had seized close to 1.8 crore yaba pills in the first five months of the year. A yaba pill sells for around Tk 300 in Dhaka, officials said.
""", [
    S("methamphetamine", "BGD", "exact", False, P("2025-06-21"), pills=520000, val=1.56e8, cur="BDT",
      loc=["Naf", "Teknaf"]),
    A(1, "BGD", "exact", False, P("2025-06-21")),
    S("methamphetamine", "BGD", "exact", False, P("2025-06-20"), kg=2, val=1e8, cur="BDT", loc=["Ukhiya"]),
    A(2, "BGD", "exact", False, P("2025-06-20")),
    S("methamphetamine", "BGD", "at_most", True, P("2025-01-01", "2025-05-31"), pills=18000000),
], title="BGB seizes 5.2 lakh yaba pills on Naf river; RAB recovers 2 kg of ice in Ukhiya",
    outlet="The Dhaka Courier Daily", date="2025-06-22"))

# ---------------------------------------------------------------- 036 DNC annual figures 2024 (Markdown list, crore/lakh)
DOCS.append(doc("036_bangladesh_dnc_2024.md", """# Bangladesh seized 3.8 crore yaba pills and 1,152 kg of ice in 2024, DNC says

*Bengal Policy Weekly* — 26 February 2025

The Department of Narcotics Control (DNC) has published the combined seizure figures of the DNC, police, BGB, RAB and the Coast Guard for the calendar year 2024:

- **Yaba:** 3,82,45,610 pills
- **Crystal meth (ice):** 1,152.4 kg
- **Heroin:** 402.6 kg
- **Ganja:** 1,05,320 kg
- **Phensedyl (codeine syrup):** 9,84,000 bottles
- **Cases filed:** 86,420
- **Accused arrested:** 1,12,460

Compared with 2023, yaba seizures fell by 14 percent while ice seizures almost doubled, the report says. DNC director general Khandaker Mostafizur Rahman said traffickers were switching to ice because it is easier to hide.

The department estimates that the country has about 70 lakh drug users and plans to open four new treatment centres this year.
""", [
    S("methamphetamine", "BGD", "exact", True, Y24, pills=38245610),
    S("methamphetamine", "BGD", "exact", True, Y24, kg=1152.4),
    S("heroin", "BGD", "exact", True, Y24, kg=402.6),
    S("cannabis", "BGD", "exact", True, Y24, kg=105320),
    S("unspecified", "BGD", opt=True),
    A(112460, "BGD", "exact", True, Y24),
], title="Bangladesh seized 3.8 crore yaba pills and 1,152 kg of ice in 2024, DNC says", outlet="Bengal Policy Weekly",
    date="2025-02-26"))

# ---------------------------------------------------------------- 037 Sri Lanka Navy trawler (Rs = LKR)
DOCS.append(doc("037_sl_navy_dondra_trawler.txt", """Navy seizes 179 kg of ice, 83 kg of heroin from trawler south of Dondra; six held
Lanka Island Times
Colombo, 21 March 2025 (Friday)

The Sri Lanka Navy seized 179 kilograms of crystal methamphetamine (ice) and 83 kilograms of heroin from a multi-day fishing trawler about 220 nautical miles south of Dondra on Wednesday, the Navy said.

The six crew members, all Sri Lankans, were arrested and the trawler was brought to the Galle harbour on Friday. The drugs are worth more than Rs 4.1 billion, the Navy spokesman said.

The suspects, the trawler and the drugs will be handed over to the Police Narcotics Bureau (PNB) for further investigation.

The Navy said it had seized drugs worth Rs 12 billion in operations at sea since the beginning of the year.
""", [
    S("methamphetamine", "LKA", "exact", False, P("2025-03-19"), kg=179, loc=["Dondra"]),
    S("heroin", "LKA", "exact", False, P("2025-03-19"), kg=83, loc=["Dondra"]),
    S(["mixed", "unspecified"], "LKA", "at_least", False, P("2025-03-19"), val=4.1e9, cur="LKR"),
    A(6, "LKA", "exact", False, P("2025-03-19")),
    S("unspecified", "LKA", "exact", True, P("2025-01-01", "2025-03-21", tol=2), val=1.2e10, cur="LKR"),
], title="Navy seizes 179 kg of ice, 83 kg of heroin from trawler south of Dondra; six held",
    outlet="Lanka Island Times", date="2025-03-21"))

# ---------------------------------------------------------------- 038 Colombo High Court: death and two life terms
DOCS.append(doc("038_colombo_court_death.txt", """Colombo High Court sentences heroin trafficker to death, two women to life
The Ceylon Gazette Online
Colombo, 9 October 2025 (Thursday)

The Colombo High Court on Wednesday sentenced a 47-year-old man to death after finding him guilty of possessing and trafficking 26.4 grams of heroin.

The man was arrested by Police Narcotics Bureau officers at Maligawatte on 3 February 2019 with the heroin packed in 80 small packets, the prosecution said.

In a separate case, the same court sentenced two women to life imprisonment for trafficking 11.2 grams of heroin from a house in Wellawatte.

Although courts continue to hand down death sentences for drug trafficking, Sri Lanka has not carried out an execution since 1976. Presidents have routinely commuted death sentences to life imprisonment.
""", [
    SEN("death", 1, "LKA", "exact", False, P("2025-10-08")),
    SEN("life", 2, "LKA", "exact", False, P("2025-10-08")),
    S("heroin", "LKA", "exact", False, P("2019-02-03"), kg=0.0264, loc=["Maligawatte"]),
    A(1, "LKA", "exact", False, P("2019-02-03")),
    S("heroin", "LKA", kg=0.0112, opt=True),
    A(2, "LKA", opt=True),
], title="Colombo High Court sentences heroin trafficker to death, two women to life",
    outlet="The Ceylon Gazette Online", date="2025-10-09"))

# ---------------------------------------------------------------- 039 Nepal Police charas in Kailali (Bikram Sambat date line)
DOCS.append(doc("039_nepal_kailali_charas.txt", """Police seize 80 kg of charas in Kailali, arrest two
Himalayan Morning Post
Kathmandu, 2 Shrawan 2082 (18 July 2025)

The Narcotics Control Bureau (NCB) of Nepal Police seized 80 kg of charas (hashish) from a jeep in Dhangadhi, Kailali district, on Thursday and arrested the driver and a passenger, police said.

The charas had been brought down from the hills of Rolpa and was to be smuggled across the border into India, police said. The two were handed over to the District Police Office, Kailali.

Nepal Police arrested 7,412 people in drug-related cases in the fiscal year 2081/82, which ended on Wednesday, according to figures released by the NCB. Of them, 296 were foreign nationals.

A kilogram of charas sells for around Rs 1.5 lakh at the border, police said.
""", [
    S("hashish", "NPL", "exact", False, P("2025-07-17"), kg=80, loc=["Dhangadhi", "Kailali"]),
    A(2, "NPL", "exact", False, P("2025-07-17")),
    A(7412, "NPL", "exact", True, P("2024-07-16", "2025-07-16", tol=2)),
    A(296, "NPL", opt=True),
], title="Police seize 80 kg of charas in Kailali, arrest two", outlet="Himalayan Morning Post", date="2025-07-18"))

# ---------------------------------------------------------------- 040 Maldives: heroin in dhoni (MVR), year-to-date figures
DOCS.append(doc("040_maldives_dhoni_heroin.txt", """Police seize 11.2 kg of heroin hidden in supply dhoni; two arrested
Maldives Atoll Times
Malé, Sunday, 30 November 2025

The Maldives Police Service (MPS) seized 11.2 kilograms of heroin hidden in the fuel tank of a supply dhoni at the Malé commercial harbour on Friday night, and arrested two Maldivian crew members, the police said.

The Drug Enforcement Department carried out the operation with the coast guard of the Maldives National Defence Force (MNDF). The heroin has a street value of about MVR 25 million.

Police said the operation was based on intelligence shared by Sri Lanka's Police Narcotics Bureau.

In the first ten months of 2025, the MPS seized 68 kilograms of drugs and arrested 1,140 people on drug charges, the police said. Police did not say how many of them had been charged.
""", [
    S("heroin", "MDV", ["exact", "approx"], False, P("2025-11-28"), kg=11.2, val=25e6, cur="MVR",
      loc=["Malé", "Male"]),
    A(2, "MDV", "exact", False, P("2025-11-28")),
    C("information_exchange", ["MDV", "LKA"], opt=True),
    S(["unspecified", "mixed"], "MDV", "exact", True, P("2025-01-01", "2025-10-31"), kg=68),
    A(1140, "MDV", "exact", True, P("2025-01-01", "2025-10-31")),
], title="Police seize 11.2 kg of heroin hidden in supply dhoni; two arrested", outlet="Maldives Atoll Times",
    date="2025-11-30"))

# ---------------------------------------------------------------- 041 India-Bangladesh DG-level talks, hotline, BIMSTEC course
DOCS.append(doc("041_india_bangladesh_dg_talks.txt", """India, Bangladesh drug agencies hold DG-level talks, open hotline; NCB trains regional officers
South Asia Security Bulletin
New Delhi, 21 November 2025 (Friday)

The Narcotics Control Bureau (NCB) and Bangladesh's Department of Narcotics Control (DNC) held their ninth Director General-level talks in New Delhi on Wednesday and Thursday.

The two sides agreed on real-time sharing of intelligence on yaba, heroin and codeine syrup shipments through a dedicated hotline between the NCB's Kolkata zonal unit and the DNC's Dhaka office, which came into operation on Thursday. They also agreed to plan coordinated operations along the border next year, the NCB said.

Separately, the NCB's training academy completed a two-week course on drug investigations for 36 officers from Bangladesh, Bhutan, Myanmar, Nepal, Sri Lanka and Thailand on 14 November.

The next round of talks will be held in Dhaka in 2026.
""", [
    C(["meeting", "conference"], ["IND", "BGD"], P("2025-11-19", "2025-11-20"), loc="New Delhi", ev="talks"),
    C("information_exchange", ["IND", "BGD"], P("2025-11-20"), ev="hotline"),
    C("training", ["IND", "BGD", "BTN", "MMR", "NPL", "LKA", "THA"], P("2025-11-03", "2025-11-14", tol=3),
      ev="course"),
], title="India, Bangladesh drug agencies hold DG-level talks, open hotline; NCB trains regional officers",
    outlet="South Asia Security Bulletin", date="2025-11-21"))
