from common import *

# Part 4: Africa beyond the West coast (Nigeria NDLEA, Kenya, South Africa, Morocco, Egypt, Ethiopia, Uganda,
# Mozambique, Tanzania) and a JSON-lines Africa wire
DOCS = []

# ---------------------------------------------------------------- 033 NDLEA weekly operations, naira "N"
DOCS.append(doc("033_ndlea_weekly_operations.txt", """NDLEA: N4.2bn tramadol, cocaine, skunk seized in Lagos, Edo operations
The Daily Sentinel (Abuja)
Sunday, 23 February 2025

Operatives of the National Drug Law Enforcement Agency (NDLEA) seized drugs worth over N4.2 billion in operations across Lagos and Edo states this week, the agency's spokesman, Femi Adeyemo, said on Sunday.

At the Murtala Muhammed International Airport, Ikeja, a 45-year-old businessman returning from Sao Paulo was arrested on Tuesday. He later excreted 88 pellets of cocaine weighing 1.4kg while under observation.

On Wednesday, officers at the Apapa port intercepted a container from India holding 650,000 pills of tramadol 225mg worth N1.3 billion. No arrest has yet been made as the importer is on the run.

In Edo State, NDLEA operatives raided a forest in Owan West local government area on Thursday and recovered 3.8 tonnes of skunk. Two suspects were arrested, and 12 hectares of cannabis farms were destroyed.

NDLEA Chairman Brig. Gen. Mohamed Buba Marwa (rtd) commended the officers. Nigeria has an estimated 14.3 million drug users, according to a national survey.
""", [
    S(["mixed", "unspecified"], "NGA", "at_least", [True, False], P("2025-02-18", "2025-02-20", tol=3), val=4200000000,
      cur="NGN"),
    S("cocaine", "NGA", "exact", False, P("2025-02-18"), kg=1.4, loc=["Murtala Muhammed", "Ikeja", "Lagos"]),
    A(1, "NGA", "exact", False, P("2025-02-18")),
    S("tramadol", "NGA", "exact", False, P("2025-02-19"), pills=650000, val=1300000000, cur="NGN", loc=["Apapa"]),
    S("cannabis", "NGA", "exact", False, P("2025-02-20"), kg=3800, loc=["Owan West", "Edo"]),
    A(2, "NGA", "exact", False, P("2025-02-20")),
], title="NDLEA: N4.2bn tramadol, cocaine, skunk seized in Lagos, Edo operations", outlet="The Daily Sentinel",
    date="2025-02-23"))

# ---------------------------------------------------------------- 034 Nigeria court, two jailed, one acquitted
DOCS.append(doc("034_lagos_law_reporter_cocaine.txt", """Court jails two for 15 years over N2.1bn cocaine at Lagos airport
Lagos Law Reporter
Thursday, 3 July 2025

Justice Adaeze Okonkwo of the Federal High Court, Ikoyi, Lagos, on Wednesday sentenced two men to 15 years' imprisonment each for importing cocaine through the Murtala Muhammed International Airport.

The NDLEA had arrested the two men and a third suspect on November 12, 2023, after officers found 8.2kg of cocaine worth N2.1 billion concealed in the linings of three suitcases on a flight from Addis Ababa.

The third defendant, a travel agent, was discharged and acquitted after the court held that the prosecution failed to link him to the luggage.

The judge ordered that the convicts' two vehicles be forfeited to the Federal Government. Counsel to the convicts said they would study the judgment with a view to appealing.

The NDLEA said it had secured 47 convictions at the Federal High Court in Lagos in the first half of the year.
""", [
    SEN("prison", 2, "NGA", "exact", False, P("2025-07-02")),
    S("cocaine", "NGA", "exact", False, P("2023-11-12"), kg=8.2, val=2100000000, cur="NGN",
      loc=["Murtala Muhammed", "Lagos"]),
    A(3, "NGA", "exact", False, P("2023-11-12")),
    SEN("unspecified", 47, "NGA", "exact", True, P("2025-01-01", "2025-06-30")),
], title="Court jails two for 15 years over N2.1bn cocaine at Lagos airport", outlet="Lagos Law Reporter",
    date="2025-07-03"))

