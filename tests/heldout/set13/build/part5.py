from common import *

# Part 5: the Gulf, the Levant and North Africa, mostly in translation. Saudi GDNC with a Hijri-only date line and
# figures in parentheses ("(2,416,000)", "(3) Saudi citizens", qat), ZATCA with Arabic-Indic digits ("٤٬٦٠٠٬٠٠٠",
# "(٣) persons") and an execution, Dubai Police with Saudi Arabia (HTML, Dh), a Gulf JSON-lines wire with its own
# field names (hed / org / ts_local / tz / lede / copy: Kuwait KD, Oman, Qatar, a Bahrain court, Jordan's border) and
# a Markdown near-copy of its Oman story, Egypt's per-governorate list (tramadol, "strox", "bango", men killed),
# Libya and Sudan (a range then a final count, SDG), Lebanon (Bekaa factories, airport cocaine) and a GCC meeting
# with a Saudi-Bahrain MoU, a joint Gulf operation and a UNODC course.
DOCS = []

# ---------------------------------------------------------------- 060 Saudi GDNC, Hijri-only date line, figures in parentheses
DOCS.append(doc("060_gdnc_pomegranates_jazan.txt", """GDNC thwarts smuggling of (2,416,000) amphetamine pills hidden in pomegranate shipment
Riyadh Daily Digest (English)
Riyadh, 15 Ramadan 1446 AH

The General Directorate of Narcotics Control (GDNC) announced that it had thwarted an attempt to smuggle (2,416,000) amphetamine pills hidden in a shipment of pomegranates arriving through Al-Batha port, in coordination with the Zakat, Tax and Customs Authority.

The receivers of the shipment, (3) Saudi citizens and (2) residents of Syrian nationality, were arrested in Riyadh region, the GDNC's official spokesman said. Legal measures were taken against the five, and they were referred to the Public Prosecution.

Meanwhile, land patrols of the Border Guard in the Jazan region thwarted an attempt to smuggle (250) kilograms of qat and (41) kilograms of hashish, and arrested (4) Ethiopian infiltrators. Initial legal measures were taken against them and the seized items were handed over to the competent authority.

Security authorities urge the public to report drug smuggling or promotion by calling 911 in the Makkah, Riyadh and Eastern regions and 999 in the other regions. This statement was issued on Saturday, 15 March 2025.
""", [
    S(["captagon", "amphetamine"], "SAU", "exact", False, pills=2416000, loc=["Al-Batha", "Al Batha"]),
    A(5, "SAU", "exact", False),
    A(3, "SAU", opt=True),
    A(2, "SAU", opt=True),
    S("unspecified", "SAU", kg=250, opt=True),
    S("hashish", "SAU", "exact", False, kg=41, loc=["Jazan"]),
    A(4, "SAU", "exact", False),
], title="GDNC thwarts smuggling of (2,416,000) amphetamine pills hidden in pomegranate shipment",
    outlet="Riyadh Daily Digest", date="2025-03-15"))

# ---------------------------------------------------------------- 061 ZATCA Al-Haditha, Arabic-Indic digits, execution (trap)
DOCS.append(doc("061_zatca_haditha_arabic_digits.txt", """ZATCA foils smuggling of 4.6 million amphetamine pills at Al-Haditha crossing
Najd Gazette
Riyadh, Sunday, 8 Shawwal 1446 AH (6 April 2025)

The Zakat, Tax and Customs Authority (ZATCA) announced that it had thwarted an attempt to smuggle ٤٬٦٠٠٬٠٠٠ (4,600,000) amphetamine pills found hidden in the chassis of a truck arriving through the Al-Haditha port.

The Authority said it had coordinated with the General Directorate of Narcotics Control to arrest the recipients of the shipment inside the Kingdom, and (٣) persons were arrested.

The Authority added that its land ports had recorded (٩٨٤) seizures of prohibited and restricted goods during the past week, and it renewed its call on the public to report smuggling, offering financial rewards for information that proves correct.

Separately, the Ministry of Interior announced that the death penalty was carried out on Saturday in the Al-Jouf region against a Jordanian national convicted of smuggling amphetamine pills into the Kingdom.
""", [
    S(["captagon", "amphetamine"], "SAU", "exact", False, pills=4600000, loc=["Al-Haditha", "Al Haditha"]),
    A(3, "SAU", "exact", False),
], title="ZATCA foils smuggling of 4.6 million amphetamine pills at Al-Haditha crossing", outlet="Najd Gazette",
    date="2025-04-06"))

