import datetime as _dt

from common import *

# Part 5: Africa. A JSON-lines wire whose date is a Unix timestamp in seconds (fields headline / wire / published_ts /
# dateline / story): Ethiopia's Bole airport (birr, arrests "since July 2024"), Sudan's Kassala ("bango", SDG), a
# Sahel convoy in Niger (CFA francs, a smuggler killed, the 2024 national total), Mali's OCS (FCFA) and a Mali-Niger
# memorandum, Mozambique's Nacala port (meticais). Then Madagascar's "rongony" (ariary, hectares), a Namibia-Botswana
# joint border operation (N$, the 2024/25 financial year), Egypt's hashish and tramadol (EGP, two men killed, a gang
# dismantled), Algeria's weekly army bulletin in quintals ("13 quintals and 40 kilograms", migrants, gold diggers),
# and Tunisia's National Guard ("2 quintals (200 kg)", dinars, a French-only date line).
DOCS = []
WIRE = "031_continental_security_wire.jsonl"


def ts(s):
    """Epoch seconds of a UTC time 'YYYY-MM-DD HH:MM'."""
    return int(_dt.datetime.fromisoformat(s + "+00:00").timestamp())


def w(headline, utc, dateline):
    return {"headline": headline, "wire": "Continental Security Wire", "published_ts": ts(utc), "dateline": dateline}


H = "Ethiopian police seize 8.4 kg of cocaine at Bole airport; Brazilian passenger held"
d = doc(WIRE + "#1", """Ethiopian Federal Police and officers of the Ethiopian Customs Commission seized 8.4 kilograms of cocaine from the luggage of a Brazilian passenger who arrived at Addis Ababa Bole International Airport on a flight from São Paulo on Tuesday, the Federal Police said.

The passenger, a 33-year-old woman, was arrested. The cocaine, hidden in the lining of two suitcases, has an estimated value of 63 million birr, police said.

Police said 42 foreign nationals had been arrested at Bole for drug trafficking since July 2024, most of them couriers travelling from Brazil to West Africa and Asia. Addis Ababa has become a transit hub for cocaine because of its many connections between South America, Africa and Asia.
""", [
    S("cocaine", "ETH", ["exact", "approx"], False, P("2025-02-11"), kg=8.4, val=63e6, cur="ETB",
      loc=["Bole", "Addis Ababa"]),
    A(1, "ETH", "exact", False, P("2025-02-11")),
    A(42, "ETH", "exact", True, P("2024-07-01", "2025-02-13", tol=2)),
], title=H, outlet="Continental Security Wire", date="2025-02-13", fmt="jsonl",
    record=w(H, "2025-02-13 09:30", "ADDIS ABABA"))
d["body_key"] = "story"
DOCS.append(d)

H = "Police in Kassala seize 1.8 tonnes of 'bango'; five arrested"
d = doc(WIRE + "#2", """The anti-narcotics police in Sudan's Kassala state seized 1.8 tonnes of cannabis, known locally as bango, from two lorries near the Eritrean border on Monday and arrested five people, the state police said.

The drug, packed in sacks under a load of onions, is worth about 540 million Sudanese pounds, police said.

Police said traffickers had taken advantage of the war between the army and the Rapid Support Forces to move cannabis from the Radom area in South Darfur to the east and across the border. No national seizure figures have been published since 2023.
""", [
    S("cannabis", "SDN", ["exact", "approx"], False, P("2025-03-17"), kg=1800, val=540e6, cur="SDG",
      loc=["Kassala"]),
    A(5, "SDN", "exact", False, P("2025-03-17")),
], title=H, outlet="Continental Security Wire", date="2025-03-20", fmt="jsonl",
    record=w(H, "2025-03-20 10:00", "PORT SUDAN"))
d["body_key"] = "story"
DOCS.append(d)