# ---------------------------------------------------------------- 035 Kenya dhow heroin (original of 042#2)
DOCS.append(doc("035_mombasa_mirror_dhow_heroin.txt", """Kenya Navy, police seize 1,024kg of heroin on dhow off Mombasa
Mombasa Mirror
Mombasa, Friday, 13 June 2025

The Kenya Navy and the Anti-Narcotics Unit of the National Police Service intercepted a dhow carrying 1,024 kilograms of heroin about 30 nautical miles off Mombasa on Wednesday night, in one of the largest drug seizures in the country's history.

Interior Cabinet Secretary Hassan Wario said the heroin, packed in 1,024 one-kilogram blocks, was worth an estimated Sh3.1 billion. The nine crew members, seven Pakistanis and two Iranians, were arrested and will be arraigned at the Shanzu Law Courts on Monday.

The dhow was tracked after a tip-off from Britain's National Crime Agency, which shared information about the vessel's departure from the Makran coast.

Wario said the government would set up a coast guard drug interdiction unit in Kilifi next year. Kenya has an estimated 18,000 people who inject drugs, mostly along the coast.
""", [
    S("heroin", "KEN", ["exact", "approx"], False, P("2025-06-11"), kg=1024, val=3100000000, cur="KES",
      loc=["Mombasa"], cluster="ken-dhow-heroin"),
    A(9, "KEN", "exact", False, P("2025-06-11"), cluster="ken-dhow-crew"),
    A(7, opt=True),
    A(2, opt=True),
    C("information_exchange", ["KEN", "GBR"], ev="tip-off", opt=True),
], title="Kenya Navy, police seize 1,024kg of heroin on dhow off Mombasa", outlet="Mombasa Mirror", date="2025-06-13"))

# ---------------------------------------------------------------- 036 HTML, South Africa SAPS, dagga and Durban harbour
DOCS.append(doc("036_highveld_herald_saps_dagga.html", html_page(
    "SAPS intercepts truck with 1.2 tonnes of dagga on N1; cocaine worth R45 million found at Durban harbour",
    "Highveld Herald", "2025-04-24T09:45:00+02:00", "Staff reporter | 24 April 2025",
    ["Police in Limpopo intercepted a truck carrying 1.2 tonnes of dagga worth about R3.6 million on the N1 highway near Polokwane on Tuesday, the South African Police Service (SAPS) said.",
     "The driver, 41, and his passenger, 29, were arrested and are due to appear in the Polokwane Magistrate's Court on charges of dealing in dagga. The dagga was hidden under bags of maize meal.",
     "In KwaZulu-Natal, members of the SAPS Durban harbour unit and the South African Revenue Service found cocaine worth R45 million in a container from Brazil on Wednesday. No arrests have been made.",
     "Police spokesperson Brigadier Thandi Mokoena said the Limpopo interception was the result of a roadblock, not a tip-off.",
     "According to SAPS crime statistics for the third quarter of the 2024/25 financial year, police recorded 91,208 drug-related crimes, most of them for possession."],
    ["Cable theft syndicate bust in Soweto", "Taxi violence flares in Durban", "Eskom load shedding update"],
    nav=("Home", "News", "Gauteng", "Limpopo", "Sport")), [
    S("cannabis", "ZAF", ["exact", "approx"], False, P("2025-04-22"), kg=1200, val=3600000, cur="ZAR",
      loc=["N1", "Polokwane"]),
    A(2, "ZAF", "exact", False, P("2025-04-22")),
    S("cocaine", "ZAF", "exact", False, P("2025-04-23"), val=45000000, cur="ZAR", loc=["Durban"]),
], title="SAPS intercepts truck with 1.2 tonnes of dagga on N1; cocaine worth R45 million found at Durban harbour",
    outlet="Highveld Herald", date="2025-04-24", fmt="html"))

