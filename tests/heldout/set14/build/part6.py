from common import *

# Part 6: Oceania and documents across the regions. NSW Police at Port Botany (A$, a syndicate dismantled), a Victoria
# Police Markdown roundup whose bullets inherit "Thursday (13 March)" (a lab, plants, GHB, the day's value), WA Police
# "a quarter-tonne" of methamphetamine (HTML, the 2024-25 financial year), an AFP-Polri joint operation with a
# memorandum (the original of a gzip near-copy), New Zealand with the AFP and DEA and a Fiji brief ("Posted:
# 2/09/2025" with the dateline "Sept 2"), a court roundup from Dublin to Oslo, a European week in review that
# re-reports Constanța, Crosshaven and Helsinki with rounded figures, the Dominican DNCD's 2024 figures, and a trap
# document without facts.
DOCS = []

# ---------------------------------------------------------------- 037 NSW Port Botany
DOCS.append(doc("037_nsw_port_botany_cocaine.txt", """Four charged after 350kg of cocaine found in Port Botany shipping container
Harbour City Herald
Sydney, Wednesday 5 February 2025

Detectives from the NSW Police State Crime Command's Strike Force Millbrae say they have dismantled a drug importation syndicate after finding 350kg of cocaine in a shipping container at Port Botany.

Australian Border Force officers found the cocaine hidden among pallets of tinned tomatoes from Brazil on Saturday. The drugs have an estimated street value of more than A$105 million.

After a controlled delivery to a warehouse in Smithfield, police arrested four men, aged 26 to 52, in Sydney's south-west on Monday. They were charged with importing a commercial quantity of a border-controlled drug, which carries a maximum penalty of life imprisonment, and were refused bail.

Detective Superintendent Peter Ross said the cocaine would have been sold in Sydney at about A$300 a gram.
""", [
    S("cocaine", "AUS", ["exact", "at_least"], False, P("2025-02-01"), kg=350, val=105e6, cur="AUD",
      loc=["Port Botany"]),
    A(4, "AUS", "exact", False, P("2025-02-03")),
    N(1, "AUS", q="exact", agg=False),
], title="Four charged after 350kg of cocaine found in Port Botany shipping container", outlet="Harbour City Herald",
    date="2025-02-05"))

# ---------------------------------------------------------------- 038 Victoria Police roundup (bullets inherit the day)
T13 = P("2025-03-13")
DOCS.append(doc("038_victoria_police_drug_taskforce_week.md", """# Victoria Police drug taskforce: a day of raids across Melbourne

*Southbank Weekly* — Posted: Friday 14 March 2025

Officers from the Drug Taskforce carried out the following raids on Thursday (13 March):

- **Dandenong** — 3.4kg of methamphetamine and 200g of heroin seized from a house; a 41-year-old man was arrested.
- **Sunshine** — a hydroponic crop of 240 cannabis plants and 6kg of dried cannabis found in a rented house; two men were arrested.
- **Frankston** — a clandestine drug laboratory was dismantled in a garage, where officers also found 800ml of GHB; a 36-year-old woman was arrested.

Police estimated the total street value of the drugs seized on Thursday at A$1.6 million. Officers also seized A$48,000 in cash and a stolen car.

Detective Inspector Rachel Tan said the raids were the result of a six-month investigation into methamphetamine supply in the south-east. All four people were expected to face court on Friday.
""", [
    S("methamphetamine", "AUS", "exact", False, T13, kg=3.4, loc=["Dandenong"]),
    S("heroin", "AUS", "exact", False, T13, kg=0.2, loc=["Dandenong"]),
    A(1, "AUS", "exact", False, T13),
    S("cannabis", "AUS", "exact", False, T13, kg=6, loc=["Sunshine"]),
    A(2, "AUS", "exact", False, T13),
    N(1, "AUS", q="exact", agg=False, period=T13),
    A(1, "AUS", "exact", False, T13),
    S("unspecified", "AUS", opt=True),
    S(["mixed", "unspecified"], "AUS", "approx", [True, False], T13, val=1.6e6, cur="AUD"),
    A(4, "AUS", opt=True),
], title="Victoria Police drug taskforce: a day of raids across Melbourne", outlet="Southbank Weekly",
    date="2025-03-14"))