# ---------------------------------------------------------------- 062 Dubai Police with Saudi GDNC (HTML, Dh + US$)
DOCS.append(doc("062_dubai_police_lemons_captagon.html", html_page(
    "Dubai Police seize 3.2 million Captagon pills hidden in lemons; nine arrested in UAE and Saudi Arabia",
    "Emirates Evening Star", "2025-09-09T10:00:00+04:00", "Staff reporter | Dubai | Tuesday 9 September 2025",
    ["Dubai Police have seized 3.2 million Captagon pills weighing 540 kilograms hidden inside a shipment of lemons at a warehouse in Al Qusais on Saturday, and arrested six members of an international gang, the force said on Tuesday.",
     "The pills are worth Dh96 million (about $26 million), according to Brigadier Khalid Al Shamsi, director of the General Department of Anti-Narcotics.",
     "The operation, code-named Sour Harvest, was carried out jointly with Saudi Arabia's General Directorate of Narcotics Control (GDNC), which arrested three more members of the gang in Riyadh on the same day. Police said the gang had been dismantled.",
     "Dubai Police's anti-narcotics department has seized 4.8 tonnes of drugs and arrested 1,212 suspects since the beginning of the year, Brig Al Shamsi said.",
     "Members of the public can report drug dealing anonymously through the force's app or by calling 901."],
    ["Salik adds two new toll gates", "Dubai Metro Blue Line works begin", "UAE weather: humid start to the week"],
    nav=("Home", "UAE", "Gulf", "Business", "Sport")), [
    S("captagon", "ARE", "exact", False, P("2025-09-06"), pills=3200000, kg=540, val=96e6, cur="AED",
      loc=["Al Qusais"], cluster="are-sourharvest-captagon"),
    S("captagon", "ARE", pills=3200000, kg=540, val=26e6, cur="USD", opt=True),
    A(6, "ARE", "exact", False, P("2025-09-06"), cluster="are-sourharvest-arrests"),
    A(3, "SAU", "exact", False, P("2025-09-06"), cluster="sau-sourharvest-arrests"),
    A(9, ["ARE", "SAU", None], opt=True),
    C("joint_operation", ["ARE", "SAU"], P("2025-09-06", tol=1), ev="Sour Harvest", cluster="are-sau-sourharvest"),
    N(1, "ARE", "international", "exact", False, P("2025-09-06", tol=1)),
    S(["unspecified", "mixed"], "ARE", "exact", True, P("2025-01-01", "2025-09-09", tol=1), kg=4800),
    A(1212, "ARE", "exact", True, P("2025-01-01", "2025-09-09", tol=1)),
], title="Dubai Police seize 3.2 million Captagon pills hidden in lemons; nine arrested in UAE and Saudi Arabia",
    outlet="Emirates Evening Star", date="2025-09-09", fmt="html"))

# ---------------------------------------------------------------- 063 Gulf JSON-lines wire
GW = "063_gulf_wire.jsonl"


def gw(hed, ts, tz, lede):
    return {"hed": hed, "org": "Gulf Newsline", "ts_local": ts, "tz": tz, "lede": lede}


