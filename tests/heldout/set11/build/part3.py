from common import *

# Part 3: Australia, New Zealand and the Pacific; Central Asia (CARICC, Tajikistan, Kyrgyzstan), Russia (MVD, gzip),
# Turkey (Jandarma, weekly ministry figures: detained vs remanded), Georgia-Azerbaijan
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 027 AFP Port Botany release (independent of 028)
DOCS.append(doc("027_afp_port_botany_release.txt", """Two charged after 640kg of cocaine found in ship's sea chest at Port Botany
Australian Federal Police | Media release
Friday, 21 March 2025

Two men have been charged after Australian Border Force (ABF) and AFP divers allegedly found 640 kilograms of cocaine concealed in the sea chest of a bulk carrier docked at Port Botany on Wednesday (19 March 2025).

The cocaine has an estimated street value of A$256 million and is the equivalent of about 3.2 million street deals, the AFP said.

A NSW man, 34, and a Queensland man, 41, were arrested on Thursday (20 March) in Maroubra after allegedly attempting to retrieve the drugs using diving equipment. They appeared in Sydney's Downing Centre Local Court today and were remanded in custody.

The bulk carrier had arrived from Ecuador via New Zealand. The New Zealand Police and New Zealand Customs Service shared intelligence about the vessel.

AFP Detective Superintendent Grace Holloway said wastewater analysis showed Australians consumed about 5.4 tonnes of cocaine in 2024.

The maximum penalty for importing a commercial quantity of a border-controlled drug is life imprisonment.
""", [
    S("cocaine", "AUS", ["exact", "approx"], False, P("2025-03-19"), kg=640, val=256e6, cur="AUD",
      loc=["Port Botany"], cluster="aus-botany-cocaine"),
    A(2, "AUS", "exact", False, P("2025-03-20"), cluster="aus-botany-arrests"),
    C("information_exchange", ["AUS", "NZL"], ev="shared intelligence", opt=True),
], title="Two charged after 640kg of cocaine found in ship's sea chest at Port Botany",
    outlet=optv("Australian Federal Police"), date="2025-03-21"))

# ---------------------------------------------------------------- 028 Sydney paper, same seizure (HTML, published first)
DOCS.append(doc("028_harbour_city_port_botany.html", html_page(
    "Divers caught 'fishing' for $256m cocaine haul under Port Botany ship, police say", "Harbour City Examiner",
    "2025-03-20T19:40:00+11:00", "By Liam Costa, Crime Reporter | March 20, 2025",
    ["Two men have been arrested in Maroubra after police allegedly watched them try to retrieve more than 600 kilograms of cocaine hidden in a cargo ship's sea chest at Port Botany.",
     "Federal police and Border Force divers found the drugs, wrapped in waterproof bags and tied to the hull grate, during a search of the bulk carrier on Wednesday, sources said. Officers left the packages in place and waited.",
     "The men, aged 34 and 41, were arrested on Thursday morning near a boat ramp. A third man is being questioned by detectives.",
     "The haul is estimated to be worth about $256 million, police sources said.",
     "It is the third sea-chest seizure in Sydney this year. Border Force figures show officers detected 21.6 tonnes of cocaine at the border nationally in 2023-24, the financial year to June 30."],
    ["Light rail extension delayed again", "Rabbitohs sign new halfback", "Harbour swim ban lifted"],
    nav=("Home", "Sydney", "NSW", "National", "Sport")), [
    S("cocaine", "AUS", ["at_least", "approx"], False, P("2025-03-19"), kg=600, val=256e6, cur="AUD",
      loc=["Port Botany"], cluster="aus-botany-cocaine"),
    A(2, "AUS", "exact", False, P("2025-03-20"), cluster="aus-botany-arrests"),
    S("cocaine", "AUS", "exact", True, P("2023-07-01", "2024-06-30"), kg=21600),
], title="Divers caught 'fishing' for $256m cocaine haul under Port Botany ship, police say",
    outlet="Harbour City Examiner", date="2025-03-20", fmt="html"))