# ---------------------------------------------------------------- 039 WA "a quarter-tonne" (HTML)
DOCS.append(doc("039_wa_police_kwinana_quarter_tonne.html", html_page(
    "WA Police seize a quarter-tonne of meth in Kwinana truck bust", "Western Front Daily",
    "2025-07-24T16:00:00+08:00", "By Liam Carter | Thursday, 24 July 2025",
    ["Detectives from WA Police's Organised Crime Squad seized about a quarter-tonne of methamphetamine from a truck at an industrial estate in Kwinana on Tuesday night.",
     "The drugs, packed in 250 one-kilogram blocks inside a load of steel pipes that had been driven across the Nullarbor, have an estimated street value of about A$187 million, police said.",
     "Two men from Victoria and a Perth man were arrested and charged with possessing a prohibited drug with intent to sell or supply. They appeared in Perth Magistrates Court on Wednesday.",
     "WA Police said 1.6 tonnes of methamphetamine was seized in the state in the 2024-25 financial year. The state government has committed A$20 million over four years to a new drug and organised crime unit, and wastewater testing shows methamphetamine use in Perth rose 18 per cent last year."],
    ["Fremantle Dockers re-sign captain", "Perth rents hit new high", "Iron ore price slips"],
    nav=("Home", "WA", "National", "Business", "Sport")), [
    S("methamphetamine", "AUS", "approx", False, P("2025-07-22"), kg=250, val=187e6, cur="AUD", loc=["Kwinana"]),
    A(3, "AUS", "exact", False, P("2025-07-22")),
    S("methamphetamine", "AUS", "exact", True, P("2024-07-01", "2025-06-30"), kg=1600),
], title="WA Police seize a quarter-tonne of meth in Kwinana truck bust", outlet="Western Front Daily",
    date="2025-07-24", fmt="html"))

# ---------------------------------------------------------------- 040 AFP-Polri joint operation (original of 041)
IDN_RAIDS = P("2025-08-11", "2025-08-13")
AUS_ARREST = P("2025-08-14")
DOCS.append(doc("040_afp_polri_meth_syndicate.txt", """AFP, Indonesian police smash meth syndicate: 13 arrested, 120kg seized
Australasian Newswire
Canberra, 19 August 2025

A joint investigation by the Australian Federal Police and the Indonesian National Police (Polri) has dismantled an international syndicate that allegedly shipped methamphetamine from Myanmar through Indonesia to Australia, the AFP said on Monday.

In Indonesia, Polri officers arrested 10 people in Batam and Jakarta between 11 and 13 August and seized 95kg of methamphetamine.

In Australia, AFP officers arrested three men in Melbourne on 14 August after 25kg of methamphetamine was found in a shipment of furniture from Jakarta. The methamphetamine seized in Australia had an estimated street value of A$18.75 million.

AFP Commander Sarah Lindqvist said the operation showed the value of the renewed memorandum of understanding on combating transnational crime that the AFP and Polri signed in Jakarta in June.

The three men arrested in Melbourne face a maximum penalty of life imprisonment.
""", [
    A(10, "IDN", "exact", False, IDN_RAIDS, cluster="idn-batam-arrests"),
    S("methamphetamine", "IDN", "exact", False, IDN_RAIDS, kg=95, loc=["Batam", "Jakarta"], cluster="idn-batam-meth"),
    A(3, "AUS", "exact", False, AUS_ARREST, cluster="aus-melbourne-arrests"),
    S("methamphetamine", "AUS", "exact", False, AUS_ARREST, kg=25, val=18.75e6, cur="AUD", loc=["Melbourne"],
      cluster="aus-melbourne-meth"),
    N(1, ["AUS", "IDN", None], "international", "exact", False, cluster="aus-idn-syndicate"),
    C("joint_operation", ["AUS", "IDN"], ev="joint investigation", cluster="aus-idn-joint"),
    C("mou", ["AUS", "IDN"], P("2025-06-01", "2025-06-30"), loc="Jakarta"),
    A(13, ["AUS", "IDN", None], opt=True),
    S("methamphetamine", ["AUS", "IDN", None], kg=120, opt=True),
], title="AFP, Indonesian police smash meth syndicate: 13 arrested, 120kg seized", outlet="Australasian Newswire",
    date="2025-08-19"))

