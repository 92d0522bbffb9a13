from common import *

DOCS = []

# ---------------------------------------------------------------- 013 Guinea-Bissau (AFP)
GNB_BODY = """Bissau (AFP) - Police in Guinea-Bissau seized more than 2.6 tonnes of cocaine aboard a private jet that landed at the capital's airport from Venezuela, the judicial police said Monday.

The aircraft was searched on Saturday shortly after it touched down at Osvaldo Vieira International Airport, where officers found the drugs packed in dozens of suitcases in the cabin.

Its four crew members -- two Colombians, a Brazilian and a Bissau-Guinean -- were arrested, judicial police director Aliu Balde told reporters.

"This is a blow against the international networks that use our country as a transit point," he said.

Guinea-Bissau, a former Portuguese colony with a long history of coups, has for two decades been considered a hub for cocaine trafficking between Latin America and Europe.
"""
DOCS.append(doc("013_guinea_bissau_afp.txt", """Guinea-Bissau seizes 2.6 tonnes of cocaine on plane from Venezuela
Sep 8, 2025
AFP

""" + GNB_BODY + """
In 2019, police seized 1.8 tonnes of cocaine hidden in a lorry carrying fish in what was then the country's biggest haul.
""", [
    S("cocaine", "GNB", "at_least", False, P("2025-09-06"), kg=2600, loc=["Bissau", "Osvaldo Vieira"], cluster="gnb-cocaine-jet"),
    A(4, "GNB", "exact", False, cluster="gnb-crew-arrests"),
    S("cocaine", kg=1800, opt=True),
], title="Guinea-Bissau seizes 2.6 tonnes of cocaine on plane from Venezuela", outlet="AFP", date="2025-09-08"))

# ---------------------------------------------------------------- 014 Kenya Mombasa
DOCS.append(doc("014_kenya_mombasa.txt", """Three held as police seize Sh36 million heroin in Mombasa
Published on: 21/05/2025
By Our Reporter | The Coast Observer

Police in Mombasa have arrested three suspects, including a Tanzanian national, and seized 12 kilogrammes of heroin valued at Sh36 million.

The suspects were arrested on Tuesday in a raid on a house in Kisauni, where detectives also recovered weighing scales and packaging material.

The Coast regional police commander said each gram of heroin sells for about Sh3,000 on the streets of Mombasa, making the trade lucrative for the networks that import it by sea from the Makran coast.

According to the National Authority for the Campaign Against Alcohol and Drug Abuse, the country has an estimated 27,000 people who inject drugs, most of them in Mombasa, Kilifi and Nairobi.

The three will be arraigned at the Shanzu Law Courts today, where police intend to seek more time to complete investigations.
""", [
    S("heroin", "KEN", "exact", False, P("2025-05-20"), kg=12, val=36e6, cur="KES", loc=["Kisauni", "Mombasa"]),
    A(3, "KEN", "exact", False, P("2025-05-20")),
], title="Three held as police seize Sh36 million heroin in Mombasa", outlet="The Coast Observer", date="2025-05-21"))

# ---------------------------------------------------------------- 015 Tanzania quarterly "Drug: quantity"
Q1 = P("2025-01-01", "2025-03-31")
DOCS.append(doc("015_tanzania_dcea_q1.txt", """DCEA seizes 1,050 kg of narcotics in first quarter
April 10, 2025 | Dar es Salaam | Dar Morning Post

The Drug Control and Enforcement Authority (DCEA) seized 1,050 kilogrammes of narcotic drugs and arrested 312 suspects across Tanzania between January and March 2025, the authority's Commissioner General told reporters yesterday.

The seizures were broken down as follows:
Cannabis: 985.3 kg
Heroin: 42.6 kg
Methamphetamine: 18.9 kg
Cocaine: 3.2 kg

He said 3,400 acres of cannabis farms were destroyed in the same period in Arusha, Mara and Morogoro regions.

The quantity of heroin seized was double that recorded in the same period last year, he said, warning that traffickers were increasingly using dhows to land consignments on the country's southern coast.

The authority will host a regional meeting with Kenya and Uganda in May to harmonise enforcement along shared borders, he added.
""", [
    S(["mixed", "unspecified"], "TZA", "exact", True, Q1, kg=1050),
    A(312, "TZA", "exact", True, Q1),
    S("cannabis", "TZA", "exact", True, Q1, kg=985.3),
    S("heroin", "TZA", "exact", True, Q1, kg=42.6),
    S("methamphetamine", "TZA", "exact", True, Q1, kg=18.9),
    S("cocaine", "TZA", "exact", True, Q1, kg=3.2),
], title="DCEA seizes 1,050 kg of narcotics in first quarter", outlet="Dar Morning Post", date="2025-04-10"))

