from common import *

# Part 1: maritime Southeast Asia. The Philippines (PDEA "shabu", DDB price per kilo, a wire story and its HTML
# near-copy, a Cebu police blotter list), Indonesia (BNN "sabu" with "Rp 1.2 trillion" and a US-dollar conversion,
# Indonesian date style "Kamis (15/5/2025)", a Bareskrim half-year Markdown table, a Medan court), Malaysia (PDRM
# "syabu" and "pil kuda", an ambiguous "12/08/2025" date line, a Shah Alam court with caning) and Singapore (CNB
# islandwide operation in grams, a death sentence, an execution).
DOCS = []
H1_25 = P("2025-01-01", "2025-06-30")

# ---------------------------------------------------------------- 001 PDEA/BOC Subic shabu (wire original)
DOCS.append(doc("001_pdea_subic_shabu.txt", """PDEA, Customs seize 1,020 kilos of shabu worth P6.9 billion at Subic port
Luzon Newswire
Tuesday, 18 March 2025

SUBIC BAY FREEPORT - Agents of the Philippine Drug Enforcement Agency (PDEA) and the Bureau of Customs (BOC) seized 1,020 kilograms of shabu (methamphetamine hydrochloride) hidden inside industrial tea-processing machines at a container yard in the Subic Bay Freeport Zone on Monday, officials said.

Using the Dangerous Drugs Board (DDB) standard price of P6.8 million per kilo, the haul is worth P6.936 billion, PDEA Director General Isidro Navales told reporters at the port.

Two Chinese nationals and their Filipino driver were arrested when they arrived to claim the container, which had been shipped from southern China through Hong Kong. The three face charges for violating the Comprehensive Dangerous Drugs Act of 2002.

PDEA Regional Office 3 said the seizure brought to 1,214 the number of drug personalities arrested in Central Luzon since January.

Navales said the informant who tipped off the agency would receive a reward of P500,000 under the government's rewards programme.
""", [
    S("methamphetamine", "PHL", "exact", False, P("2025-03-17"), kg=1020, val=6.936e9, cur="PHP", loc=["Subic"],
      cluster="phl-subic-shabu"),
    A(3, "PHL", "exact", False, P("2025-03-17"), cluster="phl-subic-arrests"),
    A(2, "PHL", opt=True),
    A(1214, "PHL", "exact", True, P("2025-01-01", "2025-03-17", tol=1), cluster="phl-r3-arrests"),
], title="PDEA, Customs seize 1,020 kilos of shabu worth P6.9 billion at Subic port", outlet="Luzon Newswire",
    date="2025-03-18"))

# ---------------------------------------------------------------- 002 HTML near-copy of 001
DOCS.append(doc("002_manila_bay_courier_subic.html", html_page(
    "P6.9-billion shabu haul: two Chinese, Filipino driver nabbed in Subic", "Manila Bay Courier",
    "2025-03-19T07:45:00+08:00", "By Courier wire desk | Wednesday, 19 March 2025",
    ["SUBIC BAY FREEPORT - Philippine Drug Enforcement Agency (PDEA) agents and Bureau of Customs (BOC) examiners on Monday seized 1,020 kilograms of shabu concealed in industrial tea-processing machines at a container yard in the Subic Bay Freeport Zone, officials said.",
     "At the Dangerous Drugs Board (DDB) standard price of P6.8 million per kilo, the shabu is worth P6.936 billion, according to PDEA Director General Isidro Navales.",
     "Two Chinese nationals and the Filipino driver who came to claim the container were arrested. The shipment had come from southern China by way of Hong Kong, and the three are facing charges under the Comprehensive Dangerous Drugs Act of 2002.",
     "With the seizure, PDEA Regional Office 3 said 1,214 drug personalities have been arrested in Central Luzon since January."],
    ["Senate opens hearings on rice smuggling", "Typhoon signal lifted over Bataan", "Gilas Pilipinas names pool"],
    nav=("Home", "Nation", "Metro", "Business", "Sports")), [
    S("methamphetamine", "PHL", "exact", False, P("2025-03-17"), kg=1020, val=6.936e9, cur="PHP", loc=["Subic"],
      cluster="phl-subic-shabu"),
    A(3, "PHL", "exact", False, P("2025-03-17"), cluster="phl-subic-arrests"),
    A(2, "PHL", opt=True),
    A(1214, "PHL", "exact", True, P("2025-01-01", "2025-03-17", tol=1), cluster="phl-r3-arrests"),
], title="P6.9-billion shabu haul: two Chinese, Filipino driver nabbed in Subic", outlet="Manila Bay Courier",
    date="2025-03-19", dup="001_pdea_subic_shabu.txt", fmt="html"))

