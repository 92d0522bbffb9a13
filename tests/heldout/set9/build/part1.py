from common import *

DOCS = []

# ---------------------------------------------------------------- 001 Iran, first quarter of 1404, Persian digits, list
IRN_Q1 = P("2025-03-21", "2025-06-21", tol=1)
DOCS.append(doc("001_iran_police_q1_1404.txt", """Anti-Narcotics Police: over 139 tonnes of drugs seized in first quarter of 1404
Tehran Dispatch | Translated from the Persian service
Monday, 2 Tir 1404 (23 June 2025)

The commander of the Anti-Narcotics Police of the Islamic Republic of Iran, Brigadier General Majid Karimi-Far, announced on Monday that police units across the country seized more than ۱۳۹ tonnes of narcotics in the first three months of the Iranian year 1404.

Speaking at a press conference in Tehran, he said the haul comprised:

- opium: ۱۱۸٬۴۵۰ kilograms
- hashish: ۱۴٬۲۲۰ kilograms
- methamphetamine (shisheh): ۳٬۸۷۰ kilograms
- heroin: ۲٬۳۱۰ kilograms
- morphine: ۴۱۲ kilograms

"Sistan and Baluchestan province alone accounted for nearly sixty percent of the opium," Karimi-Far said.

He added that during the same period ۲۱٬۳۴۰ drug traffickers were arrested and ۳۱۲ trafficking gangs were dismantled, ۴۸ of them linked to networks operating beyond the country's borders.

According to the commander, the quarter's seizures were nine percent higher than in the same period of last year. He said the price of one kilogram of opium near the eastern border had risen to about 1.1 billion rials, which he attributed to the ban on poppy cultivation in Afghanistan.

Karimi-Far also said the police were planning a large operation along the Makran coast "in the coming weeks", without giving details.
""", [
    S(["mixed", "unspecified"], "IRN", "at_least", True, IRN_Q1, kg=139000),
    S("opium", "IRN", "exact", True, IRN_Q1, kg=118450, cluster="irn-q1-opium"),
    S("hashish", "IRN", "exact", True, IRN_Q1, kg=14220),
    S("methamphetamine", "IRN", "exact", True, IRN_Q1, kg=3870),
    S("heroin", "IRN", "exact", True, IRN_Q1, kg=2310),
    S("morphine", "IRN", "exact", True, IRN_Q1, kg=412),
    A(21340, "IRN", "exact", True, IRN_Q1),
    N(312, "IRN", None, "exact", True, IRN_Q1),
    N(48, "IRN", "international", opt=True),
], title="Anti-Narcotics Police: over 139 tonnes of drugs seized in first quarter of 1404", outlet="Tehran Dispatch",
    date="2025-06-23"))

# ---------------------------------------------------------------- 002 Iran, Sistan and Baluchestan, Solar Hijri date
DOCS.append(doc("002_iran_saravan_clash.txt", """Police seize 1.2 tonnes of opium after clash near Saravan
Zahedan Daily News
Zahedan — 1404/03/13 (3 June 2025)

Police in Sistan and Baluchestan province seized ۱٬۲۴۰ kilograms of opium after an armed clash with traffickers on the outskirts of Saravan on 1404/03/12 (2 June 2025), the provincial police chief said on Tuesday.

According to Brigadier General Ahmad Taheri, border guards spotted a convoy of three pickup trucks crossing from the direction of the Pakistani border before dawn. After an exchange of fire lasting almost an hour, three smugglers were arrested and a fourth escaped back across the frontier. No police officers were injured.

The opium was packed in sacks hidden under loads of dates, Taheri said. Two Kalashnikov rifles and ۴۰۰ rounds of ammunition were also confiscated.

Since the beginning of the current Iranian year on 21 March, police in the province have seized ۴۱ tonnes of drugs of various kinds, about eighty-five percent of it opium, he added.

The province, which borders both Afghanistan and Pakistan, is the main entry route for opiates heading west towards Turkey and the Persian Gulf.
""", [
    S("opium", "IRN", "exact", False, P("2025-06-02"), kg=1240, loc=["Saravan", "Sistan and Baluchestan"]),
    A(3, "IRN", "exact", False, P("2025-06-02")),
    S(["mixed", "unspecified"], "IRN", "exact", True, P("2025-03-21", "2025-06-03", tol=1), kg=41000,
      loc=["Sistan and Baluchestan"]),
], title="Police seize 1.2 tonnes of opium after clash near Saravan", outlet="Zahedan Daily News", date="2025-06-03"))