# ---------------------------------------------------------------- 016 South Africa
DOCS.append(doc("016_south_africa_durban.txt", """Divers find R60 million cocaine on hull of ship at Durban harbour
Thursday 12 June 2025 | SA Crime Wire

DURBAN - Police divers found about 44 kilograms of cocaine with an estimated street value of R60 million strapped inside the sea chest of a bulk carrier at Durban harbour on Wednesday, the South African Police Service (SAPS) said.

The drugs were packed in 40 bricks wrapped in waterproof plastic. A 39-year-old crew member, a Filipino national, was arrested after investigators linked him to the consignment.

The vessel had arrived from Santos in Brazil, a port frequently used by cocaine traffickers to load drugs into the hulls of ships without the knowledge of their owners.

Last month, police destroyed drugs worth more than R1.2 billion at an incinerator in Gauteng as part of the disposal of exhibits from finalised court cases.
""", [
    S("cocaine", "ZAF", "approx", False, P("2025-06-11"), kg=44, val=60e6, cur="ZAR", loc=["Durban"]),
    A(1, "ZAF", "exact", False),
], title="Divers find R60 million cocaine on hull of ship at Durban harbour", outlet="SA Crime Wire", date="2025-06-12"))

# ---------------------------------------------------------------- 017 Pakistan ANF numbered list
D = P("2025-03-15")
DOCS.append(doc("017_pakistan_anf.txt", """ANF recovers drugs worth Rs1.2 billion in nine operations
Islamabad, March 16, 2025 (PR No. 214)
Anti-Narcotics Force - Press Release

The Anti-Narcotics Force (ANF) conducted nine operations across the country on Saturday and recovered drugs worth Rs1.2 billion in the international market, arrested seven suspects including a woman, and impounded two vehicles.

Details of major recoveries:
1. Karachi: 180 kg of hashish was recovered from a container at Port Qasim bound for Australia.
2. Quetta: 60 kg of heroin and 25 kg of ice (methamphetamine) were recovered from a vehicle near the Western Bypass; two suspects were arrested.
3. Islamabad: 1.2 kg of ice was recovered from a passenger travelling to Doha at Islamabad International Airport; the passenger was arrested.
4. Peshawar: 4,800 ecstasy tablets were recovered from a courier parcel.
5. Rawalpindi: 8 kg of opium was recovered from a motorcyclist near Chungi No. 22, who escaped.

Cases have been registered under the CNSA 1997 and investigations are under way.
""", [
    S(["mixed", "unspecified"], "PAK", "exact", [True, False], D, val=1.2e9, cur="PKR"),
    A(7, "PAK", "exact", [True, False], D),
    S("hashish", "PAK", "exact", False, D, kg=180, loc=["Karachi", "Port Qasim"]),
    S("heroin", "PAK", "exact", False, D, kg=60, loc=["Quetta"]),
    S("methamphetamine", "PAK", "exact", False, D, kg=25, loc=["Quetta"]),
    A(2, "PAK", "exact", False, D),
    S("methamphetamine", "PAK", "exact", False, D, kg=1.2, loc=["Islamabad"]),
    A(1, "PAK", "exact", False, D),
    S("mdma", "PAK", "exact", False, D, pills=4800, loc=["Peshawar"]),
    S("opium", "PAK", "exact", False, D, kg=8, loc=["Rawalpindi"]),
], title="ANF recovers drugs worth Rs1.2 billion in nine operations", outlet=optv("Anti-Narcotics Force"), date="2025-03-16"))

