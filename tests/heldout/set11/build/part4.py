from common import *

# Part 4: Gulf and Levant in translation (Saudi GDNC with Hijri dates and numerals in parentheses, a rounded
# near-copy, Dubai HTML, Kuwait, Jordan, Syria's post-2024 authorities, a Hijri-year total, Qatar and a GCC meeting)
# and a JSON-lines Asia wire with its own field names.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 038 GDNC Al-Haditha (original of 039)
DOCS.append(doc("038_gdnc_haditha_pomegranates.txt", """GDNC foils smuggling of (4,350,000) amphetamine pills in pomegranate shipment at Al-Haditha port
General Directorate of Narcotics Control - Media Center (unofficial translation)
Riyadh, 15 Ramadan 1446 AH (15 March 2025)

The official spokesman for the General Directorate of Narcotics Control (GDNC), Major Khalid bin Saad Al-Otaibi, stated that, in follow-up of the activities of criminal networks attempting to smuggle narcotics into the Kingdom, and in coordination with the Zakat, Tax and Customs Authority, the smuggling of (4,350,000) amphetamine pills hidden in a shipment of pomegranates arriving through Al-Haditha port was thwarted on Thursday (13 Ramadan 1446 AH / 13 March 2025).

He added that the follow-up of the recipients of the shipment inside the Kingdom resulted in the arrest of (3) persons, (2) of them Saudi citizens and (1) a resident of Syrian nationality, in Riyadh region. Initial legal procedures were taken against them and they were referred to the Public Prosecution.

On the same day, GDNC patrols in Jazan region seized (215) kilograms of hashish and arrested (4) persons.

The spokesman called on citizens and residents to report any information on drug smuggling or promotion via the numbers (911) in the regions of Makkah, Riyadh and the Eastern Province, (999) in the rest of the regions, and (995) for the GDNC. All reports are treated with complete confidentiality.
""", [
    S(["captagon", "amphetamine"], "SAU", "exact", False, P("2025-03-13"), pills=4350000, loc=["Haditha"],
      cluster="sau-haditha-pills"),
    A(3, "SAU", "exact", False, P("2025-03-13", tol=2), cluster="sau-haditha-arrests"),
    A(2, "SAU", opt=True),
    S("hashish", "SAU", "exact", False, P("2025-03-13"), kg=215, loc=["Jazan"], cluster="sau-jazan-hashish"),
    A(4, "SAU", "exact", False, P("2025-03-13"), cluster="sau-jazan-arrests"),
], title="GDNC foils smuggling of (4,350,000) amphetamine pills in pomegranate shipment at Al-Haditha port",
    outlet=optv("General Directorate of Narcotics Control"), date="2025-03-15"))

# ---------------------------------------------------------------- 039 near-copy of 038, rounded
DOCS.append(doc("039_gulf_crossroads_haditha.txt", """Saudi authorities stop over 4.3 million Captagon pills hidden in pomegranates
Gulf Crossroads News
March 16, 2025

RIYADH - Saudi Arabia's anti-narcotics agency said it had foiled an attempt to smuggle more than 4.3 million amphetamine pills, commonly known as Captagon, concealed in a pomegranate shipment at the Al-Haditha crossing on the border with Jordan on Thursday.

Three people - two Saudis and a Syrian resident - were arrested in the Riyadh region after the shipment was tracked to its recipients, the General Directorate of Narcotics Control said.

Separately, the agency said its patrols had seized more than 200 kilograms of hashish in the southern Jazan region on the same day and detained four people.

Saudi Arabia has become the main destination for Captagon produced in Syria and Lebanon. A single pill can sell for up to $20 in the kingdom, according to regional anti-drug officials.
""", [
    S(["captagon", "amphetamine"], "SAU", "at_least", False, P("2025-03-13"), pills=4300000, loc=["Haditha"],
      cluster="sau-haditha-pills"),
    A(3, "SAU", "exact", False, P("2025-03-13", tol=2), cluster="sau-haditha-arrests"),
    S("hashish", "SAU", "at_least", False, P("2025-03-13"), kg=200, loc=["Jazan"], cluster="sau-jazan-hashish"),
    A(4, "SAU", "exact", False, P("2025-03-13"), cluster="sau-jazan-arrests"),
], title="Saudi authorities stop over 4.3 million Captagon pills hidden in pomegranates",
    outlet="Gulf Crossroads News", date="2025-03-16", dup="038_gdnc_haditha_pomegranates.txt"))