H = "Niger army intercepts cannabis resin convoy near Arlit; 3.2 tonnes seized"
d = doc(WIRE + "#3", """A patrol of the Nigerien Armed Forces intercepted a convoy of three four-wheel-drive vehicles north of Arlit on Sunday and seized 3,2 tonnes (3.2 tonnes) of cannabis resin worth an estimated 1.9 billion CFA francs, the army said.

Four smugglers were arrested. A fifth was killed in an exchange of fire, and the others fled towards the Algerian border, the army said.

The cannabis resin, which is produced in Morocco, is smuggled across the Sahel towards Libya and Egypt. Niger's Central Office for the Repression of Illicit Drug Trafficking (OCRTIS) said 24 tonnes of cannabis resin were seized in the country in 2024.
""", [
    S("hashish", "NER", ["exact", "approx"], False, P("2025-05-25"), kg=3200, val=1.9e9, cur="XOF", loc=["Arlit"]),
    A(4, "NER", "exact", False, P("2025-05-25")),
    S("hashish", "NER", "exact", True, P("2024-01-01", "2024-12-31"), kg=24000),
], title=H, outlet="Continental Security Wire", date="2025-05-28", fmt="jsonl",
    record=w(H, "2025-05-28 11:00", "NIAMEY"))
d["body_key"] = "story"
DOCS.append(d)

H = "Mali's drug office seizes 1.5 tonnes of cannabis in Bamako"
d = doc(WIRE + "#4", """Mali's Central Narcotics Office (OCS) seized 1.5 tonnes of cannabis in a warehouse in the Sébénikoro district of Bamako on Monday night and arrested three men, the office said.

The cannabis is valued at 300 millions de francs CFA (300 million CFA francs), the OCS said. It had been brought by road from Ghana through Burkina Faso.

Mali and Niger signed a memorandum of understanding on the exchange of drug-related intelligence in Niamey on 30 July, under which the two countries' drug offices will share information on convoys crossing the Sahel.
""", [
    S("cannabis", "MLI", ["exact", "approx"], False, P("2025-08-04"), kg=1500, val=300e6, cur="XOF",
      loc=["Sébénikoro", "Bamako"]),
    A(3, "MLI", "exact", False, P("2025-08-04")),
    C("mou", ["MLI", "NER"], P("2025-07-30"), loc="Niamey"),
], title=H, outlet="Continental Security Wire", date="2025-08-07", fmt="jsonl",
    record=w(H, "2025-08-07 10:00", "BAMAKO"))
d["body_key"] = "story"
DOCS.append(d)

H = "Mozambique police seize 60 kg of heroin at Nacala port"
d = doc(WIRE + "#5", """Mozambique's criminal investigation service, SERNIC, and the police seized 60 kilograms of heroin in a container at the port of Nacala on Tuesday and arrested two men, a Mozambican clearing agent and a Pakistani businessman, SERNIC said.

The heroin, valued at 190 million meticais, was declared as a shipment of rice. Investigators believe it was first landed on the northern coast by dhow from the Makran coast and was being sent on to South Africa.

The seizure is the largest at Nacala since 2022.
""", [
    S("heroin", "MOZ", ["exact", "approx"], False, P("2025-11-04"), kg=60, val=190e6, cur="MZN", loc=["Nacala"]),
    A(2, "MOZ", "exact", False, P("2025-11-04")),
], title=H, outlet="Continental Security Wire", date="2025-11-06", fmt="jsonl",
    record=w(H, "2025-11-06 08:45", "MAPUTO"))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 032 Madagascar rongony