# ---------------------------------------------------------------- 037 Morocco DGSN, Guerguerat
DOCS.append(doc("037_rabat_observer_guerguerat.txt", """Moroccan police seize 12 tonnes of chira at Guerguerat crossing
Rabat Observer
Rabat, 5 May 2025

Moroccan police seized 12 tonnes 400 kilograms of chira (cannabis resin) hidden in a lorry loaded with watermelons at the Guerguerat border crossing with Mauritania on Saturday, the General Directorate for National Security (DGSN) said in a statement.

The drugs, estimated at 124 million dirhams, were bound for West Africa and the Sahel. The lorry driver and two accomplices who were escorting the vehicle were arrested.

In 2024, DGSN units seized 138 tonnes of chira nationwide, the directorate said in its annual report in January. The DGSN said it had exchanged information on the network with Spain's Policía Nacional.

Cannabis cultivation for medical and industrial purposes was legalised in 2021 in three northern provinces, where 4,000 hectares are now licensed.
""", [
    S("hashish", "MAR", ["exact", "approx"], False, P("2025-05-03"), kg=12400, val=124000000, cur="MAD",
      loc=["Guerguerat"]),
    A(3, "MAR", "exact", False, P("2025-05-03")),
    S("hashish", "MAR", "exact", True, P("2024-01-01", "2024-12-31"), kg=138000),
    C("information_exchange", ["MAR", "ESP"], ev="exchanged information", opt=True),
], title="Moroccan police seize 12 tonnes of chira at Guerguerat crossing", outlet="Rabat Observer",
    date="2025-05-05"))

# ---------------------------------------------------------------- 038 Egypt, tramadol at Port Said, hashish in Sinai
DOCS.append(doc("038_cairo_evening_post_tramadol.txt", """Egypt's anti-narcotics police seize 1.5 million tramadol pills at Port Said, hashish in Sinai
Cairo Evening Post
Cairo, Sunday 9 November 2025

The General Administration for Combating Narcotics seized 1.5 million tramadol pills hidden in a shipment of ceramic tiles at East Port Said port on Thursday, the Interior Ministry said. The pills were worth about 45 million Egyptian pounds. The importer's agent was arrested.

On Friday, anti-narcotics officers in North Sinai seized 660 kilograms of hashish buried in sand near El Arish and arrested four suspects.

The ministry said a lorry searched at a checkpoint near Ismailia on Friday had been carrying a white powder suspected to be heroin, but laboratory tests showed it was powdered milk.

Egypt's anti-addiction fund estimates that around 3 million Egyptians use drugs regularly. A strip of ten tramadol tablets sells for 150 pounds on the black market.
""", [
    S("tramadol", "EGY", ["approx", "exact"], False, P("2025-11-06"), pills=1500000, val=45000000, cur="EGP",
      loc=["Port Said"]),
    A(1, "EGY", "exact", False, P("2025-11-06")),
    S("hashish", "EGY", "exact", False, P("2025-11-07"), kg=660, loc=["El Arish", "North Sinai"]),
    A(4, "EGY", "exact", False, P("2025-11-07")),
], title="Egypt's anti-narcotics police seize 1.5 million tramadol pills at Port Said, hashish in Sinai",
    outlet="Cairo Evening Post", date="2025-11-09"))

