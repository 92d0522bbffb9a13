from common import *

# Part 1: South Asia (India: DRI, NCB, state police, Parliament; Pakistan: ANF, CNS court; Bangladesh: RAB, DNC,
# BSF-BGB talks; Sri Lanka Navy; Nepal Police). Lakh/crore, Indian digit grouping, "Rs" in four currencies.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 001 DRI Mundra heroin, Mumbai cocaine (dd.mm.yyyy)
DOCS.append(doc("001_dri_mundra_heroin.txt", """DRI seizes 42.6 kg heroin worth Rs 298 crore at Mundra Port; two arrested
Directorate of Revenue Intelligence, Ministry of Finance | Press Release
New Delhi, 05.03.2025

Acting on specific intelligence, officers of the Directorate of Revenue Intelligence (DRI), Ahmedabad Zonal Unit, intercepted an import consignment declared as "semi-processed talc stones" at Mundra Port, Gujarat, on 3rd March 2025. Detailed examination of the 25-tonne container led to the recovery of 42.6 kg of heroin concealed in cavities drilled into the stones. The seized heroin is valued at Rs 298 crore in the illicit international market.

The proprietor of the Kutch-based importing firm and a customs broker were arrested under the provisions of the NDPS Act, 1985, and have been remanded to judicial custody.

Heroin of this purity fetches about Rs 7 crore per kg in the international market, officials said.

In a separate case on 2nd March 2025, DRI Mumbai intercepted a Brazilian national arriving from Sao Paulo at Chhatrapati Shivaji Maharaj International Airport and recovered 11.2 kg of cocaine, worth Rs 112 crore, concealed in the false bottom of his trolley bag. He was arrested.

Further investigation is in progress.
""", [
    S("heroin", "IND", ["exact", "approx"], False, P("2025-03-03"), kg=42.6, val=2.98e9, cur="INR", loc=["Mundra"]),
    A(2, "IND", "exact", False, P("2025-03-03", tol=2)),
    S("cocaine", "IND", "exact", False, P("2025-03-02"), kg=11.2, val=1.12e9, cur="INR",
      loc=["Mumbai", "Chhatrapati Shivaji"]),
    A(1, "IND", "exact", False, P("2025-03-02")),
], title="DRI seizes 42.6 kg heroin worth Rs 298 crore at Mundra Port; two arrested",
    outlet=optv("Directorate of Revenue Intelligence"), date="2025-03-05"))

# ---------------------------------------------------------------- 002 Amritsar drone heroin ("5th April 2025")
DOCS.append(doc("002_amritsar_drone_heroin.txt", """Amritsar police recover 5 kg heroin dropped by Pakistani drones; two held
The Doaba Tribune
By Our Staff Correspondent
Amritsar, 5th April 2025

The Amritsar Rural Police have arrested two men and recovered 5 kg of heroin that had been dropped by drones from across the border into the fields of Daoke village, Senior Superintendent of Police (SSP) Gurkirat Bains said on Saturday.

Acting on a tip-off, a police team set up a naka near the village late on Thursday night and intercepted the duo on a motorcycle. Police also recovered two .30-bore pistols and Rs 4.5 lakh in drug money from them.

The SSP said the consignment had been sent by Pakistan-based smugglers and that the accused had stayed in touch with their handlers through internet calls.

Since the state-wide drive against drugs began on March 1, Punjab Police have arrested 4,812 drug smugglers, registered 2,950 FIRs and recovered 312 kg of heroin, the Director General of Police said in Chandigarh on Friday. During the same period, 1,100 drug users were admitted to de-addiction centres.

Heroin is being sold at Rs 3,000 to Rs 5,000 a gram in the border belt, officials said.
""", [
    S("heroin", "IND", "exact", False, P("2025-04-03", tol=1), kg=5, loc=["Daoke", "Amritsar"]),
    A(2, "IND", "exact", False, P("2025-04-03", tol=1)),
    A(4812, "IND", "exact", True, P("2025-03-01", "2025-04-04", tol=1)),
    S("heroin", "IND", "exact", True, P("2025-03-01", "2025-04-04", tol=1), kg=312),
], title="Amritsar police recover 5 kg heroin dropped by Pakistani drones; two held", outlet="The Doaba Tribune",
    date="2025-04-05"))