DOCS.append(doc("032_madagascar_rongony_ambanja.txt", """Gendarmes seize 2.4 tonnes of 'rongony' in northern Madagascar
Tana Evening News
Antananarivo, 23 June 2025 (Monday)

Gendarmes in the Ambanja district of the Diana region seized 2.4 tonnes of cannabis, known locally as rongony, from a truck carrying bags of cocoa on Friday, the national gendarmerie said on Sunday. Three men, including the driver, were arrested.

The cannabis is worth about 480 million ariary, the gendarmerie said. Gendarmes also destroyed 18 hectares of cannabis fields in the Sambirano valley during the operation.

In a separate case, customs officers at Ivato airport found 3.1 kg of heroin in the luggage of a Malagasy woman arriving from Addis Ababa on Saturday. She was arrested.

The gendarmerie said 41 tonnes of rongony were seized nationwide in 2024.
""", [
    S("cannabis", "MDG", ["exact", "approx"], False, P("2025-06-20"), kg=2400, val=480e6, cur="MGA",
      loc=["Ambanja"]),
    A(3, "MDG", "exact", False, P("2025-06-20")),
    S("heroin", "MDG", "exact", False, P("2025-06-21"), kg=3.1, loc=["Ivato"]),
    A(1, "MDG", "exact", False, P("2025-06-21")),
    S("cannabis", "MDG", "exact", True, P("2024-01-01", "2024-12-31"), kg=41000),
], title="Gendarmes seize 2.4 tonnes of 'rongony' in northern Madagascar", outlet="Tana Evening News",
    date="2025-06-23"))

# ---------------------------------------------------------------- 033 Namibia-Botswana joint operation
JOP = P("2025-03-31", "2025-04-06", tol=2)
DOCS.append(doc("033_namibia_botswana_dagga_operation.txt", """Namibian, Botswana police seize 640 kg of dagga in joint border operation
The Zambezi Courier
Katima Mulilo | 11 April 2025

The Namibian Police and the Botswana Police Service seized 640 kg of cannabis, locally called dagga, and arrested nine people during a week-long joint operation along the Chobe river border that ended on Sunday.

Six of the suspects were arrested on the Namibian side and three in Botswana. The dagga has a street value of about N$2.6 million, Zambezi regional commander Commissioner Elias Simasiku said on Wednesday.

The two forces carry out such operations under a memorandum of understanding on cross-border policing signed in Gaborone in 2023.

Namibian Police said they had seized 3,800 kg of cannabis countrywide in the 2024/25 financial year, which ended on 31 March.
""", [
    C("joint_operation", ["NAM", "BWA"], JOP, ev="joint operation"),
    S("cannabis", [None, "NAM", "BWA"], ["exact", "approx"], True, JOP, kg=640, val=2.6e6, cur="NAD",
      loc=["Chobe", "Zambezi"]),
    A(9, [None, "NAM", "BWA"], "exact", True, JOP),
    A(6, "NAM", opt=True),
    A(3, "BWA", opt=True),
    C("mou", ["NAM", "BWA"], opt=True),
    S("cannabis", "NAM", "exact", True, P("2024-04-01", "2025-03-31"), kg=3800),
], title="Namibian, Botswana police seize 640 kg of dagga in joint border operation", outlet="The Zambezi Courier",
    date="2025-04-11"))

# ---------------------------------------------------------------- 034 Egypt hashish and tramadol
DOCS.append(doc("034_egypt_hashish_tramadol_gang.txt", """Interior Ministry: 1.2 tonnes of hashish, 2 million tramadol pills seized; eight arrested
Nile Evening Gazette
Cairo — Sunday 9 November 2025

The General Administration for Combating Narcotics arrested eight members of a criminal gang in raids in Ismailia and Sharqia governorates on Thursday and seized 1.2 tonnes of hashish and 2 million tramadol pills, the Interior Ministry said in a statement on Saturday.

The drugs have an estimated market value of EGP 230 million. Two other members of the gang were killed when they opened fire on police, the ministry said.

The gang, which smuggled the drugs from North Sinai in trucks carrying vegetables, has been dismantled, according to the statement. Legal measures have been taken and the prosecution has taken up the investigation.

In a separate raid in Assiut on Friday, police arrested a man and seized between 40 and 50 kilograms of bango (cannabis), the ministry added.
""", [
    S("hashish", "EGY", "exact", False, P("2025-11-06"), kg=1200, loc=["Ismailia", "Sharqia"]),
    S("tramadol", "EGY", "exact", False, P("2025-11-06"), pills=2000000, loc=["Ismailia", "Sharqia"]),
    S(["mixed", "unspecified"], "EGY", "approx", False, P("2025-11-06"), val=230e6, cur="EGP"),
    A(8, "EGY", "exact", False, P("2025-11-06")),
    N(1, "EGY", q="exact", agg=False),
    A(1, "EGY", "exact", False, P("2025-11-07")),
    S("cannabis", "EGY", opt=True),
], title="Interior Ministry: 1.2 tonnes of hashish, 2 million tramadol pills seized; eight arrested",
    outlet="Nile Evening Gazette", date="2025-11-09"))