# ---------------------------------------------------------------- 039 Ethiopia, Bole, over the past 12 months, MoU with Brazil
DOCS.append(doc("039_addis_ledger_bole_cocaine.txt", """Ethiopian police intercept 128 kg of cocaine at Bole airport over past year
Addis Ledger
Addis Ababa, 18 September 2025

Over the past 12 months, the Federal Police anti-drug unit at Bole International Airport has seized 128 kilograms of cocaine and arrested 103 couriers, most of them transiting from Sao Paulo to destinations in Asia and Europe, the Federal Police Commission said on Thursday.

The latest arrest came on Tuesday, when a Brazilian woman travelling to Bangkok was stopped with 3.2 kg of cocaine hidden in cosmetic bottles.

On Monday, Ethiopian Federal Police Commissioner General Tadesse Alemu and the director of Brazil's Federal Police signed a memorandum of understanding in Addis Ababa on exchanging information about drug couriers and training airport officers.

Ethiopian Airlines' hub in Addis Ababa connects Sao Paulo with more than 60 African cities, which traffickers exploit, the commission said.
""", [
    S("cocaine", "ETH", "exact", True, P("2024-09-18", "2025-09-18", tol=5), kg=128, loc=["Bole"]),
    A(103, "ETH", "exact", True, P("2024-09-18", "2025-09-18", tol=5)),
    S("cocaine", "ETH", "exact", False, P("2025-09-16"), kg=3.2, loc=["Bole"]),
    A(1, "ETH", "exact", False, P("2025-09-16")),
    C("mou", ["ETH", "BRA"], period=P("2025-09-15"), loc="Addis Ababa", ev="memorandum of understanding"),
], title="Ethiopian police intercept 128 kg of cocaine at Bole airport over past year", outlet="Addis Ledger",
    date="2025-09-18"))

# ---------------------------------------------------------------- 040 Uganda, Entebbe heroin, joint operation with Kenya
UK_P = P("2025-01-13", "2025-01-26", tol=2)
DOCS.append(doc("040_kampala_sun_entebbe_busia.txt", """Police seize 2kg of heroin at Entebbe; joint border operation with Kenya nets 2.1 tonnes of cannabis
Kampala Sun
Kampala, Thursday, 30 January 2025

Anti-narcotics officers at Entebbe International Airport arrested a 35-year-old Tanzanian man on Monday after finding 2kg of heroin in the false bottom of his bag, police spokesman Patrick Onyango said. The heroin is valued at Shs600 million.

Separately, a two-week joint operation by the Uganda Police Force and the Kenya National Police Service along the border at Busia and Malaba, which ended on Sunday, netted 2.1 tonnes of cannabis and 38 arrests on both sides of the border.

"Traffickers do not respect borders, so neither can we," Onyango said. The two forces plan to hold a similar operation around Lake Victoria in April.

Under Uganda's Narcotic Drugs and Psychotropic Substances (Control) Act, trafficking heroin carries a penalty of up to life imprisonment.
""", [
    S("heroin", "UGA", ["exact", "approx"], False, P("2025-01-27"), kg=2, val=600000000, cur="UGX", loc=["Entebbe"]),
    A(1, "UGA", "exact", False, P("2025-01-27")),
    C("joint_operation", ["UGA", "KEN"], period=UK_P, loc="Busia", ev="joint operation"),
    S("cannabis", ["UGA", "KEN"], "exact", True, UK_P, kg=2100, loc=["Busia", "Malaba"]),
    A(38, ["UGA", "KEN"], "exact", True, UK_P),
], title="Police seize 2kg of heroin at Entebbe; joint border operation with Kenya nets 2.1 tonnes of cannabis",
    outlet="Kampala Sun", date="2025-01-30"))