# ---------------------------------------------------------------- 003 Cebu police blotter (list, killed suspect)
DOCS.append(doc("003_cebu_blotter_weekend.txt", """Cebu police, PDEA log P12.6-M shabu, marijuana in weekend buy-busts
The Visayan Tribune
CEBU CITY, 07 April 2025

Anti-drug operatives in Metro Cebu carried out a series of buy-bust operations over the weekend, the Police Regional Office 7 (PRO-7) said on Monday. The results, as entered in the PRO-7 blotter:

- Mandaue City (Saturday, 9:40 p.m.): 1.5 kilos of shabu worth P10.2 million seized from two high-value individuals, who were arrested.
- Lapu-Lapu City (Saturday, 11:15 p.m.): 250 grams of shabu worth P1.7 million; one suspect arrested.
- Talisay City (Sunday, 2:00 a.m.): 3.2 kilos of dried marijuana leaves worth P384,000; three suspects arrested, including a 17-year-old who was turned over to social workers.
- Cebu City, Barangay Pasil (Sunday, 4:30 a.m.): a suspect who allegedly fired at operatives was killed; 50 grams of shabu were recovered from him.

PRO-7 director Brigadier General Ramon Lacsamana said the Mandaue pair were believed to supply street pushers in the three cities, who sell shabu at about P6,800 a gram.

He said 14 police officers involved in the operations would receive commendations.
""", [
    S("methamphetamine", "PHL", "exact", False, P("2025-04-05"), kg=1.5, val=10.2e6, cur="PHP", loc=["Mandaue"]),
    A(2, "PHL", "exact", False, P("2025-04-05")),
    S("methamphetamine", "PHL", "exact", False, P("2025-04-05"), kg=0.25, val=1.7e6, cur="PHP", loc=["Lapu-Lapu"]),
    A(1, "PHL", "exact", False, P("2025-04-05")),
    S("cannabis", "PHL", "exact", False, P("2025-04-06"), kg=3.2, val=384000, cur="PHP", loc=["Talisay"]),
    A(3, "PHL", "exact", False, P("2025-04-06")),
    A(1, "PHL", opt=True),
    S("methamphetamine", "PHL", "exact", False, P("2025-04-06"), kg=0.05, loc=["Pasil", "Cebu City"]),
    S(["mixed", "unspecified"], "PHL", val=12.6e6, cur="PHP", opt=True),
], title="Cebu police, PDEA log P12.6-M shabu, marijuana in weekend buy-busts", outlet="The Visayan Tribune",
    date="2025-04-07"))

# ---------------------------------------------------------------- 004 BNN Aceh boat (Indonesian date style, Rp + US$)
DOCS.append(doc("004_bnn_aceh_sabu_boat.txt", """BNN foils sea smuggling: 600 kg of sabu, 50,000 ecstasy pills seized off Aceh
Nusantara Daily Post (English edition)
Jakarta, Kamis (15/5/2025)

The National Narcotics Agency (BNN), working with the Directorate General of Customs and Excise (Bea Cukai), seized 600 kilograms of crystal methamphetamine, known locally as sabu, and 50,000 ecstasy pills from a fishing boat in waters off East Aceh regency on Minggu (11/5), BNN head Commissioner General Arief Santoso said on Thursday.

Four crew members, all Indonesians, were arrested on the boat. BNN said the drugs had been transferred from a larger vessel in the Andaman Sea.

The agency estimated the sabu alone was worth Rp 1.2 trillion (about US$73 million), and said the seizure had "saved around three million people" from drug abuse.

Two alleged financiers of the shipment were arrested in Medan on Tuesday (13/5), bringing to six the number of suspects in custody. They face the death penalty under the 2009 Narcotics Law, Santoso said.
""", [
    S("methamphetamine", "IDN", ["exact", "approx"], False, P("2025-05-11"), kg=600, val=1.2e12, cur="IDR",
      loc=["East Aceh", "Aceh"]),
    S("methamphetamine", "IDN", kg=600, val=73e6, cur="USD", opt=True),
    S("mdma", "IDN", "exact", False, P("2025-05-11"), pills=50000, loc=["East Aceh", "Aceh"]),
    A(4, "IDN", "exact", False, P("2025-05-11")),
    A(2, "IDN", "exact", False, P("2025-05-13")),
    A(6, "IDN", opt=True),
], title="BNN foils sea smuggling: 600 kg of sabu, 50,000 ecstasy pills seized off Aceh",
    outlet="Nusantara Daily Post", date="2025-05-15"))