# ---------------------------------------------------------------- 041 gzip near-copy of 040
DOCS.append(doc("041_timor_sea_times_afp_polri.txt.gz", """Thirteen held as Australian and Indonesian police break up meth ring
The Timor Sea Times
Darwin, Wednesday 20 August 2025

An international syndicate accused of shipping methamphetamine from Myanmar via Indonesia to Australia has been dismantled in a joint investigation by the Australian Federal Police and Indonesia's national police, Polri, the AFP announced on Monday.

Polri officers arrested 10 people in Batam and Jakarta from 11 to 13 August, seizing 95kg of methamphetamine.

On 14 August AFP officers arrested three men in Melbourne, where 25kg of methamphetamine had been found hidden in furniture shipped from Jakarta. The drugs seized in Australia had an estimated street value of A$18.75 million.

If convicted, the three Melbourne men face life in prison.
""", [
    A(10, "IDN", "exact", False, IDN_RAIDS, cluster="idn-batam-arrests"),
    S("methamphetamine", "IDN", "exact", False, IDN_RAIDS, kg=95, loc=["Batam", "Jakarta"], cluster="idn-batam-meth"),
    A(3, "AUS", "exact", False, AUS_ARREST, cluster="aus-melbourne-arrests"),
    S("methamphetamine", "AUS", "exact", False, AUS_ARREST, kg=25, val=18.75e6, cur="AUD", loc=["Melbourne"],
      cluster="aus-melbourne-meth"),
    N(1, ["AUS", "IDN", None], "international", "exact", False, cluster="aus-idn-syndicate"),
    C("joint_operation", ["AUS", "IDN"], ev="joint investigation", cluster="aus-idn-joint"),
    A(13, ["AUS", "IDN", None], opt=True),
], title="Thirteen held as Australian and Indonesian police break up meth ring", outlet="The Timor Sea Times",
    date="2025-08-20", dup="040_afp_polri_meth_syndicate.txt", fmt="gz"))

# ---------------------------------------------------------------- 042 New Zealand with the AFP and DEA; Fiji brief
DOCS.append(doc("042_nz_northland_ocean_drop_cocaine.txt", """Police and Customs recover 420kg of cocaine from ocean drop off Northland
The Auckland Ledger
Posted: 2/09/2025

AUCKLAND, Sept 2 — New Zealand Police and Customs have recovered about 420 kilograms of cocaine that had been dropped into the sea off the Northland coast for collection by a local boat, police said on Tuesday.

The packages were pulled from the water near the Cavalli Islands on Sunday. Two men, aged 38 and 51, were arrested in Auckland on Monday and will appear in the Auckland District Court. Police put the street value of the cocaine at up to NZ$150 million.

The operation was part of a joint investigation with the Australian Federal Police and the US Drug Enforcement Administration.

In Fiji, police said on Monday they had seized forty-one kilograms of methamphetamine at a house in Nadi last week and arrested four people. The Pacific Transnational Crime Coordination Centre will host a regional meeting on synthetic drugs in Apia in November.
""", [
    S("cocaine", "NZL", ["approx", "at_most"], False, P("2025-08-31"), kg=420, val=150e6, cur="NZD",
      loc=["Cavalli Islands", "Northland"]),
    A(2, "NZL", "exact", False, P("2025-09-01")),
    C("joint_operation", ["NZL", "AUS", "USA"], ev="joint investigation"),
    S("methamphetamine", "FJI", "exact", False, P("2025-08-25", "2025-08-31", tol=2), kg=41, loc=["Nadi"]),
    A(4, "FJI", "exact", False, P("2025-08-25", "2025-08-31", tol=2)),
], title="Police and Customs recover 420kg of cocaine from ocean drop off Northland", outlet="The Auckland Ledger",
    date="2025-09-02"))