# ---------------------------------------------------------------- 041 Mozambique, Pemba dhow, UNODC training, "late last year"
DOCS.append(doc("041_maputo_dispatch_pemba_dhow.txt", """Mozambique police seize nearly 400 kg of heroin from dhow off Pemba
Maputo Dispatch
Maputo, 2 December 2025

Mozambique's National Criminal Investigation Service (SERNIC) and the navy seized nearly 400 kilograms of heroin from a dhow off the coast of Pemba, in Cabo Delgado province, on Saturday. The 11 crew members, all foreign nationals, were detained.

SERNIC spokesman Leonardo Macuácua said the operation followed information from South African Police Service crime intelligence. In a similar case late last year, the navy intercepted a boat with 250 kilograms of methamphetamine off Nacala.

Last month, the UN Office on Drugs and Crime (UNODC) trained 30 Mozambican maritime police officers in Pemba on boarding and searching vessels, under its Global Maritime Crime Programme.

Heroin from Afghanistan and methamphetamine from Iran and Myanmar have long been shipped along the "southern route" through northern Mozambique to South Africa and Europe.
""", [
    S("heroin", "MOZ", "at_most", False, P("2025-11-29"), kg=400, loc=["Pemba", "Cabo Delgado"]),
    A(11, "MOZ", "exact", False, P("2025-11-29")),
    C("information_exchange", ["MOZ", "ZAF"], ev="crime intelligence", opt=True),
    S("methamphetamine", "MOZ", "exact", False, P("2024-09-01", "2024-12-31", tol=60), kg=250, loc=["Nacala"]),
    C("training", ["MOZ", "UNODC"], period=P("2025-11-01", "2025-11-30"), loc="Pemba", ev="trained"),
], title="Mozambique police seize nearly 400 kg of heroin from dhow off Pemba", outlet="Maputo Dispatch",
    date="2025-12-02"))

# ---------------------------------------------------------------- 042 JSON lines, Africa wire (5 records)
W = "042_africa_wire.jsonl"


def rec(hed, pub, ts, section):
    return {"hed": hed, "publisher": pub, "pub_ts": ts, "section": section}


DOCS.append(doc(W + "#1", """Tanzania's Drug Control and Enforcement Authority (DCEA) said on Monday that its officers seized 1,200 kilograms of methamphetamine and heroin from a house in Kigamboni, Dar es Salaam, on Saturday.

DCEA Commissioner General Aretas Lyimo said four people, including two foreign nationals, were arrested. The drugs had been landed from a dhow on the Indian Ocean coast and were awaiting transport to neighbouring countries.

Lyimo said the authority had also destroyed 82 acres of cannabis in Arusha region during the same week. He did not give a value for the seizure.
""", [
    S("mixed", "TZA", "exact", False, P("2025-04-12"), kg=1200, loc=["Kigamboni", "Dar es Salaam"]),
    A(4, "TZA", "exact", False, P("2025-04-12")),
    A(2, opt=True),
], title="Tanzania seizes 1.2 tonnes of meth and heroin in Dar es Salaam", outlet="Africa Wire Service",
    date="2025-04-15", fmt="jsonl",
    record=rec("Tanzania seizes 1.2 tonnes of meth and heroin in Dar es Salaam", "Africa Wire Service",
               "2025-04-15T07:12:00+03:00", "Tanzania")))

DOCS.append(doc(W + "#2", """Kenyan security forces have seized more than a tonne of heroin from a dhow off the coast of Mombasa in what officials described as one of the biggest drug busts in the country's history.

The haul, intercepted on Wednesday night, was worth some Sh3 billion, Interior Cabinet Secretary Hassan Wario said. All nine crew members were arrested, seven of them Pakistanis and two Iranians.

Officials said the vessel was tracked with help from British investigators. The crew are expected in court in Shanzu on Monday.
""", [
    S("heroin", "KEN", ["at_least", "approx"], False, P("2025-06-11"), kg=1000, val=3000000000, cur="KES", loc=["Mombasa"],
      cluster="ken-dhow-heroin"),
    A(9, "KEN", "exact", False, P("2025-06-11"), cluster="ken-dhow-crew"),
    A(7, opt=True),
    A(2, opt=True),
    C("information_exchange", None, opt=True),
], title="Kenya seizes more than a tonne of heroin off Mombasa", outlet="Africa Wire Service", date="2025-06-14",
    dup="035_mombasa_mirror_dhow_heroin.txt", fmt="jsonl",
    record=rec("Kenya seizes more than a tonne of heroin off Mombasa", "Africa Wire Service",
               "2025-06-14T10:40:00+03:00", "Kenya")))