# ---------------------------------------------------------------- 040 Dubai Police captagon in lemons (HTML, AED)
DOCS.append(doc("040_dubai_captagon_lemons.html", html_page(
    "Dubai Police seize 13.2 million Captagon pills hidden in lemon shipment", "Emirates Evening Star",
    "2025-05-29T14:10:00+04:00", "By Staff Reporter | Thursday, 29 May 2025",
    ["Dubai Police have seized 13.2 million Captagon pills weighing 2.2 tonnes, hidden inside hollowed-out fake lemons in a shipment of fresh citrus that arrived at Jebel Ali Port, and dismantled an international gang in an operation code-named \"Sour Harvest\".",
     "The pills have an estimated street value of AED 792 million, the Director of the General Department of Anti-Narcotics said on Wednesday.",
     "Police monitored the gang for three weeks before raiding a warehouse in Al Quoz on Monday, where the pills were seized and six suspects of Arab and Asian nationalities were arrested. The operation was carried out in coordination with the anti-narcotics authorities of Jordan.",
     "In 2024, Dubai Police arrested 1,420 suspects in drug cases, according to the force's annual report.",
     "The UAE's federal drug law punishes trafficking with long prison terms and, in some cases, death."],
    ["Dubai Metro Blue Line on schedule", "Summer heat: outdoor work ban from June 15", "Eid holidays announced"],
    nav=("Home", "UAE", "Gulf", "World", "Business")), [
    S("captagon", "ARE", ["exact", "approx"], False, P("2025-05-26"), pills=13200000, kg=2200, val=792e6, cur="AED",
      loc=["Jebel Ali", "Al Quoz", "Dubai"]),
    A(6, "ARE", "exact", False, P("2025-05-26")),
    N(1, "ARE", "international", "exact", False),
    A(1420, "ARE", "exact", True, Y24),
    C(["information_exchange", "joint_operation"], ["ARE", "JOR"], ev="coordination", opt=True),
], title="Dubai Police seize 13.2 million Captagon pills hidden in lemon shipment", outlet="Emirates Evening Star",
    date="2025-05-29", fmt="html"))

# ---------------------------------------------------------------- 041 Kuwait GDDC weekly statement (numerals in parentheses)
KW = P("2025-03-31", "2025-04-06", tol=2)
DOCS.append(doc("041_kuwait_gddc_weekly.txt", """Interior Ministry: (12) suspects arrested, (20) kilograms of shabu seized in a week
Kuwait Digest (English service)
Kuwait, Monday 9 Shawwal 1446 AH (7 April 2025)

The General Department for Drug Control at the Ministry of Interior arrested (12) suspects of various nationalities in (9) separate cases during the past week and seized about (20) kilograms of shabu, (150,000) Lyrica capsules and (6) kilograms of heroin, the ministry said in a statement. Weapons and (4,800) Kuwaiti dinars in cash, believed to be proceeds of drug sales, were also seized.

The statement said the largest case involved a (47)-year-old Asian man arrested in Jleeb Al-Shuyoukh with (9) kilograms of shabu.

Separately, the ministry said Kuwait's General Department for Drug Control and Saudi Arabia's General Directorate of Narcotics Control had activated a direct operations link to exchange information on shipments crossing the Nuwaiseeb border in real time, following a meeting of officials of the two agencies in Kuwait City last week.

The ministry urged the public to report drug dealers on the hotline (112).
""", [
    A(12, "KWT", "exact", [True, False], KW),
    S("methamphetamine", "KWT", "approx", [True, False], KW, kg=20),
    S("heroin", "KWT", "exact", [True, False], KW, kg=6),
    S("unspecified", "KWT", pills=150000, opt=True),
    S("methamphetamine", "KWT", "exact", False, KW, kg=9, loc=["Jleeb"]),
    A(1, "KWT", opt=True),
    C("information_exchange", ["KWT", "SAU"], ev="operations link"),
    C("meeting", ["KWT", "SAU"], KW, loc="Kuwait City", ev="meeting of officials"),
], title="Interior Ministry: (12) suspects arrested, (20) kilograms of shabu seized in a week",
    outlet="Kuwait Digest", date="2025-04-07"))