# ---------------------------------------------------------------- 005 Bareskrim first half 2025 (Markdown table)
DOCS.append(doc("005_polri_first_half_2025.md", """# Police seized 4.2 tonnes of sabu in first half of 2025, Bareskrim says

*Jakarta Metro Review* — Thursday, 3 July 2025

The Narcotics Directorate of the National Police Criminal Investigation Agency (Bareskrim Polri) on Wednesday released its figures for the first half of 2025, January to June. Police across the country arrested 21,406 suspects in 16,330 drug cases in the period, the directorate said.

| Drug | Seized, January–June 2025 |
|---|---|
| Sabu (methamphetamine) | 4,215.6 kg |
| Ganja (cannabis) | 12,804 kg |
| Ecstasy | 1,350,420 pills |
| Tembakau sintetis (synthetic cannabinoids) | 96.4 kg |

The directorate put the value of all drugs seized in the six months at Rp 8.7 trillion. It said the sabu figure was 18% higher than in the first half of 2024.

Other points from the briefing:

- Most of the sabu was seized in Sumatra, particularly in Aceh, North Sumatra and Riau.
- 1,240 of the suspects were women and 412 were minors.
- Police destroyed 45 hectares of cannabis fields in Aceh.
- A task force for the Riau Islands will be set up in August.
""", [
    A(21406, "IDN", "exact", True, H1_25),
    A(1240, "IDN", opt=True),
    A(412, "IDN", opt=True),
    S("methamphetamine", "IDN", "exact", True, H1_25, kg=4215.6),
    S("cannabis", "IDN", "exact", True, H1_25, kg=12804),
    S("mdma", "IDN", "exact", True, H1_25, pills=1350420),
    S("unspecified", "IDN", kg=96.4, opt=True),
    S(["mixed", "unspecified"], "IDN", "exact", True, H1_25, val=8.7e12, cur="IDR"),
], title="Police seized 4.2 tonnes of sabu in first half of 2025, Bareskrim says", outlet="Jakarta Metro Review",
    date="2025-07-03"))

# ---------------------------------------------------------------- 006 PDRM Johor syabu + pil kuda ("12/08/2025")
DOCS.append(doc("006_pdrm_johor_syabu.txt", """Johor police seize RM14.8 million in syabu and 'pil kuda', three held
The Straits Peninsula Times
Published: 12/08/2025

JOHOR BAHRU, Aug 12 -- Johor police have seized 420 kilogrammes of syabu and 380,000 methamphetamine pills, known locally as pil kuda, worth an estimated RM14.8 million, and arrested three men, including a Thai national, in raids in Pasir Gudang and Kota Tinggi.

State police chief Datuk Kamal Ariffin said on Tuesday that the drugs were found in a warehouse in Pasir Gudang on Sunday, where two local men were detained, while the Thai suspect was picked up at a rented house in Kota Tinggi the next day.

"We believe the syndicate used fishing boats to send the drugs to Indonesia and the Philippines," he told a press conference at the Johor police headquarters.

The suspects, aged between 29 and 46, have been remanded for seven days. The case is being investigated under Section 39B of the Dangerous Drugs Act 1952, which carries the death penalty or life imprisonment and whipping upon conviction.

Kamal said Johor police had crippled 14 drug syndicates since January and seized drugs worth RM96 million in the same period.
""", [
    S("methamphetamine", "MYS", "exact", False, P("2025-08-10"), kg=420, loc=["Pasir Gudang"]),
    S("methamphetamine", "MYS", "exact", False, P("2025-08-10"), pills=380000, loc=["Pasir Gudang"]),
    S(["methamphetamine", "mixed", "unspecified"], "MYS", "approx", False, P("2025-08-10"), val=14.8e6, cur="MYR"),
    A(3, "MYS", "exact", False, P("2025-08-10", "2025-08-11", tol=1)),
    A(2, "MYS", opt=True),
    A(1, "MYS", opt=True),
    N(14, "MYS", q="exact", agg=True, period=P("2025-01-01", "2025-08-12", tol=1)),
    S("unspecified", "MYS", "exact", True, P("2025-01-01", "2025-08-12", tol=1), val=96e6, cur="MYR"),
], title="Johor police seize RM14.8 million in syabu and 'pil kuda', three held", outlet="The Straits Peninsula Times",
    date="2025-08-12"))

