from common import *

# Part 2: Southeast Asia (Thailand ONCB with Buddhist Era years, Myanmar, Laos, Cambodia, Vietnam, Malaysia,
# Singapore CNB, Indonesia BNN incl. a liveblog and a court, Philippines PDEA incl. a gzip near-copy and HTML)
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")
FY68 = P("2024-10-01", "2025-09-30")

# ---------------------------------------------------------------- 013 Mae Sai ya ba (independent report of 046#1)
DOCS.append(doc("013_lanna_herald_mae_sai.txt", """Border troops seize 6 million ya ba pills, 400kg of ya ice in Chiang Rai
The Lanna Herald
12 March 2568 (2025)

Soldiers of the Pha Muang Task Force and Office of the Narcotics Control Board (ONCB) officials seized 6 million methamphetamine pills, known as ya ba, and 400 kilogrammes of crystal methamphetamine, or ya ice, from a pickup truck and a lorry in Mae Sai district of Chiang Rai early on Tuesday.

Two Thai men, aged 28 and 35, were arrested. A third suspect escaped into a sugarcane plantation. The pills were packed in 30 fertiliser sacks.

ONCB secretary-general Pol Lt Gen Somchai Rattanakorn said authorities had seized 412 million ya ba pills nationwide since the start of fiscal year 2568 on October 1, 2567, already more than in the whole of fiscal 2567.

A ya ba pill now sells for as little as 10 baht in the North, he said, and the agency would ask for a bigger budget to expand drug-testing in schools next year.
""", [
    S("methamphetamine", "THA", "exact", False, P("2025-03-11"), pills=6000000, loc=["Mae Sai", "Chiang Rai"],
      cluster="tha-maesai-yaba"),
    S("methamphetamine", "THA", "exact", False, P("2025-03-11"), kg=400, loc=["Mae Sai", "Chiang Rai"],
      cluster="tha-maesai-ice"),
    A(2, "THA", "exact", False, P("2025-03-11"), cluster="tha-maesai-arrests"),
    S("methamphetamine", "THA", "exact", True, P("2024-10-01", "2025-03-12", tol=1), pills=412000000),
], title="Border troops seize 6 million ya ba pills, 400kg of ya ice in Chiang Rai", outlet="The Lanna Herald",
    date="2025-03-12"))

# ---------------------------------------------------------------- 014 ONCB fiscal 2568 results, pipe table
DOCS.append(doc("014_oncb_fy2568_results.txt", """ONCB: 886 million ya ba pills seized in fiscal 2568
Siam Business Daily
Thursday, 16 October 2568 (2025)

The Office of the Narcotics Control Board (ONCB) on Wednesday released its results for fiscal year 2568, which ran from October 1, 2567 to September 30, 2568 (2024-2025).

| Drug | Seized in FY2568 | FY2567 |
|---|---|---|
| Ya ba (methamphetamine pills) | 886 million pills | 951 million pills |
| Ya ice (crystal methamphetamine) | 41,350 kg | 36,200 kg |
| Heroin | 1,920 kg | 2,310 kg |
| Ketamine | 9,840 kg | 4,120 kg |

A total of 312,560 suspects were arrested in 298,140 drug cases during the year, the ONCB said. Courts also ordered the confiscation of assets worth 4,200 million baht from traffickers.

ONCB secretary-general Pol Lt Gen Somchai Rattanakorn said the agency's target for fiscal 2569 was to cut the flow of ya ba into the country by half. He said the street price of a ya ba pill had fallen to between 8 and 15 baht in the North and Northeast.
""", [
    S("methamphetamine", "THA", "exact", True, FY68, pills=886000000),
    S("methamphetamine", "THA", "exact", True, FY68, kg=41350),
    S("heroin", "THA", "exact", True, FY68, kg=1920),
    S("ketamine", "THA", "exact", True, FY68, kg=9840),
    A(312560, "THA", "exact", True, FY68),
    S("methamphetamine", "THA", "exact", True, P("2023-10-01", "2024-09-30"), pills=951000000, opt=True),
    S("methamphetamine", "THA", "exact", True, P("2023-10-01", "2024-09-30"), kg=36200, opt=True),
    S("heroin", "THA", "exact", True, P("2023-10-01", "2024-09-30"), kg=2310, opt=True),
    S("ketamine", "THA", "exact", True, P("2023-10-01", "2024-09-30"), kg=4120, opt=True),
], title="ONCB: 886 million ya ba pills seized in fiscal 2568", outlet="Siam Business Daily", date="2025-10-16"))