H = "Kuwait arrests five, seizes shabu, hashish and Lyrica worth KD 1.5 million"
d = doc(GW + "#1", """KUWAIT CITY - The Interior Ministry's General Directorate for Drug Control arrested five people, including two Asian residents, and seized 25 kilograms of crystal methamphetamine (shabu), 40 kilograms of hashish and 100,000 Lyrica capsules in raids in Jleeb Al-Shuyoukh and Sabah Al-Salem on Monday, the ministry said.

The seized drugs are worth about KD 1.5 million on the local market, a security source said. The suspects and the drugs were referred to the competent authorities.

The ministry said the raids followed weeks of surveillance of a network that imported the drugs by sea and distributed them through delivery drivers.
""", [
    A(5, "KWT", "exact", False, P("2025-04-07")),
    A(2, "KWT", opt=True),
    S("methamphetamine", "KWT", "exact", False, P("2025-04-07"), kg=25, loc=["Jleeb Al-Shuyoukh", "Sabah Al-Salem"]),
    S("hashish", "KWT", "exact", False, P("2025-04-07"), kg=40, loc=["Jleeb Al-Shuyoukh", "Sabah Al-Salem"]),
    S("unspecified", "KWT", pills=100000, opt=True),
    S(["mixed", "unspecified"], "KWT", "approx", False, P("2025-04-07"), val=1.5e6, cur="KWD"),
], title=H, outlet="Gulf Newsline", date="2025-04-09", fmt="jsonl",
    record=gw(H, "2025-04-09 11:30", "+03:00", "Raids in Jleeb Al-Shuyoukh and Sabah Al-Salem."))
d["body_key"] = "copy"
DOCS.append(d)

H = "Royal Oman Police intercept boat with 2.2 tonnes of hashish off Al Wusta"
d = doc(GW + "#2", """MUSCAT - The Royal Oman Police (ROP) coast guard intercepted a boat carrying 2,200 kilograms of hashish and 17 kilograms of crystal methamphetamine in the waters of Al Wusta Governorate on Sunday, and arrested four infiltrators of an Asian nationality, the ROP said.

Legal procedures against the suspects have been completed, it said in a statement.

The ROP said separately that its coast guard had also intercepted 11 infiltrators trying to enter the Sultanate illegally by sea off Musandam. It urged citizens and residents not to deal with infiltrators.
""", [
    S("hashish", "OMN", "exact", False, P("2025-06-15"), kg=2200, loc=["Al Wusta"], cluster="omn-wusta-hashish"),
    S("methamphetamine", "OMN", "exact", False, P("2025-06-15"), kg=17, loc=["Al Wusta"], cluster="omn-wusta-meth"),
    A(4, "OMN", "exact", False, P("2025-06-15"), cluster="omn-wusta-arrests"),
], title=H, outlet="Gulf Newsline", date="2025-06-17", fmt="jsonl",
    record=gw(H, "2025-06-17 08:05", "+04:00", "Four infiltrators held."))
d["body_key"] = "copy"
DOCS.append(d)

H = "Qatar customs foil hashish smuggling at Hamad Port, marijuana at airport"
d = doc(GW + "#3", """DOHA - The General Authority of Customs said its inspectors at Hamad Port thwarted an attempt to smuggle 182 kilograms of hashish hidden inside the spare tyres of used cars in a container on Tuesday.

At Hamad International Airport, customs officers found 6.2 kilograms of marijuana in the luggage of an arriving passenger on Sunday, the authority said, publishing photographs of the seizures on social media.

The authority said it uses the latest inspection devices and trained dogs, and called on travellers not to try to smuggle prohibited substances into the country.
""", [
    S("hashish", "QAT", "exact", False, P("2025-07-29"), kg=182, loc=["Hamad Port"]),
    S("cannabis", "QAT", "exact", False, P("2025-07-27"), kg=6.2, loc=["Hamad International Airport"]),
], title=H, outlet="Gulf Newsline", date="2025-07-30", fmt="jsonl",
    record=gw(H, "2025-07-30 13:10", "+03:00", "Hashish in spare tyres; marijuana in a suitcase."))