# ---------------------------------------------------------------- 003 Mizoram, 3.5 lakh tablets ("March 12")
DOCS.append(doc("003_mizoram_meth_tablets.txt", """Assam Rifles seize 3.5 lakh methamphetamine tablets worth Rs 105 crore in Mizoram
North East Wire Service
Updated: 2025-03-12 18:40 IST

Aizawl, March 12: The Assam Rifles and the Mizoram Police Special Narcotics Police Station seized 3.5 lakh methamphetamine tablets weighing 35 kg near Zokhawthar in Champhai district, close to the Myanmar border, on Tuesday night, officials said.

The tablets, worth Rs 105 crore in the international market, were packed in 35 packets hidden under sacks of areca nuts in a pick-up truck. A 34-year-old Myanmar national from Tahan was arrested.

In a separate operation in Champhai town on Monday, the team recovered 220 grams of heroin, locally called "brown sugar", and arrested a local woman.

Mizoram has seized more methamphetamine tablets in the first two months of 2025 than in the whole of 2023, according to the state excise and narcotics department, which did not give figures.

The Assam Rifles said it has also stepped up joint vigilance with the Mizoram Police along the 510-km border.
""", [
    S("methamphetamine", "IND", "exact", False, P("2025-03-11"), pills=350000, kg=35, val=1.05e9, cur="INR",
      loc=["Zokhawthar", "Champhai"]),
    A(1, "IND", "exact", False, P("2025-03-11")),
    S("heroin", "IND", "exact", False, P("2025-03-10"), kg=0.22, loc=["Champhai"]),
    A(1, "IND", "exact", False, P("2025-03-10")),
], title="Assam Rifles seize 3.5 lakh methamphetamine tablets worth Rs 105 crore in Mizoram",
    outlet="North East Wire Service", date="2025-03-12"))

# ---------------------------------------------------------------- 004 Lok Sabha written reply, Markdown table
DOCS.append(doc("004_lok_sabha_reply_seizures.md", """# Drug seizures: Government gives year-wise data in Lok Sabha

*Parliament Watch India*

**New Delhi | Tuesday, 25 March 2025**

In a written reply to a question in the Lok Sabha on Tuesday, the Minister of State for Home Affairs, R. K. Venugopal, placed before the House year-wise figures of drugs seized and persons arrested by all drug law enforcement agencies in the country under the NDPS Act.

| Year | Heroin (kg) | Ganja (kg) | Persons arrested |
|---|---|---|---|
| 2022 | 3,409 | 6,41,245 | 1,14,250 |
| 2023 | 2,786 | 8,32,130 | 1,26,873 |
| 2024 | 2,450 | 7,95,617 | 1,31,446 |

The Minister said methamphetamine seizures in 2024 were nearly three times those of 2022, pointing to rising trafficking of synthetic drugs through the North-East and the sea route.

He added that the Centre had sanctioned Rs 1,400 crore for awareness and de-addiction programmes, and that 4.2 crore people had been reached through awareness activities. The government's target is to make 372 districts drug-free by 2026.

Replying to a supplementary question, the Minister said that 2,356 drug trafficking cases were registered against foreign nationals between 2022 and 2024.
""", [
    S("heroin", "IND", "exact", True, P("2022-01-01", "2022-12-31"), kg=3409),
    S("cannabis", "IND", "exact", True, P("2022-01-01", "2022-12-31"), kg=641245),
    A(114250, "IND", "exact", True, P("2022-01-01", "2022-12-31")),
    S("heroin", "IND", "exact", True, P("2023-01-01", "2023-12-31"), kg=2786),
    S("cannabis", "IND", "exact", True, P("2023-01-01", "2023-12-31"), kg=832130),
    A(126873, "IND", "exact", True, P("2023-01-01", "2023-12-31")),
    S("heroin", "IND", "exact", True, Y24, kg=2450),
    S("cannabis", "IND", "exact", True, Y24, kg=795617),
    A(131446, "IND", "exact", True, Y24),
], title="Drug seizures: Government gives year-wise data in Lok Sabha", outlet="Parliament Watch India",
    date="2025-03-25"))