DOCS.append(doc(W + "#3", """The Durban High Court on Wednesday sentenced two men to 25 years' imprisonment each for dealing in cocaine, the National Prosecuting Authority (NPA) said.

The men were arrested in January 2024 when the police's Organised Crime Investigation unit found 96 kilograms of cocaine in a vehicle at a truck stop in Pinetown. The cocaine was valued at R28.8 million at the time.

NPA spokesperson Natasha Ramkisson said the sentences sent "a strong message" to syndicates using the port of Durban. A third accused is still at large.
""", [
    SEN("prison", 2, "ZAF", "exact", False, P("2025-08-20")),
    S("cocaine", "ZAF", "exact", False, P("2024-01-01", "2024-01-31"), kg=96, val=28800000, cur="ZAR",
      loc=["Pinetown"]),
    A(2, "ZAF", "exact", False, P("2024-01-01", "2024-01-31")),
], title="Two jailed for 25 years over R28.8m cocaine", outlet="Africa Wire Service", date="2025-08-21", fmt="jsonl",
    record=rec("Two jailed for 25 years over R28.8m cocaine", "Africa Wire Service", "2025-08-21T16:05:00+02:00",
               "South Africa")))

DOCS.append(doc(W + "#4", """The interior ministers of Morocco and Spain met in Rabat on Tuesday and signed a protocol allowing their police forces to set up joint investigation teams against drug trafficking networks operating across the Strait of Gibraltar.

The ministers also reviewed the work of the liaison officers the two countries exchange, and agreed to study the creation of a joint centre for maritime surveillance, which could be operational in 2027.

Spain's minister praised Morocco's cooperation, which he said had helped Spanish forces seize several tonnes of hashish this year, without giving a figure.
""", [
    C("meeting", ["MAR", "ESP"], period=P("2025-10-07"), loc="Rabat", ev="met in Rabat"),
    C("mou", ["MAR", "ESP"], period=P("2025-10-07"), loc="Rabat", ev="protocol"),
], title="Morocco and Spain sign protocol on joint investigation teams", outlet="Africa Wire Service",
    date="2025-10-08", fmt="jsonl",
    record=rec("Morocco and Spain sign protocol on joint investigation teams", "Africa Wire Service",
               "2025-10-08T12:30:00+01:00", "North Africa")))

DOCS.append(doc(W + "#5", """Nigeria's National Drug Law Enforcement Agency (NDLEA) arrested 17,340 suspects and seized 1,048 tonnes of assorted drugs in 2024, its chairman said on Thursday while presenting the agency's annual report in Abuja.

The agency also secured 3,112 convictions in court during the year and dismantled 21 drug laboratories, the chairman said. He asked the National Assembly to raise the agency's 2025 budget to N98 billion.

The NDLEA's figures for 2023 were not given in the report. Officials said most of the drugs seized were cannabis grown in forest reserves in the south-west and in Edo State.
""", [
    A(17340, "NGA", "exact", True, P("2024-01-01", "2024-12-31")),
    S(["mixed", "unspecified"], "NGA", "exact", True, P("2024-01-01", "2024-12-31"), kg=1048000),
    SEN("unspecified", 3112, "NGA", "exact", True, P("2024-01-01", "2024-12-31")),
    N(21, "NGA", None, "exact", True, P("2024-01-01", "2024-12-31")),
], title="NDLEA arrested 17,340 suspects in 2024, annual report says", outlet="Africa Wire Service",
    date="2025-01-10", fmt="jsonl",
    record=rec("NDLEA arrested 17,340 suspects in 2024, annual report says", "Africa Wire Service",
               "2025-01-10T09:00:00+01:00", "Nigeria")))