# ---------------------------------------------------------------- 003 Afghanistan, weekly per-province list, Saratan
AFG_W = P("2025-07-05", "2025-07-11", tol=1)
DOCS.append(doc("003_afghanistan_weekly_provinces.txt", """Counter-narcotics police report week's seizures in five provinces
Kabul Morning Post
Sunday 13 July 2025 (22 Saratan 1404)

The Ministry of Interior's counter-narcotics directorate said on Sunday that between 14 and 20 Saratan 1404 (5–11 July 2025) its units seized the following:

- Kandahar: 340 kg of opium
- Helmand: 1,180 kg of opium and 62 kg of methamphetamine
- Nangarhar: 18 kg of heroin and 4,500 tramadol tablets
- Herat: 26 kg of hashish
- Badakhshan: 9.6 kg of heroin

During the same operations, 57 suspects were detained and handed over to the judicial authorities, the directorate said in a statement. It added that three drug-processing laboratories were destroyed in the Garmsir district of Helmand.

Police also eradicated poppy on 14 jeribs of land in Badakhshan, where farmers have resisted the ban imposed in 2022.

A spokesman, Abdul Mateen Qani, said the directorate would share its figures with the UN Office on Drugs and Crime for its next regional report. He did not say when.
""", [
    S("opium", "AFG", "exact", [True, False], AFG_W, kg=340, loc=["Kandahar"]),
    S("opium", "AFG", "exact", [True, False], AFG_W, kg=1180, loc=["Helmand"]),
    S("methamphetamine", "AFG", "exact", [True, False], AFG_W, kg=62, loc=["Helmand"]),
    S("heroin", "AFG", "exact", [True, False], AFG_W, kg=18, loc=["Nangarhar"]),
    S("tramadol", "AFG", "exact", [True, False], AFG_W, pills=4500, loc=["Nangarhar"]),
    S("hashish", "AFG", "exact", [True, False], AFG_W, kg=26, loc=["Herat"]),
    S("heroin", "AFG", "exact", [True, False], AFG_W, kg=9.6, loc=["Badakhshan"]),
    A(57, "AFG", "exact", True, AFG_W),
    N(3, "AFG", None, "exact", [True, False], AFG_W),
], title="Counter-narcotics police report week's seizures in five provinces", outlet="Kabul Morning Post",
    date="2025-07-13"))