# ---------------------------------------------------------------- 042 Jordan border, coordination with Syria
DOCS.append(doc("042_jordan_border_captagon.txt", """Army foils smuggling attempt on Syrian border, seizes (3.2) million Captagon pills
The Amman Standard
Amman, 2025-06-30

The Jordan Armed Forces-Arab Army said on Sunday that its border guards, in coordination with the Anti-Narcotics Department (AND) and the Syrian authorities, had foiled an attempt to smuggle a large quantity of narcotics across the northeastern border before dawn on Saturday.

Border guards seized (3.2) million Captagon pills and (1,100) palm-sized slabs of hashish after a group of smugglers tried to cross from Syrian territory. Three smugglers were killed and others fled back into Syria, where the Syrian Ministry of Interior said its forces arrested four of them near the village of Khirbet Awad.

A military source said the coordination with the new Syrian authorities had led to (14) joint operations along the border since January.

Separately, the AND said it had arrested (1,812) suspects in (1,130) drug cases since the beginning of the year.
""", [
    S("captagon", "JOR", "exact", False, P("2025-06-28"), pills=3200000),
    S("hashish", "JOR", opt=True),
    A(4, "SYR", "exact", False, P("2025-06-28", tol=1)),
    C("joint_operation", ["JOR", "SYR"], P("2025-06-28"), ev="in coordination with the Anti-Narcotics"),
    C("joint_operation", ["JOR", "SYR"], P("2025-01-01", "2025-06-29", tol=2), count=14, ev="joint operations"),
    A(1812, "JOR", "exact", True, P("2025-01-01", "2025-06-30", tol=1)),
], title="Army foils smuggling attempt on Syrian border, seizes (3.2) million Captagon pills",
    outlet="The Amman Standard", date="2025-06-30"))

# ---------------------------------------------------------------- 043 Syria, Qalamoun Captagon factory (Hijri beside Gregorian)
DOCS.append(doc("043_syria_qalamoun_factory.txt", """Interior Ministry dismantles Captagon factory in Qalamoun, seizes (4.1) million pills
Levant Post
Damascus, Tuesday 12 Sha'ban 1446 AH (11 February 2025)

The General Administration for Combating Narcotics at the Syrian Ministry of Interior said on Monday that its units had dismantled a Captagon factory on a farm near Rankous in the Qalamoun mountains, north of Damascus, on Sunday, seizing (4.1) million Captagon pills and (2) pill-pressing machines.

Five people were arrested at the site, the administration said, adding that the factory had belonged to a network linked to the former regime's Fourth Division.

Since the fall of the former government in December 2024, the new authorities have seized more than 200 million Captagon pills and shut down dozens of production sites, the ministry said. Large quantities of pills have been burned in public ceremonies in Damascus and Homs.

The ministry called on Syrians to report any suspicious activity related to drug manufacturing.
""", [
    N(1, "SYR", q="exact", agg=False, period=P("2025-02-09")),
    S("captagon", "SYR", "exact", False, P("2025-02-09"), pills=4100000, loc=["Rankous", "Qalamoun"]),
    A(5, "SYR", "exact", False, P("2025-02-09")),
    S("captagon", "SYR", "at_least", True, P("2024-12-08", "2025-02-11", tol=7), pills=200000000),
], title="Interior Ministry dismantles Captagon factory in Qalamoun, seizes (4.1) million pills", outlet="Levant Post",
    date="2025-02-11"))