# ---------------------------------------------------------------- 015 Myanmar Kutkai (kyat; destruction and poppy traps)
DOCS.append(doc("015_myanmar_kutkai_tablets.txt", """Anti-drug police seize 4.8 million stimulant tablets, 320 kg of ICE in northern Shan State
The Golden Land Observer (English edition)
Yangon, 2025-05-08

Anti-drug police from Lashio, together with the army, seized 4.8 million WY stimulant tablets and 320 kilos of crystal methamphetamine (ICE) from a car and a house in Kutkai township, northern Shan State, on 5 May, the Central Committee for Drug Abuse Control (CCDAC) said on Wednesday. Three men were arrested.

The seized drugs are worth about K 96,000 million, the committee said.

In a separate case on 3 May, police found 1,500 kilos of caffeine and 800 litres of liquid chemicals at a warehouse near Muse. No one was arrested.

On 26 June, the International Day against Drug Abuse and Illicit Trafficking, authorities plan to destroy drugs worth more than US$ 400 million seized over the past year in Yangon, Mandalay and Taunggyi.

Poppy cultivation in Shan State covered an estimated 38,000 hectares last season, according to a survey.
""", [
    S("methamphetamine", "MMR", "exact", False, P("2025-05-05"), pills=4800000, loc=["Kutkai", "Shan"]),
    S("methamphetamine", "MMR", "exact", False, P("2025-05-05"), kg=320, loc=["Kutkai", "Shan"]),
    S(["methamphetamine", "mixed", "unspecified"], "MMR", "approx", False, P("2025-05-05"), val=96e9, cur="MMK"),
    A(3, "MMR", "exact", False, P("2025-05-05")),
    S("precursors", "MMR", kg=1500, opt=True),
], title="Anti-drug police seize 4.8 million stimulant tablets, 320 kg of ICE in northern Shan State",
    outlet="The Golden Land Observer", date="2025-05-08"))

# ---------------------------------------------------------------- 016 Laos-Thailand MoU, Mekong joint patrol
MEK = P("2025-07-09", "2025-07-12", tol=3)
DOCS.append(doc("016_laos_thailand_mou_mekong.txt", """Laos, Thailand sign anti-drug MoU as 142nd Mekong joint patrol ends
Vientiane Daily Review
Vientiane, Tuesday, 15 July 2025

Lao and Thai drug control officials signed a memorandum of understanding on cooperation in drug control in Vientiane on Monday, covering intelligence sharing, controlled deliveries and the training of Lao officers at Thai police academies.

The MoU was signed by the chairman of the Lao National Commission for Drug Control and Supervision and the secretary-general of Thailand's ONCB.

The signing came two days after the end of the 142nd joint patrol on the Mekong River by law enforcement units of China, Laos, Myanmar and Thailand. During the four-day patrol, which ended on Saturday, officers searched 48 vessels and seized 1.1 tonnes of crystal methamphetamine from a cargo boat near the Golden Triangle Special Economic Zone in Bokeo province, Lao officials said. Two crew members were arrested by Lao police.

The four countries have held joint patrols on the Mekong since 2011. The next patrol is planned for September.
""", [
    C("mou", ["LAO", "THA"], P("2025-07-14"), loc="Vientiane", ev="memorandum of understanding"),
    C("joint_operation", ["CHN", "LAO", "MMR", "THA"], MEK, loc="Mekong", ev="joint patrol"),
    S("methamphetamine", "LAO", "exact", False, MEK, kg=1100, loc=["Bokeo", "Golden Triangle"]),
    A(2, "LAO", "exact", False, MEK),
], title="Laos, Thailand sign anti-drug MoU as 142nd Mekong joint patrol ends", outlet="Vientiane Daily Review",
    date="2025-07-15"))

