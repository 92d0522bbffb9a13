from common import *

DOCS = []

# ---------------------------------------------------------------- 030 Iraq ministry statement (Arabic-Indic digits, Hijri)
IRQ_OP = """The General Directorate for Narcotics and Psychotropic Substances Affairs announces that its detachments in Anbar province, in a qualitative operation carried out yesterday, Saturday, on the road near al-Qaim district, seized (١٬٢٥٠٬٠٠٠) one million two hundred and fifty thousand Captagon pills and (٣٢) thirty-two kilograms of crystal narcotic substance, and arrested (٧) seven accused persons, among them a foreign national, in coordination with the Anbar police command."""
IRQ_FEB = """The Directorate also announces its results for the month of February 2025, as follows:
- Arrest of (١٤٥٢) accused persons on charges of trafficking and abuse.
- Seizure of (٢١٤٠) kilograms of various narcotic substances.
- Dismantling of (١٩) drug trafficking networks, (٦) of them international."""
IRQ_HOTLINE = """The Directorate calls on citizens to report any information on drug dealers and abusers via the free hotline (178), stressing that the identity of informants will be kept strictly confidential."""
FEB = P("2025-02-01", "2025-02-28")
IRQ_FACTS = lambda: [
    S("captagon", "IRQ", "exact", False, P("2025-03-08"), pills=1250000, loc=["Qaim", "Anbar"], cluster="irq-qaim-captagon"),
    S("methamphetamine", "IRQ", "exact", False, P("2025-03-08"), kg=32, loc=["Qaim", "Anbar"], cluster="irq-qaim-crystal"),
    A(7, "IRQ", "exact", False, P("2025-03-08"), cluster="irq-qaim-arrests"),
    A(1452, "IRQ", "exact", True, FEB, cluster="irq-feb-arrests"),
    S(["mixed", "unspecified"], "IRQ", "exact", True, FEB, kg=2140, cluster="irq-feb-kg"),
    N(19, "IRQ", None, "exact", True, FEB, cluster="irq-feb-networks"),
    N(6, "IRQ", "international", "exact", True, FEB, cluster="irq-feb-networks-intl"),
]
DOCS.append(doc("030_iraq_narcotics_statement.txt", """Republic of Iraq - Ministry of Interior
General Directorate for Narcotics and Psychotropic Substances Affairs
Statement (translated from Arabic)
Sunday, 9 Ramadan 1446 AH, corresponding to 9 March 2025

""" + IRQ_OP + "\n\n" + IRQ_FEB + "\n\n" + IRQ_HOTLINE + "\n", IRQ_FACTS(), date="2025-03-09"))

# ---------------------------------------------------------------- 032 Iran Sistan (Persian digits, Solar Hijri)
DOCS.append(doc("032_iran_sistan_opium.txt", """Police seize over a tonne of opium in Sistan and Baluchestan
Tehran, Saturday 18 Esfand 1403 (8 March 2025) - Iran Press Digest (translated from Persian)

The police chief of Sistan and Baluchestan province said on Saturday that police seized ۱ ton and ۲۵۰ kilograms (1,250 kg) of opium on Thursday (16 Esfand) after a clash with armed smugglers on the Saravan-Khash road.

Two smugglers were arrested and two vehicles were confiscated, he said, adding that the seized opium was worth an estimated ۱,۲۰۰ billion rials.

He said that in the first eleven months of the current Iranian year 1403, police in the province seized ۴۱۲ tons of narcotics, ۱۸ percent more than in the same period of the previous year.

Sistan and Baluchestan, which borders Afghanistan and Pakistan, is the main entry point for opiates smuggled into Iran. Police officers are frequently killed in clashes with heavily armed trafficking gangs in the province.
""", [
    S("opium", "IRN", ["exact", "approx"], False, P("2025-03-06"), kg=1250, val=1.2e12, cur="IRR", loc=["Saravan", "Khash", "Sistan"]),
    A(2, "IRN", "exact", False, P("2025-03-06")),
    S("unspecified", "IRN", "exact", True, P("2024-03-20", "2025-02-18", tol=1), kg=412000, loc=["Sistan"]),
], title="Police seize over a tonne of opium in Sistan and Baluchestan", outlet="Iran Press Digest", date="2025-03-08"))