# ---------------------------------------------------------------- 044 Saudi-Pakistan MoU; Hijri year 1446 totals
H1446 = P("2024-07-07", "2025-06-25", tol=2)
DOCS.append(doc("044_saudi_pakistan_mou_1446.txt", """Saudi Arabia, Pakistan sign anti-narcotics MoU; GDNC says 1446 seizures topped 190 million pills
Arabian Peninsula Monitor
Riyadh, 2 Muharram 1447 AH (27 June 2025)

Saudi Arabia's General Directorate of Narcotics Control (GDNC) and Pakistan's Anti-Narcotics Force (ANF) signed a memorandum of understanding in Riyadh on Thursday to step up cooperation against drug trafficking, including the exchange of information on couriers flying between the two countries and joint training.

Pakistani nationals make up a significant share of the foreigners arrested for drug smuggling at Saudi airports, officials said.

Figures released with the signing show that during the Hijri year 1446, which ended on Wednesday, the directorate and its partner agencies seized 193 million amphetamine pills and 41 tonnes of hashish and arrested 21,460 people. Officials said the pill seizures were a third higher than in 1445.

The two sides also agreed to hold the next meeting of their joint committee in Islamabad early next year.
""", [
    C("mou", ["SAU", "PAK"], P("2025-06-26"), loc="Riyadh", ev="memorandum of understanding"),
    S(["captagon", "amphetamine"], "SAU", "exact", True, H1446, pills=193000000),
    S("hashish", "SAU", "exact", True, H1446, kg=41000),
    A(21460, "SAU", "exact", True, H1446),
], title="Saudi Arabia, Pakistan sign anti-narcotics MoU; GDNC says 1446 seizures topped 190 million pills",
    outlet="Arabian Peninsula Monitor", date="2025-06-27"))

# ---------------------------------------------------------------- 045 Qatar Hamad Port; false alarm; GCC meeting
DOCS.append(doc("045_qatar_hamad_gcc_meeting.txt", """Customs foil hashish smuggling attempt at Hamad Port as GCC drug chiefs meet in Doha
The Doha Chronicle
Doha, Thursday 13 November 2025

The General Authority of Customs said its inspectors at Hamad Port had foiled an attempt to smuggle 28.4 kg of hashish hidden inside the spare tyres of two imported vehicles on Monday. The importer, an Arab national, was arrested by the Drug Enforcement Administration of the Ministry of Interior.

In a second case, a white powder found in a container of construction materials and initially suspected to be cocaine was identified by the central laboratory as a harmless cleaning agent.

Meanwhile, the heads of the drug control agencies of the Gulf Cooperation Council states held their 31st meeting in Doha on Tuesday and Wednesday, discussing the exchange of information on Captagon networks and a unified database of traffickers. Delegations from Saudi Arabia, the UAE, Kuwait, Bahrain, Oman and Qatar and the GCC General Secretariat attended.

Qatar's Drug Enforcement Administration arrested 1,146 people in drug cases in 2024, according to the ministry's annual statistics.
""", [
    S("hashish", "QAT", "exact", False, P("2025-11-10"), kg=28.4, loc=["Hamad Port"]),
    A(1, "QAT", "exact", False, P("2025-11-10")),
    C(["meeting", "conference"], ["QAT", "SAU", "ARE", "KWT", "BHR", "OMN", "GCC"], P("2025-11-11", "2025-11-12"),
      loc="Doha", ev="31st meeting"),
    A(1146, "QAT", "exact", True, Y24),
], title="Customs foil hashish smuggling attempt at Hamad Port as GCC drug chiefs meet in Doha",
    outlet="The Doha Chronicle", date="2025-11-13"))