# ---------------------------------------------------------------- 004 Pakistan, ANF fiscal-year table (Markdown)
PK_FY = P("2024-07-01", "2025-06-30")
DOCS.append(doc("004_pakistan_anf_fy2024_25.md", """# ANF year in review: record charas haul in FY 2024-25

*Islamabad Ledger — Islamabad, 15 July 2025*

The Anti-Narcotics Force (ANF) on Tuesday released its performance figures for the fiscal year 2024-25, which ended on 30 June. Its Director General told reporters that the force had "broken the back" of several trafficking routes along the Balochistan coast.

Seizures in FY 2024-25:

| Drug | Quantity |
|---|---|
| Charas (hashish) | 112,430.5 kg |
| Opium | 38,904 kg |
| Heroin | 24,112 kg |
| Ice (methamphetamine) | 1,842.6 kg |
| Cocaine | 62.3 kg |
| Psychotropic tablets | 2,614,300 tablets |

Other results for the year:

- 1,987 accused arrested in 1,740 cases registered across the country
- special courts convicted 1,104 accused, a conviction rate of 96 per cent
- value of the drugs seized on the international market: US$ 2.31 billion
- 14 joint operations with counterpart agencies of Iran and Afghanistan through the Joint Planning Cell of the Triangular Initiative

Charas seizures were about 18,000 kg higher than in the previous fiscal year, the ANF said. The force plans to open two new regional directorates in 2026.
""", [
    S("hashish", "PAK", "exact", True, PK_FY, kg=112430.5),
    S("opium", "PAK", "exact", True, PK_FY, kg=38904),
    S("heroin", "PAK", "exact", True, PK_FY, kg=24112),
    S("methamphetamine", "PAK", "exact", True, PK_FY, kg=1842.6),
    S("cocaine", "PAK", "exact", True, PK_FY, kg=62.3),
    S("unspecified", "PAK", "exact", True, PK_FY, pills=2614300),
    A(1987, "PAK", "exact", True, PK_FY),
    SEN("unspecified", 1104, "PAK", "exact", True, PK_FY),
    S(["mixed", "unspecified"], "PAK", "exact", True, PK_FY, val=2310000000, cur="USD"),
    C("joint_operation", ["PAK", "IRN", "AFG"], PK_FY, count=14),
], title="ANF year in review: record charas haul in FY 2024-25", outlet="Islamabad Ledger", date="2025-07-15"))

# ---------------------------------------------------------------- 005 India, NCB Jodhpur, lakh/crore (original of 042)
DOCS.append(doc("005_india_ncb_jodhpur.txt", """NCB busts tramadol racket in Jodhpur, 3.2 lakh tablets seized
The Marwar Chronicle | By our Staff Reporter | Jodhpur
March 9th, 2025

The Narcotics Control Bureau's Jodhpur zonal unit on Friday seized 3.2 lakh tramadol tablets worth an estimated Rs 12.5 crore from a godown in the Basni industrial area and arrested five people, including the owner of a pharmaceutical distributorship.

Officials said the tablets, each of 225mg, were packed in cartons marked as cough syrup and were meant for markets in Punjab and for onward smuggling to West Africa. A strip of ten tablets sells for about Rs 400 in Punjab's border districts.

"This is the largest tramadol seizure in western Rajasthan this year," the zonal director said, adding that the distributorship's licence had been suspended and bank accounts with Rs 38 lakh had been frozen.

The zone has been busy. In FY 2023-24, it seized 1,25,000 tramadol capsules and 412 kg of ganja, according to its annual report. Officials said figures for the current year would be released after 31 March.

The five accused were produced before a special NDPS court, which remanded them in judicial custody for 14 days.
""", [
    S("tramadol", "IND", ["exact", "approx"], False, P("2025-03-07"), pills=320000, val=125000000, cur="INR",
      loc=["Basni", "Jodhpur"], cluster="ind-jodhpur-tramadol"),
    A(5, "IND", "exact", False, P("2025-03-07"), cluster="ind-jodhpur-arrests"),
    S("tramadol", "IND", "exact", True, P("2023-04-01", "2024-03-31"), pills=125000),
    S("cannabis", "IND", "exact", True, P("2023-04-01", "2024-03-31"), kg=412),
], title="NCB busts tramadol racket in Jodhpur, 3.2 lakh tablets seized", outlet="The Marwar Chronicle",
    date="2025-03-09"))