# ---------------------------------------------------------------- 005 Kochi MDMA in grams ("Wednesday (5 March)")
DOCS.append(doc("005_kochi_excise_mdma.txt", """Excise nabs two youths with 212.5 grams of MDMA in Kochi
Kerala Coast Herald
Kochi, Thursday, 6 March 2025

The Excise Special Squad arrested two youths with 212.5 grams of MDMA near the Vyttila mobility hub on Wednesday (5 March). A third person who was in the car was detained for questioning and later let off.

The arrested, aged 23 and 26 and hailing from Kozhikode, had brought the synthetic drug from Bengaluru by bus, excise officials said. The seized MDMA would fetch about Rs 8.5 lakh in the local market, where it sells for around Rs 4,000 a gram.

A search of their rented room at Kaloor the same evening yielded another 42 grams of ganja.

According to figures compiled by the city police, 1,340 people were arrested in drug cases in Kochi city in 2024, and the number of MDMA cases registered last year was twice that of 2023.

Separately, a white powder seized from a student in Edappally last week tested negative for narcotics at the regional chemical laboratory, officials said.
""", [
    S("mdma", "IND", ["exact", "approx"], False, P("2025-03-05"), kg=0.2125, val=850000, cur="INR",
      loc=["Vyttila", "Kochi"]),
    A(2, "IND", "exact", False, P("2025-03-05")),
    A(1, "IND", opt=True),
    S("cannabis", "IND", "exact", False, P("2025-03-05"), kg=0.042, loc=["Kaloor", "Kochi"]),
    A(1340, "IND", "exact", True, Y24),
], title="Excise nabs two youths with 212.5 grams of MDMA in Kochi", outlet="Kerala Coast Herald",
    date="2025-03-06"))

# ---------------------------------------------------------------- 006 ANF Pasni coast (Pakistan, PKR)
DOCS.append(doc("006_anf_pasni_coastal.txt", """ANF recovers drugs worth Rs 3.8 billion in Balochistan coastal operation
Anti-Narcotics Force Pakistan | Press Release
Rawalpindi, 18 February 2025

The Anti-Narcotics Force (ANF) recovered 1,250 kg of hashish, 86 kg of heroin and 24 kg of opium in an operation near Pasni in Gwadar district, Balochistan, on Monday. The drugs, hidden in a cave close to the coast, were to be shipped to Gulf countries by boat. The value of the recovered drugs in the international market is estimated at Rs 3.8 billion.

The smugglers fled under cover of darkness, and a case has been registered against unknown persons.

In 11 other operations across the country on the same day, the ANF recovered 212.6 kg of drugs and arrested 14 suspects, including two women, the spokesman said.

He said the force was pursuing a zero-tolerance policy against drug traffickers, and that 9,350 drug users had received free treatment at ANF model addiction treatment and rehabilitation centres since 2020.
""", [
    S("hashish", "PAK", "exact", False, P("2025-02-17"), kg=1250, loc=["Pasni", "Gwadar"]),
    S("heroin", "PAK", "exact", False, P("2025-02-17"), kg=86, loc=["Pasni", "Gwadar"]),
    S("opium", "PAK", "exact", False, P("2025-02-17"), kg=24, loc=["Pasni", "Gwadar"]),
    S(["mixed", "unspecified"], "PAK", "approx", False, P("2025-02-17"), val=3.8e9, cur="PKR"),
    S(["unspecified", "mixed"], "PAK", "exact", [True, False], P("2025-02-17"), kg=212.6),
    A(14, "PAK", "exact", [True, False], P("2025-02-17")),
], title="ANF recovers drugs worth Rs 3.8 billion in Balochistan coastal operation",
    outlet=optv("Anti-Narcotics Force Pakistan"), date="2025-02-18"))