# ---------------------------------------------------------------- 033 Iran annual, Iranian year 1403
Y1403 = P("2024-03-20", "2025-03-20", tol=1)
DOCS.append(doc("033_iran_year_1403.txt", """Iran seized about 1,050 tons of drugs in year 1403: DCHQ
Tehran, Tuesday 12 Farvardin 1404 (1 April 2025) | Iran Press Digest

Iranian law enforcement forces seized about 1,050 tons of various narcotics, including opium, hashish, heroin and methamphetamine, in the Iranian year 1403, which ended on March 20, the Drug Control Headquarters (DCHQ) said in its annual report.

Breakdown by substance:
- Opium: 820 tons
- Hashish: 95 tons
- Methamphetamine (shisheh): 40 tons
- Heroin: 23 tons

Police also arrested 268,000 drug traffickers and dismantled 2,350 trafficking gangs during the year, the report said.

Since the 1979 revolution, nearly 4,000 Iranian police officers have been killed in clashes with drug traffickers, according to official figures. Iranian officials regularly complain that the country receives little international support for its fight against drugs coming from Afghanistan.
""", [
    S("mixed", "IRN", "approx", True, Y1403, kg=1050000),
    S("opium", "IRN", "exact", True, Y1403, kg=820000),
    S("hashish", "IRN", "exact", True, Y1403, kg=95000),
    S("methamphetamine", "IRN", "exact", True, Y1403, kg=40000),
    S("heroin", "IRN", "exact", True, Y1403, kg=23000),
    A(268000, "IRN", "exact", True, Y1403),
    N(2350, "IRN", None, "exact", True, Y1403),
], title="Iran seized about 1,050 tons of drugs in year 1403: DCHQ", outlet="Iran Press Digest", date="2025-04-01"))

# ---------------------------------------------------------------- 034 Saudi Arabia (SPA)
DOCS.append(doc("034_saudi_haditha.txt", """GDNC foils smuggling of 1.87 million amphetamine pills at Al-Haditha port
Riyadh, Ramadan 12, 1446 AH, March 12, 2025, SPA - Saudi Press Agency

The General Directorate of Narcotics Control (GDNC), in coordination with the Zakat, Tax and Customs Authority (ZATCA), foiled an attempt to smuggle (1,870,000) amphetamine pills hidden in a shipment of pomegranates arriving through the Al-Haditha port.

Follow-up of the shipment's recipients inside the Kingdom led to the arrest of two residents of Syrian nationality in Riyadh. Initial legal procedures were taken against them, and they were referred to the Public Prosecution.

The security authorities urge everyone to report any information related to drug smuggling or promotion by calling 911 in the regions of Makkah, Riyadh and the Eastern Province, and 999 in the rest of the Kingdom's regions, or by contacting the General Directorate of Narcotics Control at 995 or by email at 995@gdnc.gov.sa. All reports are treated with complete confidentiality.
""", [
    S(["amphetamine", "captagon"], "SAU", "exact", False, pills=1870000, loc=["Haditha"]),
    A(2, "SAU", "exact", False),
], title="GDNC foils smuggling of 1.87 million amphetamine pills at Al-Haditha port", outlet=optv("Saudi Press Agency"), date="2025-03-12"))

# ---------------------------------------------------------------- 035 UAE Dubai
DOCS.append(doc("035_uae_dubai_captagon.txt", """Dubai Police seize 5.7 million Captagon pills, bust international gang
Sunday, 6 April 2025 | Dubai | Gulf Bulletin

DUBAI - Dubai Police have seized 5.7 million Captagon pills weighing 1,140 kilograms, with a street value of AED 342 million, and arrested seven members of an international gang, the force said in a statement.

The pills were hidden inside the hollow steel rollers of industrial printing machinery that arrived at Jebel Ali port, according to the director of the General Department of Anti-Narcotics. The gang, whose members hold Arab nationalities, planned to re-export the drugs to another country in the region.

The gang had been dismantled, he said, after months of monitoring its members' movements and financial transactions.

Dubai Police said it would continue to work with local and international partners to prevent the UAE from being used as a transit point for drugs.
""", [
    S("captagon", "ARE", "exact", False, kg=1140, pills=5700000, val=342e6, cur="AED", loc=["Jebel Ali"]),
    A(7, "ARE", "exact", False),
    N(1, "ARE", "international", "exact", False),
], title="Dubai Police seize 5.7 million Captagon pills, bust international gang", outlet="Gulf Bulletin", date="2025-04-06"))

# ---------------------------------------------------------------- 036 Kuwait (KUNA)
DOCS.append(doc("036_kuwait_kuna.txt", """Kuwait seizes crystal meth, heroin and Captagon; two held
20/03/2025 | Kuwait News Agency (KUNA)

KUWAIT, March 20 (KUNA) -- Kuwait's Ministry of Interior said on Thursday that the General Department for Drug Control seized 14 kilograms of crystal methamphetamine (shabu), 5 kilograms of heroin and 30,000 Captagon pills in a raid on a house in Jleeb Al-Shuyoukh.

Two suspects, a Kuwaiti and an Iranian, were arrested at the house and referred to the competent authorities along with the seized items, the ministry said in a statement.

The ministry renewed its call on citizens and residents to report drug-related activity through its hotline 112, affirming that it will spare no effort in confronting the scourge of drugs. (end)
""", [
    S("methamphetamine", "KWT", "exact", False, kg=14, loc=["Jleeb"]),
    S("heroin", "KWT", "exact", False, kg=5, loc=["Jleeb"]),
    S("captagon", "KWT", "exact", False, pills=30000, loc=["Jleeb"]),
    A(2, "KWT", "exact", False),
], title="Kuwait seizes crystal meth, heroin and Captagon; two held", outlet=optv("Kuwait News Agency (KUNA)"), date="2025-03-20"))

