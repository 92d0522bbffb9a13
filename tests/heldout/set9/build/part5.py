from common import *

DOCS = []

# ---------------------------------------------------------------- 049 Myanmar, destruction ceremony (trap) + Jan-May totals
DOCS.append(doc("049_myanmar_destruction_day.txt", """Myanmar burns drugs worth US$446 million on anti-drug day
Yangon Evening Mail
Thursday, 26 June 2025

Myanmar authorities set fire to seized drugs worth an estimated US$446 million in Yangon, Mandalay and Taunggyi on Thursday to mark the International Day against Drug Abuse and Illicit Trafficking.

The drugs destroyed included 1,250 kg of opium, 2,100 kg of heroin, 61 million methamphetamine tablets and 9.2 tonnes of crystal methamphetamine, according to the Central Committee for Drug Abuse Control (CCDAC). Most had been seized over the past year.

Speaking at the ceremony in Yangon, the CCDAC secretary said that between January and May this year, police and the army seized 76 million methamphetamine tablets and arrested 3,412 drug suspects across the country.

He said Myanmar would continue to work with its neighbours, but gave no details. Critics say much of the production in Shan State takes place in areas controlled by militias allied with the military.
""", [
    S("methamphetamine", "MMR", "exact", True, P("2025-01-01", "2025-05-31"), pills=76000000),
    A(3412, "MMR", "exact", True, P("2025-01-01", "2025-05-31")),
], title="Myanmar burns drugs worth US$446 million on anti-drug day", outlet="Yangon Evening Mail", date="2025-06-26"))

# ---------------------------------------------------------------- 050 Iran, Kerman, month of Ordibehesht, Persian digits
ORD = P("2025-04-21", "2025-05-21", tol=1)
DOCS.append(doc("050_iran_kerman_ordibehesht.txt", """Kerman police seize nearly 10 tonnes of opium in Ordibehesht
Persian Gulf Observer | Kerman bureau
1404/03/05 (26 May 2025)

Police in Kerman province seized ۹٫۸ tonnes of opium and ۴۲۰ kilograms of heroin in the month of Ordibehesht, the province's police chief, Brigadier General Abdolreza Nazeri, said on Monday.

In the same month, ۱۸۶ drug traffickers were arrested and ۹ trafficking gangs were dismantled in the province, he told a meeting of the provincial security council. The figures are ۱۲ percent higher than in Ordibehesht of last year.

Separately, Iranian and Afghan border officials met at the Milak crossing in Sistan and Baluchestan on Sunday to discuss the exchange of information on drug convoys, the provincial governor's office said. The two sides agreed to hold regular monthly meetings in future.

Kerman lies on the main route from the eastern border to Tehran and the ports of the Persian Gulf. Nazeri said a kilogram of heroin costs around ۵ billion rials in the province.
""", [
    S("opium", "IRN", "exact", True, ORD, kg=9800, loc=["Kerman"]),
    S("heroin", "IRN", "exact", True, ORD, kg=420, loc=["Kerman"]),
    A(186, "IRN", "exact", True, ORD),
    N(9, "IRN", None, "exact", True, ORD),
    C("meeting", ["IRN", "AFG"], P("2025-05-25"), loc=["Milak"]),
], title="Kerman police seize nearly 10 tonnes of opium in Ordibehesht", outlet="Persian Gulf Observer",
    date="2025-05-26"))

# ---------------------------------------------------------------- 051 Afghanistan, Islam Qala, Hamal and Saur dates
HAMAL = P("2025-03-21", "2025-04-20", tol=1)
DOCS.append(doc("051_afghanistan_islam_qala.txt", """240 kg of methamphetamine found in fuel tanker at Islam Qala
Herat Times
4 Saur 1404 / 24 April 2025

Counter-narcotics police at the Islam Qala border crossing in Herat province found 240 kilograms of methamphetamine hidden in the tank of a fuel tanker heading for Iran on 2 Saur 1404 (22 April 2025), the provincial police said.

The driver and his assistant were arrested. Police said the drugs had been loaded in Farah province and that the tanker's papers showed it was carrying diesel.

The seizure comes after a busy month. During Hamal, the first month of the solar year, Herat's counter-narcotics police seized 1,860 kilograms of various drugs and arrested 94 people, according to the provincial police spokesman.

Officials from Afghanistan and Iran have discussed setting up a joint border commission on drugs, but no date has been set.
""", [
    S("methamphetamine", "AFG", "exact", False, P("2025-04-22"), kg=240, loc=["Islam Qala", "Herat"]),
    A(2, "AFG", "exact", False, P("2025-04-22")),
    S(["mixed", "unspecified"], "AFG", "exact", True, HAMAL, kg=1860, loc=["Herat"]),
    A(94, "AFG", "exact", True, HAMAL),
], title="240 kg of methamphetamine found in fuel tanker at Islam Qala", outlet="Herat Times", date="2025-04-24"))