# ---------------------------------------------------------------- 018 India Mumbai
DOCS.append(doc("018_india_mumbai_dri.txt", """DRI seizes cocaine worth Rs 32 crore at Mumbai airport; Kenyan woman held
Mar 8, 2025, 11:42 IST | Western Express

MUMBAI: Officers of the Directorate of Revenue Intelligence (DRI) seized 3.2 kg of cocaine worth Rs 32 crore in the illicit market from a Kenyan woman who arrived from Addis Ababa at Chhatrapati Shivaji Maharaj International Airport on Thursday.

The drugs were concealed in the false bottom of her trolley bag. She was arrested under the Narcotic Drugs and Psychotropic Substances (NDPS) Act and produced before a special court, which remanded her in judicial custody.

In a separate case, the Anti-Narcotics Cell of the Mumbai police seized 45 kg of ganja worth Rs 9 lakh from a tempo in Govandi on Friday and arrested its driver.

Officials said carriers recruited by West African syndicates are usually paid around Rs 2 lakh per trip, plus air fare and hotel stay.
""", [
    S("cocaine", "IND", "exact", False, P("2025-03-06"), kg=3.2, val=3.2e8, cur="INR", loc=["Mumbai", "Chhatrapati Shivaji"]),
    A(1, "IND", "exact", False, P("2025-03-06")),
    S("cannabis", "IND", "exact", False, P("2025-03-07"), kg=45, val=9e5, cur="INR", loc=["Govandi"]),
    A(1, "IND", "exact", False, P("2025-03-07")),
], title="DRI seizes cocaine worth Rs 32 crore at Mumbai airport; Kenyan woman held", outlet="Western Express", date="2025-03-08"))

# ---------------------------------------------------------------- 019 India state text table FY 2023-24
FY = P("2023-04-01", "2024-03-31")
DOCS.append(doc("019_india_state_table.txt", """Punjab leads heroin seizures as NCB releases 2023-24 state data
Published: 12 August 2024 | New Delhi | The Capital Ledger

The Narcotics Control Bureau's annual data for the financial year 2023-24 (April 2023 to March 2024) shows that Punjab again accounted for the largest share of heroin seized in India, while Assam topped the list for ganja.

State-wise seizures by all agencies, 2023-24 (in kg)

State          Heroin      Ganja
Punjab        1,245.6    3,410.0
Gujarat         418.2   12,870.5
Assam           296.4   41,230.0
Delhi            88.9    6,115.3

Nationally, agencies seized 3,370 kg of heroin and 4,97,000 kg of ganja in the financial year, the data showed. The heroin figure is 18 per cent higher than in 2022-23.

Officials said a gram of heroin sells for Rs 4,000 to Rs 5,000 in the border districts of Amritsar and Tarn Taran, where most consignments are dropped by drones from across the border.
""", [
    S("heroin", "IND", "exact", True, FY, kg=1245.6, loc=["Punjab"]),
    S("cannabis", "IND", "exact", True, FY, kg=3410.0, loc=["Punjab"]),
    S("heroin", "IND", "exact", True, FY, kg=418.2, loc=["Gujarat"]),
    S("cannabis", "IND", "exact", True, FY, kg=12870.5, loc=["Gujarat"]),
    S("heroin", "IND", "exact", True, FY, kg=296.4, loc=["Assam"]),
    S("cannabis", "IND", "exact", True, FY, kg=41230.0, loc=["Assam"]),
    S("heroin", "IND", "exact", True, FY, kg=88.9, loc=["Delhi"]),
    S("cannabis", "IND", "exact", True, FY, kg=6115.3, loc=["Delhi"]),
    S("heroin", "IND", "exact", True, FY, kg=3370),
    S("cannabis", "IND", "exact", True, FY, kg=497000),
], title="Punjab leads heroin seizures as NCB releases 2023-24 state data", outlet="The Capital Ledger", date="2024-08-12"))

# ---------------------------------------------------------------- 020 Bangladesh
DOCS.append(doc("020_bangladesh_teknaf.txt", """BGB seizes 2.4 lakh yaba pills in Teknaf; smugglers flee
08 Mar 2025 | Cox's Bazar correspondent | Dhaka Daybreak

Members of Border Guard Bangladesh (BGB) seized 2.4 lakh yaba tablets valued at Tk 7.2 crore from the bank of the Naf river in Teknaf early Friday.

No one could be arrested as the smugglers fled towards Myanmar under cover of darkness, leaving the sacks behind, said the commanding officer of BGB's Teknaf battalion.

In a separate drive, the Rapid Action Battalion (RAB) recovered 89 kg 940 g of ganja from a pickup van in Ukhiya on Thursday and arrested its driver and helper.

BGB seized 3.3 crore yaba tablets across the country in 2024, according to its annual statistics.
""", [
    S("methamphetamine", "BGD", "exact", False, P("2025-03-07"), pills=240000, val=72e6, cur="BDT", loc=["Teknaf", "Naf"]),
    S("cannabis", "BGD", "exact", False, P("2025-03-06"), kg=89.94, loc=["Ukhiya"]),
    A(2, "BGD", "exact", False, P("2025-03-06")),
    S("methamphetamine", "BGD", "exact", True, P("2024-01-01", "2024-12-31"), pills=33000000),
], title="BGB seizes 2.4 lakh yaba pills in Teknaf; smugglers flee", outlet="Dhaka Daybreak", date="2025-03-08"))