# ---------------------------------------------------------------- 029 NZ Customs, canned tomatoes ("last Wednesday")
DOCS.append(doc("029_nz_customs_tomatoes.txt", """Customs find 85kg of meth in canned tomatoes at Auckland port
Aotearoa Evening Mail
Auckland, Tuesday 9 September 2025

New Zealand Customs Service officers have found 85 kilograms of methamphetamine hidden in tins of chopped tomatoes in a shipping container from Mexico at the Ports of Auckland.

The discovery was made last Wednesday during an x-ray inspection of the container, Customs said. Police arrested two men, aged 29 and 52, at a storage unit in East Tamaki on Sunday after a controlled delivery.

Customs Investigations Manager Paul Reiher said the methamphetamine had a street value of up to NZ$25.5 million and could have caused more than NZ$108 million in social harm and costs to the community.

Methamphetamine sells for about NZ$300 a gram in Auckland, police said.

Customs has intercepted 1.6 tonnes of methamphetamine at the border in the year to June 30, 2025, the agency said.
""", [
    S("methamphetamine", "NZL", ["exact", "at_most"], False, P("2025-09-03"), kg=85, val=25.5e6, cur="NZD",
      loc=["Auckland"]),
    A(2, "NZL", "exact", False, P("2025-09-07")),
    S("methamphetamine", "NZL", "exact", True, P("2024-07-01", "2025-06-30"), kg=1600),
], title="Customs find 85kg of meth in canned tomatoes at Auckland port", outlet="Aotearoa Evening Mail",
    date="2025-09-09"))

# ---------------------------------------------------------------- 030 Interpol Pacific operation
RG = P("2025-10-13", "2025-10-31")
DOCS.append(doc("030_pacific_reef_guard.txt", """Interpol-led operation nets 1.2 tonnes of drugs across the Pacific
Pacific Islands Bulletin
Suva, 2025-11-19

An Interpol-coordinated operation across eight Pacific countries has led to the seizure of more than 1.2 tonnes of drugs and the arrest of 96 people, the international police organisation said on Tuesday.

Operation Reef Guard ran from 13 to 31 October and involved police and customs officers from Fiji, Papua New Guinea, Samoa, Tonga, Vanuatu and Solomon Islands, supported by the Australian Federal Police and New Zealand Police.

Fiji Police seized 212 kg of methamphetamine from a yacht in Lautoka on 22 October and arrested four people, including two foreign nationals. In Papua New Guinea, officers found 780 kg of marijuana on a truck on the Highlands Highway near Lae and arrested the driver.

Officers also seized 14 firearms and FJ$1.1 million in cash during the operation.

Methamphetamine use is now a public health emergency in Fiji, where HIV infections linked to injecting drug use have risen sharply, the health ministry has said.
""", [
    C("joint_operation", ["INTERPOL", "FJI", "PNG", "WSM", "TON", "VUT", "SLB", "AUS", "NZL"], RG,
      ev="Operation Reef Guard"),
    S(["unspecified", "mixed"], None, "at_least", True, RG, kg=1200),
    A(96, None, "exact", True, RG),
    S("methamphetamine", "FJI", "exact", False, P("2025-10-22"), kg=212, loc=["Lautoka"]),
    A(4, "FJI", "exact", False, P("2025-10-22")),
    S("cannabis", "PNG", "exact", False, RG, kg=780, loc=["Lae", "Highlands Highway"]),
    A(1, "PNG", "exact", False, RG),
], title="Interpol-led operation nets 1.2 tonnes of drugs across the Pacific", outlet="Pacific Islands Bulletin",
    date="2025-11-19"))