# ---------------------------------------------------------------- 017 Cambodia lab, Kampong Speu
DOCS.append(doc("017_cambodia_kampong_speu_lab.txt", """Cambodian police dismantle drug lab in Kampong Speu, arrest nine
Phnom Penh Courier
Phnom Penh, Friday, 22 August 2025

Anti-drug police dismantled a clandestine drug laboratory hidden in a durian plantation in Kampong Speu province's Phnom Sruoch district on Wednesday, arresting nine people and seizing more than 2.3 tonnes of chemicals used to make methamphetamine and ketamine, the National Authority for Combating Drugs (NACD) said.

Officers also seized 96 kilogrammes of ketamine packed for shipment to Thailand and Malaysia.

Those arrested were five Chinese nationals, three Cambodians and a Vietnamese, NACD deputy secretary-general Lt Gen Meas Vibol said. The laboratory was run by an international syndicate, he said.

In the first seven months of 2025, Cambodian authorities arrested 7,930 drug suspects, including 211 foreigners, according to NACD figures. Rehabilitation centres treated 4,600 drug users in the same period.
""", [
    N(1, "KHM", "international", "exact", False, P("2025-08-20")),
    A(9, "KHM", "exact", False, P("2025-08-20")),
    A(5, "KHM", opt=True),
    S("precursors", "KHM", "at_least", False, P("2025-08-20"), kg=2300, loc=["Kampong Speu", "Phnom Sruoch"]),
    S("ketamine", "KHM", "exact", False, P("2025-08-20"), kg=96, loc=["Kampong Speu", "Phnom Sruoch"]),
    A(7930, "KHM", "exact", True, P("2025-01-01", "2025-07-31")),
    A(211, "KHM", opt=True),
], title="Cambodian police dismantle drug lab in Kampong Speu, arrest nine", outlet="Phnom Penh Courier",
    date="2025-08-22"))

# ---------------------------------------------------------------- 018 Vietnam ring + court (dd/mm/yyyy)
TWOWK = P("2025-03-10", "2025-03-24", tol=4)
LASTWK = P("2025-03-17", "2025-03-23", tol=3)
DOCS.append(doc("018_vietnam_hcmc_ring.txt", """HCM City police bust cross-border drug ring, arrest 32
Southern Vietnam Daily
Ho Chi Minh City, 25/03/2025

Ho Chi Minh City police have dismantled a cross-border drug trafficking ring that brought heroin and synthetic drugs from Cambodia through An Giang province, arresting 32 people, the Ministry of Public Security said on Monday.

In raids in District 8, Binh Tan and Thu Duc City over the past two weeks, officers seized 27 kg of heroin and 54 kg of crystal methamphetamine, along with 11 guns and VND 1.2 billion in cash.

The ring's leader, a 46-year-old man, had recruited couriers in Cambodia and used motorbikes to cross the border on trails in Tinh Bien district, police said.

Vietnam imposes the death penalty for trafficking more than 100 grams of heroin or 300 grams of methamphetamine.

Last week, the People's Court of Quang Ninh province sentenced four men to death and two to life imprisonment for trafficking 260 kg of heroin from Laos in 2023.
""", [
    N(1, "VNM", "international", "exact", False),
    A(32, "VNM", "exact", [True, False], TWOWK),
    S("heroin", "VNM", "exact", [True, False], TWOWK, kg=27),
    S("methamphetamine", "VNM", "exact", [True, False], TWOWK, kg=54),
    SEN("death", 4, "VNM", "exact", False, LASTWK),
    SEN("life", 2, "VNM", "exact", False, LASTWK),
    S("heroin", "VNM", kg=260, opt=True),
], title="HCM City police bust cross-border drug ring, arrest 32", outlet="Southern Vietnam Daily",
    date="2025-03-25"))