# ---------------------------------------------------------------- 006 Bangladesh, BGB yaba, lakh and crore
DOCS.append(doc("006_bangladesh_bgb_teknaf.txt", """BGB seizes 1.2m yaba pills in Teknaf; two Rohingya men held
Cox's Bazar Observer
Teknaf, Cox's Bazar | Wednesday, 14 May 2025

Members of Border Guard Bangladesh (BGB) seized 12.4 lakh yaba pills from a fishing trawler at the mouth of the Naf river early on Tuesday, the battalion commander said. The pills have an estimated market value of Tk 37.2 crore.

Acting on a tip-off, a BGB patrol intercepted the trawler near Shah Porir Dwip at around 3:30am. Along with the pills, the patrol found 3 kg of crystal meth, locally known as ice, in a plastic drum. Two Rohingya men from a camp in Ukhiya were arrested, while three others jumped into the river and escaped.

Yaba, a mixture of methamphetamine and caffeine, is produced in Myanmar's Rakhine and Shan states and smuggled across the Naf. A single pill sells for Tk 300 in Dhaka.

According to the Department of Narcotics Control (DNC), law enforcement agencies across the country seized 2.1 crore yaba pills in the first four months of 2025. The BGB said a case had been filed with Teknaf Model Police Station.
""", [
    S("methamphetamine", "BGD", ["exact", "approx"], False, P("2025-05-13"), pills=1240000, val=372000000, cur="BDT",
      loc=["Naf", "Shah Porir Dwip", "Teknaf"]),
    S("methamphetamine", "BGD", "exact", False, P("2025-05-13"), kg=3, loc=["Naf", "Shah Porir Dwip", "Teknaf"]),
    A(2, "BGD", "exact", False, P("2025-05-13")),
    S("methamphetamine", "BGD", "exact", True, P("2025-01-01", "2025-04-30"), pills=21000000),
], title="BGB seizes 1.2m yaba pills in Teknaf; two Rohingya men held", outlet="Cox's Bazar Observer",
    date="2025-05-14"))

# ---------------------------------------------------------------- 007 Thailand, Chinese tea packs (original of 040#1)
DOCS.append(doc("007_thailand_tea_packs.txt", """Army intercepts crystal meth in Chinese tea packs at Mae Fa Luang
Chiang Rai Frontier News
4 April 2025

Soldiers of the Pha Muang Task Force stopped a pickup truck on a dirt road in Mae Fa Luang district of Chiang Rai on Wednesday night and found 1,050 one-kilogram packs of Chinese tea filled with crystal methamphetamine, or ice, together with 2.4 million ya ba pills stuffed into fertiliser sacks.

The driver, a Thai national, and a passenger from Myanmar's Shan State were arrested at the scene. A second vehicle that had been driving ahead as a scout turned back towards the border and escaped.

The Office of the Narcotics Control Board (ONCB) estimated the combined street value of the ice and the pills at 310 million baht. A ya ba tablet currently sells for 30 to 50 baht in Bangkok, it said.

Tea packaging printed with Chinese characters has become the signature of shipments from the Golden Triangle, where production has soared since the 2021 coup in Myanmar.

The task force commander said patrols would be stepped up along the Mekong during the Songkran holiday.
""", [
    S("methamphetamine", "THA", "exact", False, P("2025-04-02"), kg=1050, loc=["Mae Fa Luang", "Chiang Rai"],
      cluster="tha-tea-ice"),
    S("methamphetamine", "THA", "exact", False, P("2025-04-02"), pills=2400000, loc=["Mae Fa Luang", "Chiang Rai"],
      cluster="tha-tea-pills"),
    S(["methamphetamine", "mixed"], "THA", ["approx", "exact"], False, P("2025-04-02"), val=310000000, cur="THB",
      cluster="tha-tea-value"),
    A(2, "THA", "exact", False, P("2025-04-02"), cluster="tha-tea-arrests"),
], title="Army intercepts crystal meth in Chinese tea packs at Mae Fa Luang", outlet="Chiang Rai Frontier News",
    date="2025-04-04"))