# ---------------------------------------------------------------- 031 CARICC-coordinated operation
SB = P("2025-09-15", "2025-10-05")
DOCS.append(doc("031_caricc_steppe_barrier.txt", """CARICC-coordinated operation seizes 3.4 tonnes of drugs in Central Asia and Caspian region
Central Asia Security Monitor
Almaty, 14 October 2025

Law enforcement agencies of Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan, Azerbaijan and Russia seized 3.4 tonnes of narcotics and psychotropic substances during a joint international operation coordinated by the Central Asian Regional Information and Coordination Centre (CARICC), the centre said on Monday.

The operation, code-named "Steppe Barrier", took place from 15 September to 5 October. Officers detained 418 people and dismantled 9 drug trafficking groups and 4 clandestine laboratories producing synthetic drugs.

Among the largest seizures, Tajikistan's Drug Control Agency found 620 kg of hashish in a truck in Khatlon region on 22 September. In Kazakhstan, police dismantled two laboratories producing synthetic drugs in Almaty region, seizing 46 kg of mephedrone and 300 litres of precursors.

CARICC said it would hold a meeting of national focal points in Almaty in December to prepare the next phase.
""", [
    C("joint_operation", ["CARICC", "KAZ", "KGZ", "TJK", "UZB", "TKM", "AZE", "RUS"], SB, ev="Steppe Barrier"),
    S(["unspecified", "mixed"], None, "exact", True, SB, kg=3400),
    A(418, None, "exact", True, SB),
    N(9, None, q="exact", agg=True, period=SB),
    N(4, None, q="exact", agg=True, period=SB),
    S("hashish", "TJK", "exact", False, P("2025-09-22"), kg=620, loc=["Khatlon"]),
    N(2, "KAZ", q="exact", agg=[False, True], period=SB),
    S(["unspecified", "amphetamine"], "KAZ", kg=46, opt=True),
], title="CARICC-coordinated operation seizes 3.4 tonnes of drugs in Central Asia and Caspian region",
    outlet="Central Asia Security Monitor", date="2025-10-14"))

# ---------------------------------------------------------------- 032 Tajik border, UNODC training
DOCS.append(doc("032_tajik_border_unodc.txt", """Tajik border guards seize 42kg of heroin on Afghan frontier; UNODC course ends in Dushanbe
Dushanbe Courier
Dushanbe, 2025-02-27

Tajik border guards seized 42 kg of heroin and 180 kg of hashish after a firefight with smugglers who crossed the Panj river from Afghanistan in the Ishkashim district of Gorno-Badakhshan on Tuesday night, the State Committee for National Security said.

One smuggler, an Afghan national, was killed and two others were detained. A Tajik border guard was wounded.

The Drug Control Agency under the President of Tajikistan said the country's law enforcement agencies seized 4.1 tonnes of drugs in 2024, down from 4.6 tonnes in 2023.

Meanwhile, 24 officers from the Drug Control Agency, the customs service and the border troops completed a two-week course on detecting synthetic drugs and precursors, organised by the UN Office on Drugs and Crime (UNODC), in Dushanbe on Wednesday. A similar course for Kyrgyz officers is planned in Bishkek in April.
""", [
    S("heroin", "TJK", "exact", False, P("2025-02-25"), kg=42, loc=["Ishkashim", "Gorno-Badakhshan"]),
    S("hashish", "TJK", "exact", False, P("2025-02-25"), kg=180, loc=["Ishkashim", "Gorno-Badakhshan"]),
    A(2, "TJK", "exact", False, P("2025-02-25")),
    S(["unspecified", "mixed"], "TJK", "exact", True, Y24, kg=4100),
    S(["unspecified", "mixed"], "TJK", "exact", True, P("2023-01-01", "2023-12-31"), kg=4600, opt=True),
    C("training", ["TJK", "UNODC"], P("2025-02-13", "2025-02-26", tol=3), loc="Dushanbe", ev="two-week course"),
], title="Tajik border guards seize 42kg of heroin on Afghan frontier; UNODC course ends in Dushanbe",
    outlet="Dushanbe Courier", date="2025-02-27"))