# ---------------------------------------------------------------- 021 Myanmar
DOCS.append(doc("021_myanmar_tachileik.txt", """Myanmar police seize 1.2 million meth tablets in Tachileik
2025-06-27 | Yangon | Mekong Dispatch

Myanmar police seized 1.2 million methamphetamine tablets and 150 kilograms of crystal methamphetamine from a house in Tachileik, in eastern Shan State, on Monday, the Central Committee for Drug Abuse Control (CCDAC) said.

Four suspects were detained at the house, which sits a few hundred metres from the border with Thailand, the committee said.

On Thursday, marking the International Day Against Drug Abuse and Illicit Trafficking, authorities in Yangon, Mandalay and Taunggyi burned seized drugs worth about 500 million US dollars.

Shan State is at the heart of the Golden Triangle, where the United Nations says methamphetamine production has reached record levels amid the conflict that followed the 2021 coup.
""", [
    S("methamphetamine", "MMR", "exact", False, P("2025-06-23"), pills=1200000, loc=["Tachileik"]),
    S("methamphetamine", "MMR", "exact", False, P("2025-06-23"), kg=150, loc=["Tachileik"]),
    A(4, "MMR", "exact", False, P("2025-06-23")),
], title="Myanmar police seize 1.2 million meth tablets in Tachileik", outlet="Mekong Dispatch", date="2025-06-27"))

# ---------------------------------------------------------------- 022 Thailand
THAI_P1 = """CHIANG RAI - Thai soldiers seized 6.2 million methamphetamine pills, worth about 300 million baht, after a firefight with a gang of smugglers near the Myanmar border in Chiang Rai's Mae Fa Luang district on Friday, the army said.

Three smugglers were killed and one was arrested; the others fled back across the border, according to the Pha Muang Task Force."""
THAI_PACK = """The pills were packed in 31 sacks of 200,000 pills each, stamped with the "WY" logo common to tablets produced in Shan State."""
THAI_P3 = """The task force said that since October 1, the start of the fiscal year, troops had seized more than 42 million pills along the border in Chiang Rai and Chiang Mai provinces.

Thailand is a major transit route for methamphetamine produced in Myanmar's lawless border areas and trafficked to Malaysia, Indonesia and Australia."""
DOCS.append(doc("022_thailand_chiangrai.txt", """Thai troops seize 6.2 million yaba pills after border clash
Saturday, 15 February 2025 | Bangkok | Siam Morning News

""" + THAI_P1 + "\n\n" + THAI_PACK + "\n\n" + THAI_P3 + "\n", [
    S("methamphetamine", "THA", ["exact", "approx"], False, P("2025-02-14"), pills=6200000, val=300e6, cur="THB", loc=["Mae Fa Luang", "Chiang Rai"], cluster="tha-yaba-clash"),
    A(1, "THA", "exact", False, P("2025-02-14"), cluster="tha-clash-arrest"),
    S("methamphetamine", "THA", "at_least", True, P("2024-10-01", "2025-02-15", tol=1), pills=42000000, cluster="tha-fy-pills"),
], title="Thai troops seize 6.2 million yaba pills after border clash", outlet="Siam Morning News", date="2025-02-15"))

# ---------------------------------------------------------------- 023 Mekong joint operation
SIX = ["KHM", "CHN", "LAO", "MMR", "THA", "VNM"]
OP = P("2025-05-01", "2025-05-10")
DOCS.append(doc("023_mekong_joint_operation.txt", """Mekong countries net 12 tonnes of meth in joint crackdown
Vientiane, 2025-05-14 | Mekong Dispatch

VIENTIANE - Law enforcement agencies of six Mekong countries - Cambodia, China, Laos, Myanmar, Thailand and Vietnam - seized about 12 tonnes of methamphetamine and arrested 1,140 suspects in a joint operation that ran from May 1 to May 10, officials said.

Ministers and police chiefs from the six countries met in Vientiane on Tuesday to review the results of the operation, code-named "Safe Mekong". They agreed to set up a joint hotline and to extend the next phase of the operation to precursor chemicals.

Lao police alone seized 2.1 tonnes of crystal methamphetamine and 4.5 million methamphetamine tablets during the operation, Lao officials said.

The UN Office on Drugs and Crime has warned that methamphetamine seizures in East and Southeast Asia have hit record levels year after year, as production in Myanmar's Shan State expands.
""", [
    C("joint_operation", SIX, OP),
    C("meeting", SIX, P("2025-05-13"), loc=["Vientiane"]),
    S("methamphetamine", q="approx", agg=True, period=OP, kg=12000),
    A(1140, q="exact", agg=True, period=OP),
    S("methamphetamine", "LAO", "exact", True, OP, kg=2100),
    S("methamphetamine", "LAO", "exact", True, OP, pills=4500000),
], title="Mekong countries net 12 tonnes of meth in joint crackdown", outlet="Mekong Dispatch", date="2025-05-14"))