# ---------------------------------------------------------------- 037 Qatar
DOCS.append(doc("037_qatar_jordan_mou.txt", """Qatar, Jordan sign MoU on combating narcotics
3 Feb 2025 | Doha | Doha Observer

DOHA - Qatar and Jordan on Monday signed a memorandum of understanding on cooperation in combating illicit trafficking in narcotic drugs and psychotropic substances. The MoU was signed in Doha by senior officials of Qatar's Ministry of Interior and Jordan's Public Security Directorate.

Meanwhile, the General Authority of Customs said its inspectors at Hamad International Airport had thwarted an attempt to smuggle 3.5 kg of marijuana hidden in a traveller's luggage.

The authority said it recorded 1,850 seizure cases of various prohibited items in 2024, and that new X-ray scanners and trained sniffer dogs had improved detection rates.
""", [
    C("mou", ["QAT", "JOR"], P("2025-02-03"), loc=["Doha"]),
    S("cannabis", "QAT", "exact", False, kg=3.5, loc=["Hamad"]),
], title="Qatar, Jordan sign MoU on combating narcotics", outlet="Doha Observer", date="2025-02-03"))

# ---------------------------------------------------------------- 038 Oman
DOCS.append(doc("038_oman_coast_guard.txt", """ROP Coast Guard intercepts boat laden with hashish and crystal meth
Muscat, 2025-08-19 | Muscat Morning

MUSCAT - The Coast Guard Police of the Royal Oman Police (ROP) intercepted a boat off the coast of North Al Batinah Governorate yesterday and seized 1,500 kilograms of hashish and between 200 and 250 kilograms of crystal meth, the ROP said in a statement.

Three infiltrators of Asian nationality who were on board were arrested, and legal procedures are being completed against them, the statement said.

The ROP said the boat had been tracked by patrol vessels after it entered Omani territorial waters without lights.
""", [
    S("hashish", "OMN", "exact", False, P("2025-08-18"), kg=1500, loc=["Batinah"]),
    S("methamphetamine", opt=True),
    A(3, "OMN", "exact", False, P("2025-08-18")),
], title="ROP Coast Guard intercepts boat laden with hashish and crystal meth", outlet="Muscat Morning", date="2025-08-19"))

# ---------------------------------------------------------------- 039 Jordan
DOCS.append(doc("039_jordan_border.txt", """Jordanian army foils smuggling attempt on Syrian border, kills three
Amman, Jan 19, 2025 | Amman Post

AMMAN - The Jordanian Armed Forces-Arab Army said that its Eastern Military Zone foiled, at dawn on Sunday, an attempt to infiltrate and smuggle large quantities of narcotics from Syrian territory into the Kingdom.

Border guards applied the rules of engagement, killing three smugglers, while the rest fled back into Syrian territory. No arrests were made.

A search of the area found 1.2 million Captagon pills and 850 palm-sized slabs of hashish, which were handed over to the competent authorities, a military source said.

The army said it would deal firmly with any attempt to undermine the security of the border.
""", [
    S("captagon", "JOR", "exact", False, P("2025-01-19"), pills=1200000),
    S("hashish", opt=True),
], title="Jordanian army foils smuggling attempt on Syrian border, kills three", outlet="Amman Post", date="2025-01-19"))

# ---------------------------------------------------------------- 040 Syria / Lebanon
DOCS.append(doc("040_syria_qalamoun_factory.txt", """Syria raids Captagon factory in Qalamoun; interior ministers meet in Beirut
Saturday, 5 July 2025 | Levant Monitor

DAMASCUS - Syrian security forces dismantled a Captagon factory in the Qalamoun mountains near the Lebanese border on Friday, seizing about 4 million pills ready for shipment along with half a tonne of hashish, the Interior Ministry said. The factory's owner was arrested.

The raid came a day after Syria's interior minister met his Lebanese counterpart in Beirut, where the two sides discussed border control and agreed to form a joint committee to combat smuggling. The committee is expected to hold its first session next month.

Syria's new authorities have announced a string of raids on Captagon production sites since the fall of the former government, which the United States and Britain accused of profiting from the trade.
""", [
    S("captagon", "SYR", "approx", False, P("2025-07-04"), pills=4000000, loc=["Qalamoun"]),
    S("hashish", "SYR", ["exact", "approx"], False, P("2025-07-04"), kg=500, loc=["Qalamoun"]),
    N(1, "SYR", None, "exact", False, P("2025-07-04")),
    A(1, "SYR", "exact", False, P("2025-07-04")),
    C("meeting", ["SYR", "LBN"], P("2025-07-03"), loc=["Beirut"]),
], title="Syria raids Captagon factory in Qalamoun; interior ministers meet in Beirut", outlet="Levant Monitor", date="2025-07-05"))