# ---------------------------------------------------------------- 043 court roundup, Dublin to Oslo (numbered Markdown)
DOCS.append(doc("043_courts_roundup_dublin_to_oslo.md", """# Courts round-up: sentences from Dublin to Oslo

*Narcotics Justice Monitor* — Monday, 20 October 2025

Last week's notable drug cases:

1. **Dublin.** At the Circuit Criminal Court on Tuesday, a 34-year-old man was jailed for ten years, with the final two suspended, for possessing cocaine worth €1.4m for sale. Gardaí found the drugs at a house in Tallaght in March 2024.
2. **Toronto.** The Ontario Superior Court on Thursday sentenced two men to eight and six years for importing 90 kilograms of cocaine through Pearson airport in 2023.
3. **Kingston.** The Home Circuit Court on Wednesday acquitted three fishermen of ganja trafficking charges after the main witness failed to appear.
4. **New York.** A federal judge in Manhattan on Wednesday sentenced a Dominican national to 292 months in prison for running a fentanyl mill in the Bronx, and sentenced his cousin, who testified against him, to time served.
5. **Melbourne.** The County Court on Friday gave a 29-year-old woman an 18-month community correction order for trafficking MDMA.
6. **Oslo.** Oslo District Court on Friday sentenced five men to between seven and 17 years in prison for importing 1.1 tonnes of hashish in a lorry in 2023.

In Nassau, a magistrate fined a man B$5,000 for possession of cannabis.
""", [
    SEN("prison", 1, "IRL", "exact", False, P("2025-10-14")),
    S("cocaine", "IRL", "exact", False, P("2024-03-01", "2024-03-31"), val=1.4e6, cur="EUR", loc=["Tallaght"]),
    SEN("prison", 2, "CAN", "exact", False, P("2025-10-16")),
    S("cocaine", "CAN", kg=90, opt=True),
    SEN("prison", 1, "USA", "exact", False, P("2025-10-15")),
    SEN(["prison", "unspecified"], 1, "USA", "exact", False, P("2025-10-15")),
    SEN("unspecified", 1, "AUS", opt=True),
    SEN("prison", 5, "NOR", "exact", False, P("2025-10-17")),
    S("hashish", "NOR", kg=1100, opt=True),
], title="Courts round-up: sentences from Dublin to Oslo", outlet="Narcotics Justice Monitor", date="2025-10-20"))

# ---------------------------------------------------------------- 044 European week in review (independent re-reports)
DOCS.append(doc("044_europe_week_in_review_september.md", """# Europe's drug enforcement week: Constanța, Crosshaven, Helsinki and the Azores

*Eurodrug Briefing* — Saturday 13 September 2025

**Romania.** Prosecutors said on 4 September that about 1.4 tonnes of cocaine had been found in a container of bananas at Constanța two days earlier. Five people were detained, and DIICOT says the international group behind the shipment has been dismantled.

**Ireland.** Some 300kg of cocaine, worth more than €20m, was taken off a yacht at Crosshaven in Cork harbour on Wednesday. Two men were arrested.

**Finland.** Finnish Customs reported on Monday that about 15,000 ecstasy pills and 2.6kg of amphetamine had been found in a car that came off the Tallinn ferry; the case is being investigated jointly with Estonian customs.

**Portugal.** The Polícia Judiciária seized about 6.5 tonnes of cocaine from a semi-submersible some 300 nautical miles off the Azores on Tuesday and arrested its four crew members.

**Outlook.** Analysts expect European cocaine seizures to exceed 400 tonnes this year if the current pace continues.
""", [
    S("cocaine", "ROU", ["approx", "exact"], False, P("2025-09-02"), kg=1400, loc=["Constanța", "Constanta"],
      cluster="rou-constanta-cocaine"),
    A(5, "ROU", "exact", False, cluster="rou-constanta-arrests"),
    N(1, "ROU", "international", "exact", False, cluster="rou-constanta-network"),
    S("cocaine", "IRL", ["approx", "at_least"], False, P("2025-09-10"), kg=300, val=20e6, cur="EUR",
      loc=["Crosshaven", "Cork"], cluster="irl-crosshaven-cocaine"),
    A(2, "IRL", "exact", False, P("2025-09-10"), cluster="irl-crosshaven-arrests"),
    S("mdma", "FIN", ["approx", "exact"], False, P("2025-09-04"), pills=15000, cluster="fin-westharbour-mdma"),
    S("amphetamine", "FIN", ["approx", "exact"], False, P("2025-09-04"), kg=2.6, cluster="fin-westharbour-amph"),
    C("joint_operation", ["FIN", "EST"], ev="jointly", cluster="fin-est-joint"),
    S("cocaine", "PRT", "approx", False, P("2025-09-09"), kg=6500, loc=["Azores"]),
    A(4, "PRT", "exact", False, P("2025-09-09")),
], title="Europe's drug enforcement week: Constanța, Crosshaven, Helsinki and the Azores", outlet="Eurodrug Briefing",
    date="2025-09-13"))