# ---------------------------------------------------------------- 024 Malaysia
DOCS.append(doc("024_malaysia_johor.txt", """Police seize RM38.4 million syabu in Johor, cripple international syndicate
Published: 14 Jul 2025 10:02 am | Kuala Lumpur | Peninsula Star

JOHOR BAHRU: Police have crippled an international drug syndicate with the seizure of 1.2 tonnes of syabu worth RM38.4 million in a raid on a warehouse in Pasir Gudang on Saturday.

Five men, including two foreigners, were arrested in the raid, said the director of the Bukit Aman Narcotics Crime Investigation Department. He said the syndicate had been active since January, hiding the drugs in shipments of aquarium gravel bound for Australia and New Zealand.

"The drugs seized could have been supplied to about six million addicts," he told a press conference.

All five suspects have been remanded for seven days and the case is being investigated under Section 39B of the Dangerous Drugs Act 1952.
""", [
    S("methamphetamine", "MYS", "exact", False, P("2025-07-12"), kg=1200, val=38.4e6, cur="MYR", loc=["Pasir Gudang", "Johor"]),
    A(5, "MYS", "exact", False, P("2025-07-12")),
    N(1, "MYS", "international", "exact", False, P("2025-07-12")),
], title="Police seize RM38.4 million syabu in Johor, cripple international syndicate", outlet="Peninsula Star", date="2025-07-14"))

# ---------------------------------------------------------------- 025 Philippines
DOCS.append(doc("025_philippines_pampanga.txt", """PDEA seizes P6.8-billion shabu in Pampanga warehouse
Oct 2, 2025 | Manila | Luzon Bulletin

CITY OF SAN FERNANDO, Pampanga - Agents of the Philippine Drug Enforcement Agency (PDEA) seized 1,000 kilograms of shabu worth P6.8 billion in a raid on a warehouse in the town of Mexico, Pampanga, on Tuesday.

Two people - a Chinese national and his Filipino driver - were arrested during the operation, PDEA said.

The value was computed on the basis of the Dangerous Drugs Board's standard price of P6,800 per gram of shabu.

Under the Comprehensive Dangerous Drugs Act, the importation of dangerous drugs is punishable by life imprisonment and a fine ranging from P500,000 to P10 million.
""", [
    S("methamphetamine", "PHL", "exact", False, P("2025-09-30"), kg=1000, val=6.8e9, cur="PHP", loc=["Pampanga"]),
    A(2, "PHL", "exact", False, P("2025-09-30")),
], title="PDEA seizes P6.8-billion shabu in Pampanga warehouse", outlet="Luzon Bulletin", date="2025-10-02"))

# ---------------------------------------------------------------- 026 Indonesia annual
Y24 = P("2024-01-01", "2024-12-31")
DOCS.append(doc("026_indonesia_bnn_2024.txt", """BNN: 3.4 tonnes of crystal meth, 1.8m ecstasy pills seized in 2024
Jakarta, 2025-01-15 | Nusantara Times

JAKARTA - Indonesia's National Narcotics Agency (BNN) seized 3.4 tonnes of crystal methamphetamine and 1.8m ecstasy pills in 2024 and arrested 1,212 suspects, its chief said at the agency's year-end press conference on Wednesday.

The drugs seized during the year were worth an estimated Rp 6.4 trillion, he said, adding that the seizures had saved "about 13 million people" from drug abuse.

The agency also dismantled 48 drug syndicates last year, 12 of them international, he said.

Indonesian courts sentenced 71 people to death for drug trafficking last year, according to figures compiled by the Supreme Court. No executions have been carried out since 2016.
""", [
    S("methamphetamine", "IDN", "exact", True, Y24, kg=3400),
    S("mdma", "IDN", "exact", True, Y24, pills=1800000),
    A(1212, "IDN", "exact", True, Y24),
    S(["mixed", "unspecified"], "IDN", "approx", True, Y24, val=6.4e12, cur="IDR"),
    N(48, "IDN", None, "exact", True, Y24),
    N(12, "IDN", "international", "exact", True, Y24),
    SEN("death", 71, "IDN", "exact", True, Y24),
], title="BNN: 3.4 tonnes of crystal meth, 1.8m ecstasy pills seized in 2024", outlet="Nusantara Times", date="2025-01-15"))