# ---------------------------------------------------------------- 046 JSON-lines wire: title / source_name / published / region / body
def rec(title, source, published, region):
    return {"title": title, "source_name": source, "published": published, "region": region}


W = "046_asia_wire.jsonl"

# 046#1 Mae Sai, independent report of 013 (published the day before 013)
T1 = "Thai troops seize 6 million meth pills, 400 kg of ice near Myanmar border"
DOCS.append(doc(W + "#1", """CHIANG RAI, Thailand - Thai soldiers and narcotics officers seized about 6 million methamphetamine pills and 400 kg of crystal methamphetamine from two vehicles in Mae Sai district early on Tuesday, officials said.

The drugs, valued at an estimated 480 million baht, had been carried across the Sai river from Myanmar's Shan State overnight, according to the army's Pha Muang Task Force. Two Thai men were arrested at the scene; a third man fled.

Thailand's northern border with Shan State is the main entry point for methamphetamine produced in the Golden Triangle. Authorities in East and Southeast Asia seized a record 218 tonnes of methamphetamine in 2024, according to regional figures compiled by the UN Office on Drugs and Crime.
""", [
    S("methamphetamine", "THA", ["approx", "exact"], False, P("2025-03-11"), pills=6000000, loc=["Mae Sai"],
      cluster="tha-maesai-yaba"),
    S("methamphetamine", "THA", ["exact", "approx"], False, P("2025-03-11"), kg=400, loc=["Mae Sai"],
      cluster="tha-maesai-ice"),
    S(["methamphetamine", "mixed", "unspecified"], "THA", "approx", False, P("2025-03-11"), val=480e6, cur="THB"),
    A(2, "THA", "exact", False, P("2025-03-11"), cluster="tha-maesai-arrests"),
    S("methamphetamine", None, "exact", True, Y24, kg=218000),
], title=T1, outlet="Mekong Wire", date="2025-03-11", fmt="jsonl",
    record=rec(T1, "Mekong Wire", "2025-03-11T17:20:00+07:00", "Southeast Asia")))

# 046#2 Lebanon, Bekaa Captagon plant
T2 = "Lebanese army raids Captagon plant in Bekaa, arrests seven"
DOCS.append(doc(W + "#2", """BEIRUT - The Lebanese army said on Wednesday it had raided and dismantled a Captagon production plant in the town of Hour Taala in the Bekaa valley on Tuesday, arresting seven people and seizing 1.2 million pills and three pill presses.

Soldiers also seized rifles, rocket-propelled grenades and three vehicles. One soldier was wounded in an exchange of fire with gunmen who tried to stop the raid.

The army and the Internal Security Forces have stepped up operations in the Bekaa since the start of the year under pressure from Gulf states. The Internal Security Forces said in August that they had arrested 2,640 people for drug offences in the first half of 2025.
""", [
    N(1, "LBN", q="exact", agg=False, period=P("2025-09-23")),
    A(7, "LBN", "exact", False, P("2025-09-23")),
    S("captagon", "LBN", "exact", False, P("2025-09-23"), pills=1200000, loc=["Hour Taala", "Bekaa"]),
    A(2640, "LBN", "exact", True, P("2025-01-01", "2025-06-30")),
], title=T2, outlet="Levant Wire Service", date="2025-09-24", fmt="jsonl",
    record=rec(T2, "Levant Wire Service", "2025-09-24T12:05:00+03:00", "Middle East")))