# ---------------------------------------------------------------- 019 Malaysia Johor syabu (RM)
JB = P("2025-08-31", "2025-09-01")
DOCS.append(doc("019_malaysia_johor_syabu.txt", """Police seize RM21.6 million worth of syabu, ketamine in Johor raids
Semenanjung Post
Johor Bahru, 2025-09-04

Police have crippled a drug syndicate that used a logistics company in Pasir Gudang as a front, seizing 540kg of syabu and 120kg of ketamine worth RM21.6 million in three raids on Sunday and Monday.

Johor police chief Comm Datuk Rahmat Hassan said five men, including two Thai nationals, aged between 29 and 52, were arrested. The drugs were believed to be destined for Australia and New Zealand.

"The drugs could have been used by 3.2 million addicts," he told a press conference on Wednesday. Police also seized four vehicles and jewellery worth RM380,000 under the Dangerous Drugs (Forfeiture of Property) Act.

All suspects have been remanded for seven days and are being investigated under Section 39B of the Dangerous Drugs Act 1952, which carries the death penalty or life imprisonment and whipping upon conviction.
""", [
    N(1, "MYS", q="exact", agg=False),
    S("methamphetamine", "MYS", "exact", False, JB, kg=540, loc=["Pasir Gudang", "Johor"]),
    S("ketamine", "MYS", "exact", False, JB, kg=120, loc=["Pasir Gudang", "Johor"]),
    S("mixed", "MYS", "exact", False, JB, val=21.6e6, cur="MYR"),
    A(5, "MYS", "exact", False, JB),
    A(2, "MYS", opt=True),
], title="Police seize RM21.6 million worth of syabu, ketamine in Johor raids", outlet="Semenanjung Post",
    date="2025-09-04"))

# ---------------------------------------------------------------- 020 CNB Woodlands (grams, thresholds)
DOCS.append(doc("020_cnb_woodlands_release.txt", """CNB seizes over $680,000 worth of drugs in islandwide operation; five arrested
Central Narcotics Bureau | News Release
Singapore, 16 May 2025

In an operation on 14 May 2025, Central Narcotics Bureau (CNB) officers arrested five suspected drug offenders, including two Malaysian men, and seized about 2,350g of heroin, 1,021g of 'Ice', 498g of cannabis and 300 Ecstasy tablets. The drugs are estimated to be worth more than S$680,000.

CNB officers first intercepted a Malaysia-registered car at Woodlands Checkpoint and arrested the 38-year-old Malaysian driver. The drugs were found in the car's boot. Follow-up raids in Yishun and Sengkang led to four more arrests.

The heroin seized is enough to feed the addiction of about 1,120 abusers for a week.

Under the Misuse of Drugs Act, a person who traffics more than 15g of pure heroin (diamorphine), 250g of methamphetamine or 500g of cannabis may face the death penalty. Investigations into the drug activities of the arrested suspects are ongoing.
""", [
    S("heroin", "SGP", ["approx", "exact"], False, P("2025-05-14"), kg=2.35),
    S("methamphetamine", "SGP", ["approx", "exact"], False, P("2025-05-14"), kg=1.021),
    S("cannabis", "SGP", ["approx", "exact"], False, P("2025-05-14"), kg=0.498),
    S("mdma", "SGP", ["approx", "exact"], False, P("2025-05-14"), pills=300),
    S(["mixed", "unspecified"], "SGP", "at_least", False, P("2025-05-14"), val=680000, cur="SGD", cluster="sgp-woodlands-value"),
    A(5, "SGP", "exact", False, P("2025-05-14"), cluster="sgp-woodlands-arrests"),
    A(1, "SGP", opt=True),
    A(4, "SGP", opt=True),
    A(2, "SGP", opt=True),
], title="CNB seizes over $680,000 worth of drugs in islandwide operation; five arrested",
    outlet=optv("Central Narcotics Bureau"), date="2025-05-16"))