# ---------------------------------------------------------------- 033 Russia, St Petersburg cocaine (gzip, rubles)
LW = P("2025-04-07", "2025-04-13", tol=3)
DOCS.append(doc("033_russia_stpete_cocaine.txt.gz", """Russian police seize 1.2 tonnes of cocaine in St Petersburg banana shipment
Neva Business Gazette
St Petersburg, 2025-04-17

Officers of the Interior Ministry's (MVD) drug control department and the Federal Customs Service found 1.2 tonnes of cocaine in a container of bananas from Ecuador at the Big Port of St Petersburg on Tuesday, ministry spokeswoman Irina Volkova said on Wednesday.

The cocaine, packed in 1,040 briquettes, would have been worth more than 7 billion rubles on the black market, she said. Three men, including the head of a St Petersburg fruit-importing company, were detained.

In a separate operation in the Moscow region last week, MVD officers dismantled a clandestine laboratory in a rented country house in Sergiev Posad district and seized 36 kg of mephedrone and 400 litres of precursors. Two people were detained.

According to the ministry, the number of registered drug crimes in January-March fell by 6 per cent to 41,200.
""", [
    S("cocaine", "RUS", ["exact", "at_least"], False, P("2025-04-15"), kg=1200, val=7e9, cur="RUB",
      loc=["St Petersburg"]),
    A(3, "RUS", "exact", False, P("2025-04-15", tol=1)),
    N(1, "RUS", q="exact", agg=False, period=LW),
    A(2, "RUS", "exact", False, LW),
    S(["unspecified", "amphetamine"], "RUS", kg=36, opt=True),
], title="Russian police seize 1.2 tonnes of cocaine in St Petersburg banana shipment", outlet="Neva Business Gazette",
    date="2025-04-17", fmt="gz"))

# ---------------------------------------------------------------- 034 Jandarma Hatay captagon (TL)
DOCS.append(doc("034_jandarma_hatay_captagon.txt", """Jandarma seizes 12.4 million captagon pills near Cilvegözü border gate
Southern Türkiye Post
2025-03-05

REYHANLI, Hatay - Gendarmerie (Jandarma) teams seized 12.4 million captagon pills hidden in a truck loaded with cement bags near the Cilvegözü border gate on Monday, the Hatay Governor's Office said on Tuesday.

The pills, weighing 2.1 tonnes, have a market value of about 1.55 billion Turkish lira (TL), the statement said. Five suspects were detained, and four of them were later remanded in custody by a court.

The truck had entered Türkiye from Syria's Idlib province. Officials said the seizure was nearly twice as large as the biggest captagon haul in Hatay last year.

Jandarma units in Hatay seized a total of 48.6 million captagon pills in 2024, the governor's office said. A captagon pill sells for around $5 in Gulf markets.
""", [
    S("captagon", "TUR", ["exact", "approx"], False, P("2025-03-03"), pills=12400000, kg=2100, val=1.55e9,
      cur="TRY", loc=["Cilveg", "Reyhanl", "Hatay"]),
    A(5, "TUR", "exact", False, P("2025-03-03", tol=1)),
    A(4, "TUR", opt=True),
    S("captagon", "TUR", "exact", True, Y24, pills=48600000, loc=["Hatay"]),
], title="Jandarma seizes 12.4 million captagon pills near Cilvegözü border gate", outlet="Southern Türkiye Post",
    date="2025-03-05"))

# ---------------------------------------------------------------- 035 Turkey weekly operations (detained vs remanded)
WK = P("2025-06-16", "2025-06-22", tol=2)
DOCS.append(doc("035_turkey_weekly_operations.txt", """Interior Ministry: 2,140 suspects detained in week-long anti-drug operations in 78 provinces
Ankara Daily Review
Ankara, Monday, 23 June 2025

Police and gendarmerie units carried out operations against drug dealers in 78 provinces over the past week, detaining 2,140 suspects, the Interior Minister said on Monday. Of those, 698 were formally arrested by courts and remanded in custody, and 412 were released under judicial control.

Officers seized 1,480 kg of cannabis, 742 kg of cocaine and 4.2 million captagon pills during the operations, the minister said.

In the largest single operation, gendarmerie teams in Mersin seized 610 kg of cocaine in a container of frozen fish at the Mersin International Port on Thursday and detained 11 suspects, dismantling what officials described as an international trafficking network with links to Ecuador.

"We will not allow our children to be poisoned," the minister wrote on social media.
""", [
    A(2140, "TUR", "exact", True, WK),
    A(698, "TUR", opt=True),
    S("cannabis", "TUR", "exact", True, WK, kg=1480),
    S("cocaine", "TUR", "exact", True, WK, kg=742),
    S("captagon", "TUR", "exact", True, WK, pills=4200000),
    S("cocaine", "TUR", "exact", False, P("2025-06-19"), kg=610, loc=["Mersin"]),
    A(11, "TUR", "exact", False, P("2025-06-19")),
    N(1, "TUR", "international", "exact", False, P("2025-06-19")),
], title="Interior Ministry: 2,140 suspects detained in week-long anti-drug operations in 78 provinces",
    outlet="Ankara Daily Review", date="2025-06-23"))