# ---------------------------------------------------------------- 007 Lahore CNS court, several defendants
DOCS.append(doc("007_lahore_cns_court.txt", """Lahore court hands death sentence, life terms in 2022 heroin case; one acquitted
Lahore Evening Courier
By Our Court Reporter
Lahore, Thursday, 10 April 2025

A special court for the Control of Narcotic Substances (CNS) in Lahore on Wednesday sentenced one man to death and two others to life imprisonment in a case involving the smuggling of 70 kg of heroin, while a fourth accused was given nine years in prison and a fifth was acquitted for lack of evidence.

Judge Saima Rauf also imposed a fine of Rs 1 million on each of the four convicts. The main accused, Tariq Mehmood, was found to have organised the consignment from Chaman to Lahore, the court said in its judgment.

According to the prosecution, ANF Punjab intercepted a truck loaded with crates of apples at Thokar Niaz Baig in November 2022 and recovered the heroin from a secret compartment under the floor. All five accused were arrested at the spot.

The convicts can file appeals in the Lahore High Court within 30 days. Defence counsel said the death sentence would be challenged.
""", [
    SEN("death", 1, "PAK", "exact", False, P("2025-04-09")),
    SEN("life", 2, "PAK", "exact", False, P("2025-04-09")),
    SEN("prison", 1, "PAK", "exact", False, P("2025-04-09")),
    S("heroin", "PAK", "exact", False, P("2022-11-01", "2022-11-30"), kg=70, loc=["Thokar Niaz Baig", "Lahore"]),
    A(5, "PAK", "exact", False, P("2022-11-01", "2022-11-30")),
], title="Lahore court hands death sentence, life terms in 2022 heroin case; one acquitted",
    outlet="Lahore Evening Courier", date="2025-04-10"))

# ---------------------------------------------------------------- 008 RAB Teknaf yaba (Bangladesh, taka, lakh/crore pills)
DOCS.append(doc("008_rab_teknaf_yaba.txt", """RAB seizes 1.2 lakh yaba pills, 1.5kg crystal meth in Teknaf; three held
The Daily Meghna
Dhaka, 14 January 2025

Members of the Rapid Action Battalion (RAB-15) seized 1.2 lakh yaba pills and 1.5 kg of crystal meth, locally known as ice, from a house in Teknaf upazila of Cox's Bazar early Monday, arresting three people.

The yaba pills are worth Tk 3.6 crore and the crystal meth Tk 7.5 crore, RAB-15 commanding officer Lt Col Mahfuzur Rahman told reporters at a press briefing. A single yaba pill sells for about Tk 300 in Dhaka, he said.

The drugs had been brought from Myanmar across the Naf river by boat, he said. The arrestees include a Rohingya man from a camp in Ukhiya.

The Department of Narcotics Control (DNC) said in its annual report, published last week, that law enforcement agencies seized 3.1 crore yaba pills and 212 kg of crystal meth across the country in 2024, up from 2.4 crore pills a year earlier.
""", [
    S("methamphetamine", "BGD", "exact", False, P("2025-01-13"), pills=120000, val=3.6e7, cur="BDT",
      loc=["Teknaf", "Cox's Bazar"]),
    S("methamphetamine", "BGD", "exact", False, P("2025-01-13"), kg=1.5, val=7.5e7, cur="BDT",
      loc=["Teknaf", "Cox's Bazar"]),
    A(3, "BGD", "exact", False, P("2025-01-13")),
    S("methamphetamine", "BGD", "exact", True, Y24, pills=31000000),
    S("methamphetamine", "BGD", "exact", True, Y24, kg=212),
    S("methamphetamine", "BGD", "exact", True, P("2023-01-01", "2023-12-31"), pills=24000000, opt=True),
], title="RAB seizes 1.2 lakh yaba pills, 1.5kg crystal meth in Teknaf; three held", outlet="The Daily Meghna",
    date="2025-01-14"))