d["body_key"] = "copy"
DOCS.append(d)

H = "Bahrain court jails five over hashish smuggled by sea"
d = doc(GW + "#4", """MANAMA - The High Criminal Court on Tuesday sentenced three Asian men to life imprisonment and two Bahrainis to 10 years in prison each for smuggling 87 kilograms of hashish into the kingdom by sea.

The court also fined each of the five BD 5,000 and ordered the deportation of the three Asians after they serve their sentences.

The five were arrested by the Coast Guard in January off Sitra, where the hashish was found in a fishing boat, the Public Prosecution said. A sixth defendant was acquitted.
""", [
    SEN("life", 3, "BHR", "exact", False, P("2025-10-21")),
    SEN("prison", 2, "BHR", "exact", False, P("2025-10-21")),
    S("hashish", "BHR", "exact", False, P("2025-01-01", "2025-01-31"), kg=87, loc=["Sitra"]),
    A(5, "BHR", "exact", False, P("2025-01-01", "2025-01-31")),
], title=H, outlet="Gulf Newsline", date="2025-10-22", fmt="jsonl",
    record=gw(H, "2025-10-22 17:45", "+03:00", "Three life terms and two 10-year terms."))
d["body_key"] = "copy"
DOCS.append(d)

H = "Jordan army kills four smugglers on Syrian border, seizes 1.2 million Captagon pills"
d = doc(GW + "#5", """AMMAN - Jordanian troops on the northern border killed four smugglers and seized 1.2 million Captagon pills and 480 palms of hashish at dawn on Sunday, the Jordan Armed Forces said. Other members of the group fled back into Syrian territory.

The army said it would continue to deal firmly with any attempt to threaten the security of the border.

Separately, the Public Security Directorate's Anti-Narcotics Department said it had arrested 23 suspected drug dealers in Amman, Zarqa and Irbid over the past week and seized quantities of hashish, Captagon pills and crystal meth.
""", [
    S("captagon", "JOR", "exact", False, P("2025-12-07"), pills=1200000),
    S("hashish", "JOR", opt=True),
    A(23, "JOR", "exact", [True, False], P("2025-12-01", "2025-12-07", tol=2)),
], title=H, outlet="Gulf Newsline", date="2025-12-08", fmt="jsonl",
    record=gw(H, "2025-12-08 09:20", "+03:00", "Four smugglers killed at dawn on Sunday."))
d["body_key"] = "copy"
DOCS.append(d)

# ---------------------------------------------------------------- 064 Markdown near-copy of 063#2
DOCS.append(doc("064_gulf_tides_oman_hashish.md", """# ROP coast guard seizes 2.2 tonnes of hashish, arrests four infiltrators

*Gulf Tides Weekly* · 18 June 2025

**MUSCAT** — A boat carrying 2,200 kilograms of hashish and 17 kilograms of crystal methamphetamine was intercepted by the coast guard of the Royal Oman Police (ROP) in the waters of Al Wusta Governorate on Sunday.

Four infiltrators of an Asian nationality on board were arrested, and legal procedures against them have been completed, the ROP said in a statement.

The ROP also urged citizens and residents not to deal with infiltrators and to report any suspicious boats along the coast.

*Source: Gulf Newsline*
""", [
    S("hashish", "OMN", "exact", False, P("2025-06-15"), kg=2200, loc=["Al Wusta"], cluster="omn-wusta-hashish"),
    S("methamphetamine", "OMN", "exact", False, P("2025-06-15"), kg=17, loc=["Al Wusta"], cluster="omn-wusta-meth"),
    A(4, "OMN", "exact", False, P("2025-06-15"), cluster="omn-wusta-arrests"),
], title="ROP coast guard seizes 2.2 tonnes of hashish, arrests four infiltrators", outlet="Gulf Tides Weekly",
    date="2025-06-18", dup=GW + "#2"))