# ---------------------------------------------------------------- 052 Pakistan, Karachi airport, fiscal year to date, CNS court
PK_FYTD = P("2025-07-01", "2025-11-27", tol=1)
DOCS.append(doc("052_pakistan_karachi_airport.txt", """ANF foils heroin smuggling bid at Karachi airport
Sindh Courier
Karachi, November 27, 2025 (Thursday)

The Anti-Narcotics Force (ANF) on Wednesday arrested a passenger bound for Jeddah at Jinnah International Airport and recovered 6.2 kilograms of heroin concealed in the soles of shoes and the lining of his bag, an ANF spokesman said.

In another operation at the airport's cargo terminal on the same day, ANF officials seized 1.8 kilograms of ice hidden in shampoo bottles in a parcel booked for Sydney. No arrest was made.

The spokesman said the value of the heroin in the international market was Rs 21 million.

Since the start of the fiscal year on July 1, ANF Sindh has seized 14.6 tonnes of narcotics, he added.

Separately, a Control of Narcotic Substances (CNS) court in Karachi on Tuesday sentenced a Nigerian woman to life imprisonment for smuggling 2 kilograms of cocaine into the country in 2023. A co-accused was acquitted.
""", [
    S("heroin", "PAK", "exact", False, P("2025-11-26"), kg=6.2, val=21000000, cur="PKR",
      loc=["Jinnah International Airport", "Karachi"]),
    A(1, "PAK", "exact", False, P("2025-11-26")),
    S("methamphetamine", "PAK", "exact", False, P("2025-11-26"), kg=1.8, loc=["Karachi", "cargo terminal"]),
    S(["mixed", "unspecified"], "PAK", "exact", True, PK_FYTD, kg=14600),
    SEN("life", 1, "PAK", "exact", False, P("2025-11-25")),
    S("cocaine", "PAK", opt=True),
], title="ANF foils heroin smuggling bid at Karachi airport", outlet="Sindh Courier", date="2025-11-27"))

# ---------------------------------------------------------------- 053 India, Mumbai DRI, swallowed capsules, crore
DOCS.append(doc("053_india_mumbai_dri_capsules.txt", """Brazilian woman held at Mumbai airport with cocaine capsules worth Rs 34 crore
Mumbai Metro Herald
Tuesday, 18 February 2025

Officers of the Directorate of Revenue Intelligence (DRI) arrested a Brazilian woman at Chhatrapati Shivaji Maharaj International Airport on Sunday after she was found to have swallowed 110 capsules containing 3.4 kilos of cocaine.

The woman, who had flown in from São Paulo via Addis Ababa, was taken to the state-run JJ Hospital, where the capsules were recovered over three days. The cocaine is valued at Rs 34 crore in the illicit market.

DRI officials said the woman had been promised $5,000 to carry the drugs. She has been booked under the NDPS Act.

Since January, the DRI's Mumbai zonal unit has arrested 11 foreign nationals for smuggling cocaine through the airport, an official said. Last year it seized 47.6 kg of cocaine at the airport, the official added.
""", [
    S("cocaine", "IND", "exact", [False, True], None, kg=3.4, val=340000000, cur="INR",
      loc=["Chhatrapati Shivaji Maharaj International Airport", "Mumbai"]),
    A(1, "IND", "exact", False, P("2025-02-16")),
    A(11, "IND", "exact", True, P("2025-01-01", "2025-02-18", tol=1)),
    S("cocaine", "IND", "exact", True, P("2024-01-01", "2024-12-31"), kg=47.6, loc=["Mumbai"]),
], title="Brazilian woman held at Mumbai airport with cocaine capsules worth Rs 34 crore", outlet="Mumbai Metro Herald",
    date="2025-02-18"))

# ---------------------------------------------------------------- 054 Malaysia, Shah Alam High Court, appeal upheld
DOCS.append(doc("054_malaysia_shah_alam_court.txt", """Two jailed 30 years, 12 strokes for trafficking 48kg of syabu
Selangor Wire
Shah Alam, Wednesday 3 December 2025

The High Court here today sentenced two men to 30 years in prison and 12 strokes of the cane each after finding them guilty of trafficking 48 kilograms of syabu.

Judicial Commissioner Norliza Hashim ruled that the prosecution had proved its case beyond reasonable doubt. The men, a lorry driver and a former security guard, were arrested in November 2022 at a warehouse in Klang, where police found the syabu in bags of animal feed.

Since amendments to the Dangerous Drugs Act came into force in 2023, judges may impose a prison term of 30 to 40 years instead of the death penalty for trafficking.

In a separate case, the Court of Appeal in Putrajaya on Tuesday upheld the life sentence of a Thai woman convicted of trafficking 2.1 kg of heroin at the Bukit Kayu Hitam checkpoint in 2021.

Lawyers for the two men said they would appeal to the Court of Appeal.
""", [
    SEN("prison", 2, "MYS", "exact", False, P("2025-12-03")),
    S("methamphetamine", "MYS", "exact", False, P("2022-11-01", "2022-11-30"), kg=48, loc=["Klang"]),
    A(2, "MYS", "exact", False, P("2022-11-01", "2022-11-30")),
    SEN("life", 1, "MYS", opt=True),
    S("heroin", "MYS", opt=True),
], title="Two jailed 30 years, 12 strokes for trafficking 48kg of syabu", outlet="Selangor Wire", date="2025-12-03"))