# ---------------------------------------------------------------- 009 Sri Lanka Navy trawler (LKR)
DOCS.append(doc("009_sri_lanka_navy_trawler.txt", """Navy seizes ice and heroin worth Rs 4.2 billion from trawler off Dondra; six fishermen arrested
Lanka Island Times
Colombo, Sunday 23 February 2025

The Sri Lanka Navy, in a joint operation with the Police Narcotics Bureau (PNB), took into custody a multi-day fishing trawler carrying 185 kg of crystal methamphetamine (ice) and 72 kg of heroin in the deep sea about 180 nautical miles south of Dondra on Friday (21 February).

The six fishermen on board, aged between 24 and 51 and residents of Devundara and Tangalle, were arrested. The trawler was brought to Galle harbour on Saturday. The street value of the haul is estimated at over Rs 4.2 billion, the Navy said.

Navy spokesman Commander Dilan Wijesekara said the operation was carried out on intelligence shared by the Indian Coast Guard.

The seizure comes weeks after the government announced a Rs 600 million allocation for a new drug rehabilitation centre in Kandakadu. Over 2,100 drug users were sent to rehabilitation centres in 2024, officials said.
""", [
    S("methamphetamine", "LKA", "exact", False, P("2025-02-21"), kg=185, loc=["Dondra"]),
    S("heroin", "LKA", "exact", False, P("2025-02-21"), kg=72, loc=["Dondra"]),
    S(["mixed", "unspecified"], "LKA", "at_least", False, P("2025-02-21"), val=4.2e9, cur="LKR"),
    A(6, "LKA", "exact", False, P("2025-02-21")),
    C("information_exchange", ["LKA", "IND"], ev="Indian Coast Guard", opt=True),
], title="Navy seizes ice and heroin worth Rs 4.2 billion from trawler off Dondra; six fishermen arrested",
    outlet="Lanka Island Times", date="2025-02-23"))

# ---------------------------------------------------------------- 010 Nepal (Bikram Sambat date line, NPR, FY 2080/81)
DOCS.append(doc("010_nepal_tribhuvan_hashish.txt", """Police seize 18 kg hashish at Tribhuvan airport; Indian man held with brown sugar in Birgunj
Kathmandu Valley Post
Falgun 22, 2081 (March 6, 2025)

The Narcotics Control Bureau of Nepal Police arrested two people, including a Ukrainian national, with 18 kg of hashish at Tribhuvan International Airport on Wednesday. The hashish, worth an estimated Rs 90 lakh, was concealed in the false walls of two suitcases checked in for a flight to Istanbul, the bureau said.

In a separate operation in Birgunj on Tuesday, Parsa police arrested a 42-year-old Indian national with 110 grams of brown sugar near the Integrated Check Post.

Meanwhile, the District Administration Office in Makwanpur said that cannabis plants had been destroyed on 120 hectares of land during a week-long eradication campaign in Hetauda and Bakaiya.

According to the bureau, 9,214 people were arrested in drug-related cases across the country in fiscal year 2080/81, which ended in mid-July 2024.
""", [
    S("hashish", "NPL", ["exact", "approx"], False, P("2025-03-05"), kg=18, val=9e6, cur="NPR",
      loc=["Tribhuvan", "Kathmandu"]),
    A(2, "NPL", "exact", False, P("2025-03-05")),
    S("heroin", "NPL", "exact", False, P("2025-03-04"), kg=0.11, loc=["Birgunj"]),
    A(1, "NPL", "exact", False, P("2025-03-04")),
    A(9214, "NPL", "exact", True, P("2023-07-17", "2024-07-15", tol=5)),
], title="Police seize 18 kg hashish at Tribhuvan airport; Indian man held with brown sugar in Birgunj",
    outlet="Kathmandu Valley Post", date="2025-03-06"))