# 046#3 Kazakhstan darknet ring (tenge)
T3 = "Kazakh police shut down darknet drug ring, seize 210 kg of synthetic drugs"
DOCS.append(doc(W + "#3", """ASTANA - Kazakhstan's Interior Ministry said on Wednesday it had dismantled an organised group that sold synthetic drugs through a darknet marketplace, arresting 27 people in raids in Almaty, Astana and Shymkent on Tuesday and closing two laboratories in Almaty region.

Police seized 210 kg of synthetic drugs, mostly mephedrone and alpha-PVP. The drugs were worth an estimated 6.3 billion tenge on the black market, the ministry said.

The group recruited couriers through social media and paid them in cryptocurrency. Investigators froze crypto wallets holding the equivalent of 480 million tenge.

Kazakhstan has closed 41 drug laboratories since the start of 2025, the ministry said.
""", [
    N(1, "KAZ", q="exact", agg=False, period=P("2025-07-01")),
    N(2, "KAZ", q="exact", agg=False, period=P("2025-07-01")),
    A(27, "KAZ", "exact", False, P("2025-07-01")),
    S(["unspecified", "amphetamine", "mixed"], "KAZ", ["exact", "approx"], False, P("2025-07-01"), kg=210, val=6.3e9,
      cur="KZT"),
    N(41, "KAZ", q="exact", agg=True, period=P("2025-01-01", "2025-07-02", tol=2)),
], title=T3, outlet="Steppe Newswire", date="2025-07-03", fmt="jsonl",
    record=rec(T3, "Steppe Newswire", "2025-07-03T10:00:00+05:00", "Central Asia")))

# 046#4 Malaysia-Thailand joint border patrol
MT = P("2025-10-05", "2025-10-07", tol=2)
T4 = "Malaysian, Thai forces hold joint border patrol; 310 kg of ganja seized in Perlis"
DOCS.append(doc(W + "#4", """KANGAR, Malaysia - Malaysian and Thai security forces carried out a three-day joint patrol along the border between Perlis and Thailand's Satun and Songkhla provinces that ended on Tuesday, the General Operations Force (GOF) said.

During the patrol, Malaysian officers intercepted a lorry in Padang Besar carrying 310 kg of ganja and arrested the driver, a 37-year-old local man. Thai officers seized 45,000 ya ba pills near Sadao and arrested two men.

The GOF commander said the joint patrols, held under the Malaysia-Thailand General Border Committee, would be conducted every quarter. He said cannabis from Thailand, where it was decriminalised in 2022, was increasingly being smuggled into Malaysia.
""", [
    C("joint_operation", ["MYS", "THA"], MT, ev="joint patrol"),
    S("cannabis", "MYS", "exact", False, MT, kg=310, loc=["Padang Besar"]),
    A(1, "MYS", "exact", False, MT),
    S("methamphetamine", "THA", "exact", False, MT, pills=45000, loc=["Sadao"]),
    A(2, "THA", "exact", False, MT),
], title=T4, outlet="Straits Newswire", date="2025-10-09", fmt="jsonl",
    record=rec(T4, "Straits Newswire", "2025-10-09T15:45:00+08:00", "Southeast Asia")))

# 046#5 Azerbaijan State Border Service, Iranian frontier
T5 = "Azerbaijani border guards seize 96 kg of heroin on Iranian frontier"
DOCS.append(doc(W + "#5", """BAKU - Azerbaijan's State Border Service said on Thursday that border guards in Jalilabad district had seized 96 kg of heroin from a group of smugglers who crossed the border from Iran overnight.

One suspect, an Iranian citizen, was detained; two others escaped back across the border. The border guards also recovered a hunting rifle.

According to the State Border Service, 1,820 kg of drugs were seized on the border with Iran in January-November 2025.

The service said it regularly exchanges information on drug smuggling with Iran's border guards under an agreement signed in 2016.
""", [
    S("heroin", "AZE", "exact", False, P("2025-12-04", tol=1), kg=96, loc=["Jalilabad"]),
    A(1, "AZE", "exact", False, P("2025-12-04", tol=1)),
    S(["unspecified", "mixed"], "AZE", "exact", True, P("2025-01-01", "2025-11-30"), kg=1820),
    C("information_exchange", ["AZE", "IRN"], ev="exchanges information", opt=True),
], title=T5, outlet="Caspian Wire", date="2025-12-05", fmt="jsonl",
    record=rec(T5, "Caspian Wire", "2025-12-05T09:30:00+04:00", "Caucasus")))