# ---------------------------------------------------------------- 021 Batam liveblog with a correction
DOCS.append(doc("021_batam_liveblog.txt", """LIVE: BNN, Customs intercept meth shipment off Batam
Nusantara Now - Live
Friday 11 July 2025

16:45 WIB - That's all from us today. Summary: BNN and Customs officers seized 1.2 tonnes of crystal methamphetamine from a fishing boat in the waters off Batam; five crew members, all Indonesian, were arrested.

16:20 WIB - CORRECTION: An earlier post said 2.1 tonnes were seized. BNN has clarified that the figure is 1.2 tonnes (1,200 kg), packed in 60 sacks. We apologise for the error.

15:05 WIB - BNN head Comr Gen Hendra Wijaya says the methamphetamine, which came from Myanmar via Malaysian waters, is worth an estimated Rp 1.8 trillion. "This shipment could have reached six million users," he says.

14:30 WIB - The press conference begins at Batam Centre port. Officials display the sacks on the quay.

13:10 WIB - BNN says the boat was intercepted early on Thursday about 12 nautical miles off Nongsa after a two-week surveillance operation with the Directorate General of Customs and Excise.

12:55 WIB - Reports coming in of a large methamphetamine seizure: according to a BNN source, 2.1 tonnes were found on a boat off Batam.
""", [
    S("methamphetamine", "IDN", ["exact", "approx"], False, P("2025-07-10"), kg=1200, val=1.8e12, cur="IDR",
      loc=["Batam", "Nongsa"]),
    A(5, "IDN", "exact", False, P("2025-07-10")),
], title="LIVE: BNN, Customs intercept meth shipment off Batam", outlet="Nusantara Now", date="2025-07-11"))

# ---------------------------------------------------------------- 022 Medan court, five convicted, one acquitted
DOCS.append(doc("022_medan_court_sentences.txt", """Medan court sentences two to death, one to life over 75kg meth smuggling
Sumatra Tribune
Medan, 2025-04-23

The Medan District Court on Tuesday sentenced two men to death and a third to life imprisonment for smuggling 75 kilograms of crystal methamphetamine from Malaysia into North Sumatra by speedboat.

Two other defendants, who had transported the drugs from the coast in a rented car, were sentenced to 20 and 15 years in prison respectively and fined Rp 2 billion each. A sixth defendant, the owner of the rented car, was acquitted.

The panel of judges, led by presiding judge Dewi Anggraini, said the defendants were part of an international syndicate controlled from a prison in Malaysia. Prosecutors had sought the death penalty for all five convicted men.

The six were arrested by BNN officers in June 2024 at Tanjung Balai, Asahan regency, where the speedboat landed.

Their lawyers said they would appeal to the North Sumatra High Court.
""", [
    SEN("death", 2, "IDN", "exact", False, P("2025-04-22")),
    SEN("life", 1, "IDN", "exact", False, P("2025-04-22")),
    SEN("prison", 2, "IDN", "exact", False, P("2025-04-22")),
    SEN("prison", 1, "IDN", opt=True),
    SEN("prison", 1, "IDN", opt=True),
    S("methamphetamine", "IDN", "exact", False, P("2024-06-01", "2024-06-30"), kg=75,
      loc=["Tanjung Balai", "Asahan"]),
    A(6, "IDN", "exact", False, P("2024-06-01", "2024-06-30")),
], title="Medan court sentences two to death, one to life over 75kg meth smuggling", outlet="Sumatra Tribune",
    date="2025-04-23"))