# ---------------------------------------------------------------- 011 BSF-BGB DG-level talks (ISO date line)
DOCS.append(doc("011_bsf_bgb_dg_talks.txt", """BSF, BGB agree on coordinated patrols at DG-level talks in Dhaka
Eastern Frontier News
Dhaka/Kolkata, 2025-02-20

The Border Security Force (BSF) of India and Border Guard Bangladesh (BGB) concluded their four-day Director General-level border conference in Dhaka on Wednesday, with both sides agreeing to step up joint efforts against the smuggling of drugs, cattle and counterfeit currency.

The talks, held from February 16, were led by BSF Director General Anil Prakash and BGB Director General Major General Shafiqul Islam. The two forces agreed to carry out coordinated patrols in vulnerable stretches and to share real-time information on smugglers through a hotline between sector commanders.

The BSF said it had seized 1,24,860 bottles of codeine-based cough syrup and 38,400 yaba tablets along the Bengal frontier in 2024 and arrested 612 smugglers. BGB said it had handed over 27 Indian nationals detained for illegal entry to the BSF during the year.

The next conference is scheduled to be held in New Delhi in September.
""", [
    C(["meeting", "conference"], ["IND", "BGD"], P("2025-02-16", "2025-02-19", tol=3), loc="Dhaka",
      ev="Director General-level"),
    C("information_exchange", ["IND", "BGD"], ev="hotline", opt=True),
    S("unspecified", "IND", opt=True),
    S("methamphetamine", "IND", "exact", True, Y24, pills=38400, loc=["Bengal"]),
    A(612, "IND", "exact", True, Y24),
], title="BSF, BGB agree on coordinated patrols at DG-level talks in Dhaka", outlet="Eastern Frontier News",
    date="2025-02-20"))

# ---------------------------------------------------------------- 012 NCB Delhi meth syndicate (HTML)
DOCS.append(doc("012_ncb_delhi_meth_syndicate.html", html_page(
    "NCB busts Myanmar-linked meth syndicate in Delhi, 82 kg seized, eight held", "Capital Chronicle",
    "2025-06-14T20:05:00+05:30", "By Ritu Sharan | New Delhi | 14 June 2025",
    ["The Narcotics Control Bureau (NCB) has dismantled an international drug trafficking syndicate that smuggled methamphetamine from Myanmar to Delhi through Manipur, arresting eight people, including three Myanmar nationals, and seizing 82 kg of methamphetamine, officials said on Saturday.",
     "The drugs, estimated to be worth Rs 50 crore in the illicit market, were recovered on Thursday and Friday from a warehouse in Mundka and a flat in Vikaspuri, NCB Deputy Director General (Northern Region) Jaspreet Anand said. The agency also froze bank accounts holding Rs 1.1 crore and seized two SUVs.",
     "Twelve other people, including two transporters, were questioned and allowed to leave.",
     "The NCB said it had seized 1,640 kg of methamphetamine across the country in the first five months of 2025, compared with 1,120 kg in the same period last year.",
     "\"Synthetic drugs are now the biggest challenge before us,\" Anand said."],
    ["Delhi Metro Phase 5 gets approval", "Heatwave: schools to stay shut till June 30", "Monsoon to reach Delhi early"],
    nav=("Home", "Delhi", "India", "Crime", "Opinion")), [
    N(1, "IND", "international", "exact", False),
    A(8, "IND", "exact", False, P("2025-06-12", "2025-06-13", tol=1)),
    A(3, "IND", opt=True),
    S("methamphetamine", "IND", ["exact", "approx"], False, P("2025-06-12", "2025-06-13", tol=1), kg=82, val=5e8,
      cur="INR", loc=["Mundka", "Vikaspuri", "Delhi"]),
    S("methamphetamine", "IND", "exact", True, P("2025-01-01", "2025-05-31"), kg=1640),
    S("methamphetamine", "IND", "exact", True, P("2024-01-01", "2024-05-31"), kg=1120, opt=True),
], title="NCB busts Myanmar-linked meth syndicate in Delhi, 82 kg seized, eight held", outlet="Capital Chronicle",
    date="2025-06-14", fmt="html"))