# ---------------------------------------------------------------- 007 Shah Alam High Court (32 years + caning, acquittal, appeal upheld)
DOCS.append(doc("007_shah_alam_court_caning.txt", """Lorry driver gets 32 years' jail, 12 strokes for trafficking syabu; co-accused freed
Semenanjung Law Report
Shah Alam, Wednesday 21 May 2025

The Shah Alam High Court on Tuesday sentenced a lorry driver to 32 years in prison and 12 strokes of the cane for trafficking 5.1 kilogrammes of methamphetamine, and acquitted his co-accused, a lorry attendant, without his defence being called.

Judicial Commissioner Norliza Hashim said the prosecution had proved that Mohd Faizal Rahman, 38, had custody and knowledge of the drugs, which were found in a gunny sack behind the driver's seat at a police roadblock in Klang on 14 March 2021. Both men were arrested at the roadblock.

The court ordered the prison term to run from the date of his arrest.

In Putrajaya on the same day, the Court of Appeal upheld the death sentence imposed on a 45-year-old man for trafficking 1.8 kilogrammes of heroin in Penang in 2019.

Under amendments that took effect in 2023, the death penalty is no longer mandatory for drug trafficking in Malaysia; judges may instead impose 30 to 40 years in prison and at least 12 strokes of the cane.
""", [
    SEN("prison", 1, "MYS", "exact", False, P("2025-05-20")),
    S("methamphetamine", "MYS", "exact", False, P("2021-03-14"), kg=5.1, loc=["Klang"]),
    A(2, "MYS", "exact", False, P("2021-03-14")),
    SEN("death", 1, "MYS", opt=True),
    S("heroin", "MYS", kg=1.8, opt=True),
], title="Lorry driver gets 32 years' jail, 12 strokes for trafficking syabu; co-accused freed",
    outlet="Semenanjung Law Report", date="2025-05-21"))

# ---------------------------------------------------------------- 008 CNB islandwide operation (grams, S$)
DOCS.append(doc("008_cnb_islandwide_march.txt", """CNB arrests 97 in two-week islandwide operation; drugs worth S$418,000 seized
The Lion City Ledger
Monday, 17 March 2025

The Central Narcotics Bureau (CNB) arrested 97 suspected drug offenders in a two-week islandwide operation from 3 to 14 March, the bureau said in a statement on Monday.

Areas covered included Ang Mo Kio, Bedok, Jurong West, Woodlands and Yishun. About 3,120g of heroin, 2,050g of 'Ice', 1,540g of cannabis, 120 Ecstasy tablets and 45 Erimin-5 tablets were seized. The drugs are estimated to be worth about S$418,000.

The youngest suspect arrested was a 17-year-old Singaporean male.

In one of the cases, on 11 March, CNB officers arrested a 52-year-old Singaporean man near a condominium in Tampines and found 1,024g of heroin in his car.

Under the Misuse of Drugs Act, anyone convicted of trafficking more than 15g of heroin may face the death penalty. The heroin seized in the operation is enough to feed the addiction of about 1,490 abusers for a week, the CNB said.
""", [
    A(97, "SGP", "exact", [True, False], P("2025-03-03", "2025-03-14")),
    S("heroin", "SGP", ["approx", "exact"], [True, False], P("2025-03-03", "2025-03-14"), kg=3.12),
    S("methamphetamine", "SGP", ["approx", "exact"], [True, False], P("2025-03-03", "2025-03-14"), kg=2.05),
    S("cannabis", "SGP", ["approx", "exact"], [True, False], P("2025-03-03", "2025-03-14"), kg=1.54),
    S("mdma", "SGP", ["approx", "exact"], [True, False], P("2025-03-03", "2025-03-14"), pills=120),
    S(["unspecified", "mixed"], "SGP", pills=45, opt=True),
    S(["mixed", "unspecified"], "SGP", "approx", [True, False], P("2025-03-03", "2025-03-14"), val=418000, cur="SGD"),
    S("heroin", "SGP", "exact", False, P("2025-03-11"), kg=1.024, loc=["Tampines"]),
    A(1, "SGP", "exact", False, P("2025-03-11")),
    A(1, "SGP", opt=True),
], title="CNB arrests 97 in two-week islandwide operation; drugs worth S$418,000 seized", outlet="The Lion City Ledger",
    date="2025-03-17"))