# ---------------------------------------------------------------- 035 Algeria MDN weekly bulletin, quintals
WEEK = P("2025-09-10", "2025-09-16")
DOCS.append(doc("035_algeria_mdn_weekly_quintals.txt", """Army units seize more than 13 quintals of processed kif in weekly operations
Algiers Press Digest
Algiers, 17 September 2025

In operations carried out between 10 and 16 September 2025, detachments of the National People's Army (ANP), in coordination with the various security services, arrested 21 drug traffickers and foiled attempts to smuggle 13 quintals and 40 kilograms of processed kif through the border with Morocco, the Ministry of National Defence (MDN) said in its weekly operational bulletin on Wednesday.

In the same operations, the units seized 182,600 psychotropic pills and 2.3 kilograms of cocaine.

In the south, detachments arrested 96 people engaged in illegal gold mining and seized generators and hammer drills. Coast guards also foiled attempts to leave the country illegally by sea and intercepted 214 illegal migrants of various nationalities.
""", [
    S("hashish", "DZA", "exact", True, WEEK, kg=1340),
    A(21, "DZA", "exact", True, WEEK),
    S("unspecified", "DZA", "exact", True, WEEK, pills=182600),
    S("cocaine", "DZA", "exact", True, WEEK, kg=2.3),
], title="Army units seize more than 13 quintals of processed kif in weekly operations", outlet="Algiers Press Digest",
    date="2025-09-17"))

# ---------------------------------------------------------------- 036 Tunisia, quintals and dinars, French date line
DOCS.append(doc("036_tunisia_ben_guerdane_quintals.txt", """National Guard seizes 2 quintals of cannabis resin near Ben Guerdane
Tunis Evening Mail
Tunis, le 3 décembre 2025

National Guard units in Medenine governorate seized 2 quintals (200 kg) of cannabis resin hidden in a pickup truck near Ben Guerdane on Monday night, the National Guard said. Two smugglers were arrested; a third escaped towards the Libyan border. The resin is valued at 1.5 million dinars.

In Sfax, customs officers found 86,000 ecstasy pills worth 2.6 million dinars in a container of household goods from Belgium on Tuesday and arrested the importer.

The Interior Ministry said 9,300 people had been arrested on drug charges in the first ten months of the year. Parliament is debating a bill to replace prison terms for first-time cannabis users with fines.
""", [
    S("hashish", "TUN", "exact", False, P("2025-12-01"), kg=200, val=1.5e6, cur="TND", loc=["Ben Guerdane", "Medenine"]),
    A(2, "TUN", "exact", False, P("2025-12-01")),
    S("mdma", "TUN", "exact", False, P("2025-12-02"), pills=86000, val=2.6e6, cur="TND", loc=["Sfax"]),
    A(1, "TUN", "exact", False, P("2025-12-02")),
    A(9300, "TUN", "exact", True, P("2025-01-01", "2025-10-31")),
], title="National Guard seizes 2 quintals of cannabis resin near Ben Guerdane", outlet="Tunis Evening Mail",
    date="2025-12-03"))