# ---------------------------------------------------------------- 027 Australia
DOCS.append(doc("027_australia_port_stephens.txt", """Three charged after 300kg of cocaine found on boat off NSW coast
Monday 28 April 2025 | Sydney | Harbour City Herald

Three men have been charged after about 300 kilograms of cocaine, with an estimated street value of $90 million, was found on a boat intercepted off Port Stephens on Sunday, the Australian Federal Police (AFP) said.

The men, aged 32, 45 and 51, were arrested when the vessel was escorted into Nelson Bay marina on Sunday evening. They are expected to appear in Newcastle Local Court today.

AFP and Australian Border Force officers seized more than 5.2 tonnes of illicit drugs worth more than $2bn at the border in the 2023-24 financial year, according to the AFP's annual report.

The maximum penalty for importing a commercial quantity of a border-controlled drug is life imprisonment.
""", [
    S("cocaine", "AUS", "approx", False, P("2025-04-27"), kg=300, val=90e6, cur="AUD", loc=["Port Stephens"]),
    A(3, "AUS", "exact", False, P("2025-04-27")),
    S("unspecified", "AUS", "at_least", True, P("2023-07-01", "2024-06-30"), kg=5200, val=2e9, cur="AUD"),
], title="Three charged after 300kg of cocaine found on boat off NSW coast", outlet="Harbour City Herald", date="2025-04-28"))

# ---------------------------------------------------------------- 028 New Zealand
DOCS.append(doc("028_nz_customs.txt", """Customs finds 45kg of meth in cat litter shipment
Wed, 19 Mar 2025 | Auckland | Kiwi Courier

New Zealand Customs officers seized 45 kilograms of methamphetamine hidden in a shipment of cat litter from Thailand at the Port of Auckland on Monday.

A 41-year-old man was arrested at a property in Manukau and charged with importing and possessing methamphetamine for supply. He was remanded in custody when he appeared in the Manukau District Court yesterday.

Customs said the drugs had a street value of up to $15.75 million and that the seizure had prevented an estimated $38 million in social harm and costs to the community.

Customs investigations manager Rebecca Tane said organised crime groups were increasingly using consumer goods to conceal drugs.
""", [
    S("methamphetamine", "NZL", ["exact", "at_most"], False, P("2025-03-17"), kg=45, val=15.75e6, cur="NZD", loc=["Auckland"]),
    A(1, "NZL", "exact", False),
], title="Customs finds 45kg of meth in cat litter shipment", outlet="Kiwi Courier", date="2025-03-19"))

# ---------------------------------------------------------------- 029 Kyrgyzstan
DOCS.append(doc("029_kyrgyzstan_tajikistan.txt", """Kyrgyzstan, Tajikistan sign anti-drug cooperation agreement
26.04.2025 | Bishkek | Central Asia Wire

BISHKEK - The interior ministers of Kyrgyzstan and Tajikistan met in Bishkek on Friday and signed an agreement on cooperation in combating illicit trafficking in narcotic drugs, psychotropic substances and precursors, the Kyrgyz Interior Ministry said.

Under the agreement, the two countries' anti-drug services will exchange operational information and hold joint training courses for their officers.

Separately, the ministry's Service for Combating Drug Trafficking said its officers seized 1.4 tonnes of hashish from a truck in the Chui region on Wednesday. The driver, a citizen of Kazakhstan, was detained.

Central Asia lies on the so-called northern route used to smuggle Afghan opiates and cannabis to Russia and Europe.
""", [
    C("mou", ["KGZ", "TJK"], P("2025-04-25"), loc=["Bishkek"]),
    C("meeting", ["KGZ", "TJK"], opt=True),
    S("hashish", "KGZ", "exact", False, P("2025-04-23"), kg=1400, loc=["Chui"]),
    A(1, "KGZ", "exact", False),
], title="Kyrgyzstan, Tajikistan sign anti-drug cooperation agreement", outlet="Central Asia Wire", date="2025-04-26"))