# ---------------------------------------------------------------- 009 Singapore High Court death sentence, life + caning, execution
DOCS.append(doc("009_singapore_death_sentence.txt", """Man sentenced to death for trafficking over 1kg of cannabis; accomplice gets life and caning
Orchard Court Reporter
Thursday, 19 June 2025

The High Court on Wednesday sentenced a 41-year-old Singaporean man to death for trafficking not less than 1,012.5g of cannabis, more than twice the 500g threshold that attracts the death penalty.

Justice Ang Wei Ling found that Rahman Osman had ordered the drugs from a supplier in Johor and arranged for them to be brought across the Causeway. He and his co-accused, a 34-year-old delivery rider, were arrested by CNB officers at a multi-storey carpark in Woodlands on 12 October 2022, where the cannabis was found in a black bag.

The delivery rider, who was certified by the Public Prosecutor to have substantively assisted the CNB, was sentenced to life imprisonment and 15 strokes of the cane.

Separately, the Singapore Prison Service said a 39-year-old Malaysian man convicted in 2019 of trafficking 54.03g of diamorphine was hanged at Changi Prison last Friday. Rights groups had appealed for clemency.
""", [
    SEN("death", 1, "SGP", "exact", False, P("2025-06-18")),
    SEN("life", 1, "SGP", "exact", False, P("2025-06-18")),
    S("cannabis", "SGP", ["at_least", "exact"], False, P("2022-10-12"), kg=1.0125, loc=["Woodlands"]),
    A(2, "SGP", "exact", False, P("2022-10-12")),
    SEN("death", 1, "SGP", opt=True),
    S("heroin", "SGP", kg=0.05403, opt=True),
], title="Man sentenced to death for trafficking over 1kg of cannabis; accomplice gets life and caning",
    outlet="Orchard Court Reporter", date="2025-06-19"))

# ---------------------------------------------------------------- 010 Medan District Court: three death, two life, one 20 years
DOCS.append(doc("010_medan_court_death.txt", """Medan court sentences three to death over 70 kg sabu shipment
North Sumatra Herald
Medan, Selasa (9/9/2025)

The Medan District Court on Monday sentenced three men to death for smuggling 70 kilograms of sabu (crystal methamphetamine) from Malaysia, and handed life sentences to two others and a 20-year prison term to a sixth defendant.

The panel of judges said the six were part of a network that brought the drugs across the Strait of Malacca by speedboat and landed them at night on the coast of Tanjung Balai.

All six were arrested by BNN officers in Tanjung Balai and Deli Serdang in a series of raids between 3 and 5 September 2024, in which the 70 kilograms were seized.

Prosecutors had demanded the death penalty for all six defendants. Defence lawyers said they would appeal.

Indonesia has more than 500 people on death row, most of them for drug offences, and has not carried out an execution since 2016.
""", [
    SEN("death", 3, "IDN", "exact", False, P("2025-09-08"), cluster="idn-medan-death"),
    SEN("life", 2, "IDN", "exact", False, P("2025-09-08")),
    SEN("prison", 1, "IDN", "exact", False, P("2025-09-08")),
    S("methamphetamine", "IDN", "exact", False, P("2024-09-03", "2024-09-05", tol=1), kg=70,
      loc=["Tanjung Balai", "Deli Serdang"], cluster="idn-medan-sabu"),
    A(6, "IDN", "exact", False, P("2024-09-03", "2024-09-05", tol=1)),
], title="Medan court sentences three to death over 70 kg sabu shipment", outlet="North Sumatra Herald",
    date="2025-09-09"))