# ---------------------------------------------------------------- 023 BNN 2024 review, per-province bullets (Markdown)
DOCS.append(doc("023_bnn_2024_review.md", """# BNN 2024 in review: 5.2 tonnes of methamphetamine, 1,340 suspects

*Jakarta Policy Review*

**Jakarta, 8 January 2025**

The National Narcotics Agency (BNN) seized 5.2 tonnes of methamphetamine and 1.4 tonnes of cannabis in 2024 and arrested 1,340 suspects, BNN head Comr Gen Hendra Wijaya said at the agency's year-end press conference on Tuesday. Officers also dismantled 48 drug trafficking networks, 11 of them international.

## Methamphetamine seizures by province, 2024

- Aceh: 1,860 kg
- North Sumatra: 1,240 kg
- Riau Islands: 980 kg

Most of the cannabis came from Aceh, where BNN officers also destroyed 71 hectares of cannabis plantations during the year.

## Prevention and rehabilitation

The agency estimated the number of drug users in Indonesia at 3.3 million and said 9,800 people had been treated at its rehabilitation centres. For 2025, BNN has asked for a budget of Rp 2.1 trillion and plans to open new offices in 40 regencies.
""", [
    S("methamphetamine", "IDN", "exact", True, Y24, kg=5200),
    S("cannabis", "IDN", "exact", True, Y24, kg=1400),
    A(1340, "IDN", "exact", True, Y24),
    N(48, "IDN", [None], "exact", True, Y24),
    N(11, "IDN", "international", "exact", True, Y24),
    S("methamphetamine", "IDN", "exact", True, Y24, kg=1860, loc=["Aceh"]),
    S("methamphetamine", "IDN", "exact", True, Y24, kg=1240, loc=["North Sumatra"]),
    S("methamphetamine", "IDN", "exact", True, Y24, kg=980, loc=["Riau Islands"]),
], title="BNN 2024 in review: 5.2 tonnes of methamphetamine, 1,340 suspects", outlet="Jakarta Policy Review",
    date="2025-01-08"))

# ---------------------------------------------------------------- 024 PDEA Pampanga shabu (original of 025)
R3 = P("2025-01-01", "2025-05-31")
DOCS.append(doc("024_pdea_pampanga_shabu.txt", """PDEA, PNP seize P69.36-M shabu in Pampanga buy-bust; 3 nabbed
The Luzon Ledger
Tuesday, 3 June 2025

CITY OF SAN FERNANDO, Pampanga - Operatives of the Philippine Drug Enforcement Agency (PDEA) and the Philippine National Police (PNP) seized 10.2 kilos of suspected shabu worth P69.36 million in a buy-bust operation in Barangay Dolores on Monday night, PDEA said.

Arrested were a Chinese national, identified only as alias "Wei," 41, and two Filipino accomplices, aged 33 and 38. The shabu was packed in ten tea bags with Chinese markings, a packaging typical of shipments from the Golden Triangle.

The value was computed using the Dangerous Drugs Board's standard price of P6.8 million per kilo.

PDEA Regional Director Ferdinand Ocampo said the suspects belonged to a drug syndicate operating in Central Luzon and Metro Manila. They will face charges for violation of the Comprehensive Dangerous Drugs Act of 2002, which carries life imprisonment.

From January to May, PDEA Region 3 seized 412 kilos of shabu and arrested 1,286 drug personalities, Ocampo said.
""", [
    S("methamphetamine", "PHL", "exact", False, P("2025-06-02"), kg=10.2, val=69.36e6, cur="PHP",
      loc=["Dolores", "San Fernando", "Pampanga"], cluster="phl-pampanga-shabu"),
    A(3, "PHL", "exact", False, P("2025-06-02"), cluster="phl-pampanga-arrests"),
    S("methamphetamine", "PHL", "exact", True, R3, kg=412, cluster="phl-r3-shabu-jan-may"),
    A(1286, "PHL", "exact", True, R3, cluster="phl-r3-arrests-jan-may"),
], title="PDEA, PNP seize P69.36-M shabu in Pampanga buy-bust; 3 nabbed", outlet="The Luzon Ledger",
    date="2025-06-03"))