# ---------------------------------------------------------------- 045 Dominican DNCD 2024 figures
Y24 = P("2024-01-01", "2024-12-31")
DOCS.append(doc("045_dncd_record_2024.txt", """DNCD reports record 47 tonnes of drugs seized in 2024
Caribbean Business Ledger
Santo Domingo, Wednesday 8 January 2025

The Dominican Republic's National Directorate for Drug Control (DNCD) seized 47,200 kilograms of drugs in 2024, the largest amount in its history, its president said on Tuesday when presenting the agency's annual report.

Of the total, 44,100 kilograms were cocaine, 2,650 kilograms marijuana and 96 kilograms heroin. The agency arrested 26,318 people during the year and dismantled 41 international trafficking networks. In 2023 the DNCD seized 45,800 kilograms.

The DNCD said it had carried out 14 joint operations with Colombian and U.S. authorities during the year, most of them against speedboats crossing the Caribbean from Venezuela and Colombia.

The agency said it would open a new base in Pedernales in 2025 and asked Congress for an extra 1.2 billion pesos.
""", [
    S("unspecified", "DOM", "exact", True, Y24, kg=47200),
    S("cocaine", "DOM", "exact", True, Y24, kg=44100),
    S("cannabis", "DOM", "exact", True, Y24, kg=2650),
    S("heroin", "DOM", "exact", True, Y24, kg=96),
    A(26318, "DOM", "exact", True, Y24),
    N(41, "DOM", "international", "exact", True, Y24),
    C("joint_operation", ["DOM", "COL", "USA"], Y24, count=14),
    S("unspecified", "DOM", kg=45800, opt=True),
], title="DNCD reports record 47 tonnes of drugs seized in 2024", outlet="Caribbean Business Ledger",
    date="2025-01-08"))

# ---------------------------------------------------------------- 046 trap document (no facts)
DOCS.append(doc("046_north_america_notes_no_facts.txt", """Budgets, prices and a correction: notes from the drug beat
Northern Hemisphere Policy Review
Friday, 21 November 2025

Congress approved $290 million for the High Intensity Drug Trafficking Areas program in next year's budget, and Ottawa promised C$1.3 billion for border security over six years.

A kilo of cocaine that costs about $4,000 in Colombia sells for $28,000 in Miami and more than C$60,000 in Toronto, according to a think-tank study. An M30 pill goes for $3 in Phoenix and $15 in rural Vermont.

Canada recorded 6,200 opioid overdose deaths in 2024, and 12,400 people are in treatment programs in British Columbia alone.

Police in Kingston corrected an earlier statement: the "500 kilograms of cocaine" they said they had found on Tuesday turned out to be flour, and no drugs were seized.

Dominican authorities burned 3.2 tonnes of drugs seized in earlier operations. The RCMP offered a C$100,000 reward for information on a fugitive charged in absentia with importing cocaine. A Florida man pleaded guilty to trafficking charges and will be sentenced in February.

Mexico plans to send 10,000 troops to the northern border next month for an operation against fentanyl labs. If current trends continue, fentanyl seizures could double by 2027.
""", [], title="Budgets, prices and a correction: notes from the drug beat", outlet="Northern Hemisphere Policy Review",
    date="2025-11-21"))