# ---------------------------------------------------------------- 065 Egypt: per-governorate list under "on Wednesday"
NOV12 = P("2025-11-12")
DOCS.append(doc("065_egypt_governorates_crackdown.txt", """Interior Ministry: drugs worth EGP 180 million seized, 52 suspects arrested in several governorates
Nile Morning Chronicle
Cairo, Thursday, 13 November 2025

Security efforts by the General Administration for Combating Narcotics and the security directorates resulted on Wednesday in the arrest of 52 criminal elements and the seizure of drugs worth EGP 180 million in several governorates, the Ministry of Interior said in a statement. The most important seizures were:

- Port Said: 3 million tramadol pills hidden in a container of textiles arriving from India;
- Giza: 1.4 tonnes of hashish in a truck on the Cairo-Alexandria desert road;
- Qalyubia: 12 kilograms of heroin and 6 kilograms of "strox" (a synthetic cannabinoid);
- Aswan: 2 tonnes of bango (cannabis) in a farm warehouse, where three criminal elements were killed in an exchange of fire with the police.

The ministry said legal measures had been taken and the Public Prosecution had been notified. It stressed that it would continue its efforts to pursue drug dealers and dry up the sources of supply.
""", [
    A(52, "EGY", "exact", [False, True], NOV12),
    S("tramadol", "EGY", "exact", False, NOV12, pills=3000000, loc=["Port Said"]),
    S("hashish", "EGY", "exact", False, NOV12, kg=1400, loc=["Giza"]),
    S("heroin", "EGY", "exact", False, NOV12, kg=12, loc=["Qalyubia"]),
    S("unspecified", "EGY", kg=6, opt=True),
    S("cannabis", "EGY", "exact", False, NOV12, kg=2000, loc=["Aswan"]),
    S(["mixed", "unspecified"], "EGY", "exact", [False, True], NOV12, val=180e6, cur="EGP"),
], title="Interior Ministry: drugs worth EGP 180 million seized, 52 suspects arrested in several governorates",
    outlet="Nile Morning Chronicle", date="2025-11-13"))

# ---------------------------------------------------------------- 066 Libya (range then final count) and Sudan (bango, SDG)
DOCS.append(doc("066_libya_sudan_tramadol_bango.txt", """Libyan coast guard finds over 4 million tramadol pills in Tobruk; Sudanese customs seize 'bango'
Maghreb & Sahel Review
Tripoli, 28 January 2025

Libya: The coast guard and the anti-narcotics agency in Tobruk seized a consignment of tramadol pills hidden in a shipment of tiles on a cargo ship in Tobruk port on Sunday. Initial estimates put the haul at between 4 and 4.5 million pills; a final count completed on Monday gave 4,216,000 pills, the agency said. The ship's captain and an engineer were arrested.

Sudan: Customs officers in Port Sudan seized 3.5 tonnes of bango, a locally grown cannabis, hidden under sacks of sorghum in a lorry arriving from the west of the country on Monday, and arrested the driver. The customs authority put the value of the bango at 2.1 billion Sudanese pounds.

Officials in both countries say the conflict in Sudan and the weak control of Libya's borders have opened new routes for drug trafficking across the Sahara.
""", [
    S("tramadol", "LBY", "exact", False, P("2025-01-26"), pills=4216000, loc=["Tobruk"]),
    S("tramadol", "LBY", opt=True),
    A(2, "LBY", "exact", False, P("2025-01-26")),
    S("cannabis", "SDN", "exact", False, P("2025-01-27"), kg=3500, val=2.1e9, cur="SDG", loc=["Port Sudan"]),
    A(1, "SDN", "exact", False, P("2025-01-27")),
], title="Libyan coast guard finds over 4 million tramadol pills in Tobruk; Sudanese customs seize 'bango'",
    outlet="Maghreb & Sahel Review", date="2025-01-28"))