# ---------------------------------------------------------------- 025 near-copy of 024, rounded, gzip
DOCS.append(doc("025_pacific_rim_pampanga.txt.gz", """Chinese national, 2 others held with nearly P70M shabu in Pampanga
Pacific Rim Newswire
June 4, 2025

MANILA - Philippine anti-drug agents arrested a Chinese man and two Filipinos and seized more than 10 kilos of methamphetamine hydrochloride, locally known as shabu, with an estimated value of nearly P70 million in a sting operation in San Fernando City, Pampanga, on Monday night, the Philippine Drug Enforcement Agency said.

The drugs were packed in Chinese tea bags, a packaging often used by syndicates in the Golden Triangle.

The arrest is one of the largest in Central Luzon this year. Regional PDEA figures show that more than 400 kilos of shabu were seized and close to 1,300 drug personalities arrested in the region from January to May.

The suspects face life imprisonment under the Comprehensive Dangerous Drugs Act of 2002.
""", [
    S("methamphetamine", "PHL", ["at_least", "at_most"], False, P("2025-06-02"), kg=10, val=70e6, cur="PHP",
      loc=["San Fernando", "Pampanga"], cluster="phl-pampanga-shabu"),
    A(3, "PHL", "exact", False, P("2025-06-02"), cluster="phl-pampanga-arrests"),
    S("methamphetamine", "PHL", "at_least", True, R3, kg=400, cluster="phl-r3-shabu-jan-may"),
    A(1300, "PHL", "at_most", True, R3, cluster="phl-r3-arrests-jan-may"),
], title="Chinese national, 2 others held with nearly P70M shabu in Pampanga", outlet="Pacific Rim Newswire",
    date="2025-06-04", dup="024_pdea_pampanga_shabu.txt", fmt="gz"))

# ---------------------------------------------------------------- 026 Kalinga eradication (HTML); only the dried leaves count
KAL = P("2025-08-18", "2025-08-20", tol=2)
DOCS.append(doc("026_kalinga_marijuana.html", html_page(
    "P186-M marijuana uprooted in Kalinga; 120 kilos of dried leaves confiscated", "Cordillera Mountain Post",
    "2025-08-22T11:00:00+08:00", "By Joanna Bagni | 22 August 2025",
    ["TINGLAYAN, Kalinga - Joint teams of the PDEA Cordillera office, the Kalinga police and the Philippine Army uprooted and burned 930,000 fully grown marijuana plants with an estimated value of P186 million in a three-day eradication operation in the mountain villages of Tinglayan, which ended on Wednesday.",
     "The teams cleared 23 plantation sites covering about 18 hectares. They also confiscated 120 kilos of dried marijuana leaves and stalks found in two drying huts, worth P14.4 million, and arrested one cultivator.",
     "No other cultivators were found at the sites, which can only be reached after a six-hour hike.",
     "PDEA said a kilo of dried marijuana sells for about P120,000 in Baguio and Metro Manila.",
     "Since January, eradication operations in the Cordillera have destroyed marijuana plants worth P1.2 billion, the agency said."],
    ["Landslide cuts Mountain Province road", "Baguio flower festival dates set", "Kalinga coffee wins national award"],
    nav=("Home", "Cordillera", "Nation", "Business", "Lifestyle")), [
    S("cannabis", "PHL", "exact", False, KAL, kg=120, val=14.4e6, cur="PHP", loc=["Tinglayan", "Kalinga"]),
    A(1, "PHL", "exact", False, KAL),
], title="P186-M marijuana uprooted in Kalinga; 120 kilos of dried leaves confiscated",
    outlet="Cordillera Mountain Post", date="2025-08-22", fmt="html"))