# ---------------------------------------------------------------- 008 Philippines, PDEA buy-bust, "on the 12th"
DOCS.append(doc("008_philippines_pdea_pasay.txt", """P35-M shabu seized in Pasay buy-bust; 2 suspects nabbed
Metro Manila Bulletin Online
March 14th, 2025

Agents of the Philippine Drug Enforcement Agency (PDEA) seized 5.2 kilos of shabu worth P35.36 million in a buy-bust operation in Pasay City on the 12th, the agency said on Friday.

The two suspects, a 38-year-old man and his 29-year-old nephew, were arrested after handing over a kilo of shabu to an undercover agent in the parking lot of a mall along Macapagal Boulevard. The rest of the drugs were found in the trunk of their car.

Under the Dangerous Drugs Board's standard, a gram of shabu is valued at P6,800.

PDEA Director General Isagani Nerez said the suspects were part of a group that sources its shabu from syndicates in the Golden Triangle and distributes it in the southern part of Metro Manila.

Separately, PDEA's Central Visayas regional office said it had seized 214 kilos of shabu in the region since January.

Charges for violation of Sections 5 and 11 of Republic Act 9165, the Comprehensive Dangerous Drugs Act, are being prepared.
""", [
    S("methamphetamine", "PHL", "exact", False, P("2025-03-12"), kg=5.2, val=35360000, cur="PHP",
      loc=["Pasay", "Macapagal Boulevard"]),
    A(2, "PHL", "exact", False, P("2025-03-12")),
    S("methamphetamine", "PHL", "exact", True, P("2025-01-01", "2025-03-14", tol=1), kg=214,
      loc=["Central Visayas"]),
], title="P35-M shabu seized in Pasay buy-bust; 2 suspects nabbed", outlet="Metro Manila Bulletin Online",
    date="2025-03-14"))

# ---------------------------------------------------------------- 009 Malaysia, H1 table (Markdown)
MY_H1 = P("2025-01-01", "2025-06-30")
DOCS.append(doc("009_malaysia_h1_table.md", """# Bukit Aman: RM924 million worth of drugs seized in first half of 2025

*Selangor Wire — Kuala Lumpur, 22 July 2025*

The Narcotics Criminal Investigation Department (NCID) of Bukit Aman seized drugs worth RM924.2 million in the first half of the year, its director said at a press conference on Tuesday.

| Drug | Quantity | Value (RM) |
|---|---|---|
| Syabu (methamphetamine) | 14,820 kg | 533.5 million |
| Ganja | 4,311 kg | 43.1 million |
| Heroin | 2,180 kg | 196.2 million |
| Ketamine | 812 kg | 97.4 million |
| Ecstasy | 1.2 million pills | 54.0 million |

Other figures for January to June:

- 68,412 people were arrested under the Dangerous Drugs Act 1952
- 41 drug-processing laboratories were dismantled
- RM61 million in assets were seized under anti-money-laundering laws

The director said a gram of syabu now sells for RM120 on the street, about a third less than two years ago, a sign that supply from the Golden Triangle remains plentiful.

The police will also run a nationwide drug-use survey among secondary-school pupils later this year.
""", [
    S(["mixed", "unspecified"], "MYS", "exact", True, MY_H1, val=924200000, cur="MYR"),
    S("methamphetamine", "MYS", "exact", True, MY_H1, kg=14820, val=533500000, cur="MYR"),
    S("cannabis", "MYS", "exact", True, MY_H1, kg=4311, val=43100000, cur="MYR"),
    S("heroin", "MYS", "exact", True, MY_H1, kg=2180, val=196200000, cur="MYR"),
    S("ketamine", "MYS", "exact", True, MY_H1, kg=812, val=97400000, cur="MYR"),
    S("mdma", "MYS", "exact", True, MY_H1, pills=1200000, val=54000000, cur="MYR"),
    A(68412, "MYS", "exact", True, MY_H1),
    N(41, "MYS", None, "exact", True, MY_H1),
], title="Bukit Aman: RM924 million worth of drugs seized in first half of 2025", outlet="Selangor Wire",
    date="2025-07-22"))