# ---------------------------------------------------------------- 067 Lebanon: two Captagon factories, airport cocaine
DOCS.append(doc("067_lebanon_bekaa_factories.txt", """Lebanese army dismantles two Captagon factories in Hermel; airport police find 27 kg of cocaine
Cedar Morning Post
Beirut, 23 April 2025

Lebanese army units raided two factories producing Captagon pills in the Hermel area of the Bekaa on Tuesday, dismantling them and seizing 1.6 million Captagon pills, two pill presses and 400 kilograms of raw materials used to make the pills, the army said in a statement.

Three people were arrested at the factories. A wanted man who opened fire on the patrol was killed in the exchange of fire, the army said.

Meanwhile, the Internal Security Forces (ISF) at Rafic Hariri International Airport arrested a passenger arriving from São Paulo via Addis Ababa on Monday after finding 27 kilograms of cocaine in the lining of his suitcases.

The army said it was the third raid on Captagon factories in the Bekaa this year.
""", [
    N(2, "LBN", q="exact", agg=False, period=P("2025-04-22")),
    S("captagon", "LBN", "exact", False, P("2025-04-22"), pills=1600000, loc=["Hermel", "Bekaa"]),
    S("precursors", "LBN", "exact", False, P("2025-04-22"), kg=400, loc=["Hermel", "Bekaa"]),
    A(3, "LBN", "exact", False, P("2025-04-22")),
    S("cocaine", "LBN", "exact", False, P("2025-04-21"), kg=27, loc=["Rafic Hariri", "airport"]),
    A(1, "LBN", "exact", False, P("2025-04-21")),
], title="Lebanese army dismantles two Captagon factories in Hermel; airport police find 27 kg of cocaine",
    outlet="Cedar Morning Post", date="2025-04-23"))

# ---------------------------------------------------------------- 068 GCC chiefs in Doha, Saudi-Bahrain MoU, joint operation, UNODC course
GCC6 = ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"]
DOCS.append(doc("068_gcc_doha_meeting.txt", """Gulf drug control chiefs meet in Doha; Saudi Arabia and Bahrain sign anti-narcotics MoU
Gulf Cooperation Review
Doha, 26 May 2025 (Monday)

The heads of the anti-narcotics agencies of Saudi Arabia, the UAE, Kuwait, Qatar, Bahrain and Oman met in Doha on Sunday and Monday to review cooperation against drug smuggling in the region.

On the sidelines, Saudi Arabia and Bahrain signed a memorandum of understanding on exchanging information about smuggling networks and on the extradition of wanted persons.

The meeting reviewed the results of a joint operation by the six states, Gulf Shield 3, carried out in March, in which 9.4 tonnes of drugs were seized and 880 people arrested. The chiefs agreed to hold the next meeting in Kuwait in 2026.

Meanwhile, the United Nations Office on Drugs and Crime (UNODC) concluded a five-day training course in Muscat on Thursday for 30 Omani and Qatari customs officers on the profiling of high-risk containers.
""", [
    C(["meeting", "conference"], GCC6, P("2025-05-25", "2025-05-26"), loc="Doha", ev="met in Doha"),
    C("mou", ["SAU", "BHR"], P("2025-05-25", "2025-05-26", tol=1), loc="Doha", ev="memorandum"),
    C("joint_operation", GCC6, P("2025-03-01", "2025-03-31"), ev="Gulf Shield"),
    S(["unspecified", "mixed"], None, "exact", True, P("2025-03-01", "2025-03-31"), kg=9400),
    A(880, None, "exact", True, P("2025-03-01", "2025-03-31")),
    C("training", ["UNODC", "OMN", "QAT"], P("2025-05-18", "2025-05-22", tol=1), loc="Muscat", ev="course"),
], title="Gulf drug control chiefs meet in Doha; Saudi Arabia and Bahrain sign anti-narcotics MoU",
    outlet="Gulf Cooperation Review", date="2025-05-26"))