# ---------------------------------------------------------------- 036 Georgia-Azerbaijan MoU and joint operation
SEP = P("2025-09-01", "2025-09-30")
DOCS.append(doc("036_georgia_azerbaijan_mou.txt", """Georgia, Azerbaijan sign memorandum on fighting drug trafficking
Tbilisi Ledger
Tbilisi, 2025-10-02

Georgia's Ministry of Internal Affairs and Azerbaijan's Ministry of Internal Affairs signed a memorandum of understanding on cooperation in combating illicit drug trafficking in Tbilisi on Wednesday. Under the memorandum, the ministries will exchange operational information and carry out coordinated operations at the Red Bridge and Sadakhlo crossings.

The signing followed a joint operation last month in which Georgian police seized 14 kg of heroin and 3,200 Subutex tablets from a minibus at the Sadakhlo crossing and detained two men, while Azerbaijani police in Ganja detained three members of the same group.

In the first eight months of 2025, Georgian police detained 2,930 people for drug crimes, the ministry said. The number of drug-related deaths registered in Georgia fell by a fifth.
""", [
    C("mou", ["GEO", "AZE"], P("2025-10-01"), loc="Tbilisi", ev="memorandum of understanding"),
    C("joint_operation", ["GEO", "AZE"], SEP, ev="joint operation"),
    S("heroin", "GEO", "exact", False, SEP, kg=14, loc=["Sadakhlo"]),
    S("unspecified", "GEO", pills=3200, opt=True),
    A(2, "GEO", "exact", False, SEP),
    A(3, "AZE", "exact", False, SEP),
    A(2930, "GEO", "exact", True, P("2025-01-01", "2025-08-31")),
], title="Georgia, Azerbaijan sign memorandum on fighting drug trafficking", outlet="Tbilisi Ledger",
    date="2025-10-02"))

# ---------------------------------------------------------------- 037 Kyrgyz Chui valley (hectares, budget, plan)
GV = P("2025-06-01", "2025-08-11", tol=7)
DOCS.append(doc("037_kyrgyz_chui_marijuana.txt", """Kyrgyz police seize 1.6 tonnes of marijuana in Chui region
Bishkek Evening Bulletin
Bishkek, 2025-08-12

Officers of the Service for Combating Drug Trafficking (SBNON) of the Interior Ministry seized 1.6 tonnes of marijuana from a farmhouse in Kemin district, Chui region, on Sunday, the service said on Monday. Two local residents were detained.

The seizure was made during the annual "Green Valley" operation, launched in June, under which police and local authorities have destroyed wild-growing hemp on more than 2,400 hectares in the Chui and Issyk-Kul regions.

Since the beginning of the operation, officers have seized 3.9 tonnes of drugs and detained 176 people, the service said.

Marijuana sells for about 1,500 soms per 100 grams in Bishkek.

The service plans to extend the operation to Jalal-Abad region in September. It is seeking an additional 85 million soms from the budget for vehicles and drug-testing kits.
""", [
    S("cannabis", "KGZ", "exact", False, P("2025-08-10"), kg=1600, loc=["Kemin", "Chui"]),
    A(2, "KGZ", "exact", False, P("2025-08-10")),
    S(["unspecified", "mixed"], "KGZ", "exact", True, GV, kg=3900),
    A(176, "KGZ", "exact", True, GV),
], title="Kyrgyz police seize 1.6 tonnes of marijuana in Chui region", outlet="Bishkek Evening Bulletin",
    date="2025-08-12"))