# ---------------------------------------------------------------- 010 Indonesia, half a tonne off Aceh
DOCS.append(doc("010_indonesia_bnn_aceh.txt", """BNN seizes half a tonne of crystal meth off Aceh coast
Sumatra Post
Banda Aceh, Tuesday 20 May 2025

Indonesia's National Narcotics Agency (BNN), together with Customs and the Navy, seized half a tonne of crystal methamphetamine from a fishing boat off the coast of East Aceh on Saturday night, officials said on Tuesday.

The drugs, packed in 25 sacks, weighed 500.8 kilograms and have an estimated value of Rp 750 billion, BNN chief Commissioner General Marthinus Hukom told reporters at the agency's Aceh office.

Four fishermen from East Aceh were arrested. They told investigators they had collected the sacks from a larger vessel in the Andaman Sea, near the maritime border with Thailand.

Hukom said the interception followed information from the Royal Malaysian Police about a boat that had left the Malaysian coast without clearance. "Without our neighbours this would not have been possible," he said.

Aceh's long coastline has become a favoured entry point for methamphetamine from Myanmar. Hukom said the drugs could have been consumed by around two million people.
""", [
    S("methamphetamine", "IDN", ["exact", "approx"], False, P("2025-05-17"), kg=500.8, val=750000000000, cur="IDR",
      loc=["East Aceh", "Aceh"]),
    A(4, "IDN", "exact", False, P("2025-05-17")),
    C("information_exchange", ["IDN", "MYS"], opt=True),
], title="BNN seizes half a tonne of crystal meth off Aceh coast", outlet="Sumatra Post", date="2025-05-20"))

# ---------------------------------------------------------------- 011 Cambodia, ketamine warehouse (shared with 043)
DOCS.append(doc("011_cambodia_ketamine.txt", """1.6 tonnes of ketamine found in Sihanoukville warehouse
Phnom Penh Courier
August 6th, 2025

Cambodian anti-drug police raided a warehouse in Preah Sihanouk province on August 3rd and found 1,612 kilograms of ketamine packed in 64 bags labelled as animal feed, the National Authority for Combating Drugs (NACD) said.

Three people were arrested at the site: two Chinese nationals who had rented the warehouse and a Cambodian forklift driver. Police also seized two trucks and a pistol.

NACD secretary-general Meas Vyrith said the ketamine was worth an estimated USD 48 million and had probably arrived by sea from a third country before being repacked for export.

"Cambodia is being used as a transit hub," he said, adding that a gram of ketamine retails for about USD 30 in Phnom Penh nightclubs.

The NACD said the case had been sent to the Preah Sihanouk provincial court. The agency earlier this year announced plans for a joint task force with Thailand and Laos, which has not yet been set up.
""", [
    S("ketamine", "KHM", ["exact", "approx"], False, P("2025-08-03"), kg=1612, val=48000000, cur="USD",
      loc=["Preah Sihanouk", "Sihanoukville"], cluster="khm-ketamine"),
    A(3, "KHM", "exact", False, P("2025-08-03")),
    A(2, opt=True),
], title="1.6 tonnes of ketamine found in Sihanoukville warehouse", outlet="Phnom Penh Courier", date="2025-08-06"))

# ---------------------------------------------------------------- 012 Laos, Bokeo, last weekend, two dozen
DOCS.append(doc("012_laos_bokeo_weekend.txt", """Lao police seize 7.3 million meth tablets in Bokeo
Mekong Daily Report
Vientiane, 11/02/2025

Police in Bokeo province seized 7.3 million methamphetamine tablets and 480 kilograms of crystal methamphetamine in Ton Pheung district last weekend, the provincial public security department said on Tuesday.

The drugs were found in two trucks and a riverside house near the Golden Triangle Special Economic Zone, across the Mekong from Thailand and Myanmar. Police detained two dozen people, including the owner of the house and several boat operators.

According to the department, the tablets were stamped with the "WY" logo and packed in bags of 2,000 each. Investigators believe they were to be shipped downstream by boat.

Bokeo police said they hope to set up joint patrols with their Thai and Myanmar counterparts along the river before the end of the year.
""", [
    S("methamphetamine", "LAO", "exact", False, P("2025-02-08", "2025-02-09", tol=1), pills=7300000,
      loc=["Ton Pheung", "Bokeo"]),
    S("methamphetamine", "LAO", "exact", False, P("2025-02-08", "2025-02-09", tol=1), kg=480,
      loc=["Ton Pheung", "Bokeo"]),
    A(24, "LAO", "exact", False, P("2025-02-08", "2025-02-09", tol=1)),
], title="Lao police seize 7.3 million meth tablets in Bokeo", outlet="Mekong Daily Report", date="2025-02-11"))
