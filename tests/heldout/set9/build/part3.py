from common import *

DOCS = []

# ---------------------------------------------------------------- 023 Australia, Easter weekend, airport couriers list
EASTER = P("2025-04-18", "2025-04-21", tol=1)
DOCS.append(doc("023_australia_easter_airports.txt", """Five travellers charged after Easter weekend drug detections at three airports
Harbour City Times
Tuesday, 22 April 2025

Australian Border Force officers made a string of drug detections at international airports over the Easter weekend, the AFP said today. Five travellers have been arrested and charged.

The detections were:

- Sydney Airport: 14.2 kg of cocaine in the false bottom of a suitcase belonging to a passenger from Santiago, Chile;
- Melbourne Airport: 9.8 kg of methamphetamine concealed inside hair dryers and kitchen appliances carried by two passengers travelling together from Kuala Lumpur;
- Brisbane Airport: 22 kg of ketamine found in air cargo declared as ceramic tiles, leading to the arrest of two men who came to collect it.

AFP Detective Superintendent Kate Roberts said the cocaine alone could have been sold for about $5.7 million on the street. "Holiday periods are no holiday for us," she said.

The charge of importing a commercial quantity of a border-controlled drug carries a maximum penalty of life imprisonment. All five are due to appear in court again in June.
""", [
    S("cocaine", "AUS", "exact", False, EASTER, kg=14.2, loc=["Sydney Airport", "Sydney"]),
    S("methamphetamine", "AUS", "exact", False, EASTER, kg=9.8, loc=["Melbourne Airport", "Melbourne"]),
    S("ketamine", "AUS", "exact", False, EASTER, kg=22, loc=["Brisbane Airport", "Brisbane"]),
    A(5, "AUS", "exact", [True, False], EASTER),
    A(2, opt=True),
], title="Five travellers charged after Easter weekend drug detections at three airports", outlet="Harbour City Times",
    date="2025-04-22"))

# ---------------------------------------------------------------- 024 Australia, financial year 2023-24
AU_FY = P("2023-07-01", "2024-06-30")
DOCS.append(doc("024_australia_afp_fy2023_24.txt", """AFP annual report: 38.5 tonnes of drugs and precursors seized in 2023-24
Canberra Standard
Thursday, 17 October 2024

The Australian Federal Police and its partners seized 38.5 tonnes of illicit drugs and precursors in the 2023-24 financial year, according to the agency's annual report tabled in Parliament on Wednesday.

The drugs had an estimated street value of $2.1 billion, the report said. It records that the AFP arrested and charged 1,140 people with drug offences over the year and dismantled 27 transnational criminal syndicates.

The largest single seizure of the year was 1.2m ecstasy pills found hidden in a shipment of olive oil tins at Port Botany in March 2024.

The total was five tonnes less than in the previous year, a fall the report attributes to traffickers switching to smaller consignments through the mail.

AFP Commissioner Reece Kershaw said Australians paid some of the highest prices in the world for drugs, with a kilogram of cocaine selling for up to $300,000 wholesale in Sydney. The agency expects its new offshore liaison posts in South America to begin work next year.
""", [
    S(["mixed", "unspecified"], "AUS", "exact", True, AU_FY, kg=38500),
    S(["mixed", "unspecified"], "AUS", ["approx", "exact"], True, AU_FY, val=2100000000, cur="AUD"),
    A(1140, "AUS", "exact", True, AU_FY),
    N(27, "AUS", "international", "exact", True, AU_FY),
    S("mdma", "AUS", "exact", False, P("2024-03-01", "2024-03-31"), pills=1200000, loc=["Port Botany"]),
], title="AFP annual report: 38.5 tonnes of drugs and precursors seized in 2023-24", outlet="Canberra Standard",
    date="2024-10-17"))

# ---------------------------------------------------------------- 025 USA, Nogales, pounds and ounces
DOCS.append(doc("025_usa_nogales_cucumbers.txt", """CBP finds meth and fentanyl in cucumber load at Nogales
Santa Cruz Valley Sentinel
NOGALES, Ariz. — Wednesday, Aug. 6, 2025

U.S. Customs and Border Protection officers at the Mariposa port of entry seized 1,860 pounds of methamphetamine and 36 pounds of fentanyl powder hidden in a tractor-trailer loaded with cucumbers on Monday, the agency said.

The driver, a 31-year-old Mexican citizen, was arrested and turned over to Homeland Security Investigations. CBP estimated the street value of the load at $4.2 million.

A day earlier, officers at the DeConcini crossing found about 1.2m fentanyl pills and 8 ounces of heroin in the gas tank of a sedan. Its driver, a 24-year-old U.S. citizen from Tucson, was arrested.

Port Director Michael Humphries said fentanyl pills, which cost less than a dollar to make, now sell for as little as $2 each in Phoenix. "The volume is still enormous," he said.

CBP said its officers in the Tucson Field Office had seized 20 percent more methamphetamine so far this fiscal year than in the same period a year earlier.
""", [
    S("methamphetamine", "USA", "exact", False, P("2025-08-04"), kg=1860 * LB, loc=["Mariposa", "Nogales"]),
    S("fentanyl", "USA", "exact", False, P("2025-08-04"), kg=36 * LB, loc=["Mariposa", "Nogales"]),
    S(["mixed", "unspecified", "methamphetamine"], "USA", ["approx", "exact"], False, P("2025-08-04"), val=4200000,
      cur="USD"),
    A(1, "USA", "exact", False, P("2025-08-04")),
    S("fentanyl", "USA", "approx", False, P("2025-08-03"), pills=1200000, loc=["DeConcini", "Nogales"]),
    S("heroin", "USA", "exact", False, P("2025-08-03"), kg=8 * OZ, loc=["DeConcini", "Nogales"]),
    A(1, "USA", "exact", False, P("2025-08-03")),
], title="CBP finds meth and fentanyl in cucumber load at Nogales", outlet="Santa Cruz Valley Sentinel",
    date="2025-08-06"))

# ---------------------------------------------------------------- 026 Spain, decimal commas, range
DOCS.append(doc("026_spain_guardia_civil_cadiz.txt", """Guardia Civil dismantles two hashish organisations in Cádiz
Costa del Sol Digital (English edition)
Algeciras, 21/05/2025

The Guardia Civil has dismantled two criminal organisations dedicated to international drug trafficking in the province of Cádiz and arrested 12 people in Operation "Marea", which began in January, the force reported on Wednesday.

On 14 May, a patrol boat of the Maritime Service intercepted a semi-rigid vessel off Barbate carrying 3,5 tonnes of hashish in 105 bales. Its three crew members jumped overboard and were later detained on the beach.

Three days later, in a warehouse on an industrial estate in La Línea de la Concepción, officers found 1.254,7 kilos of hashish and between 40 and 50 kilos of cocaine, which is still to be weighed by the forensic laboratory.

The investigation also led to the seizure of five high-powered boats, 14 vehicles and 86.400 euros in cash. According to the Guardia Civil, the organisations charged 3.000 euros for each bale moved across the Strait of Gibraltar.

The detainees have been placed at the disposal of the court of instruction number 2 of La Línea.
""", [
    S("hashish", "ESP", "exact", False, P("2025-05-14"), kg=3500, loc=["Barbate"]),
    S("hashish", "ESP", "exact", False, P("2025-05-17"), kg=1254.7, loc=["La Línea"]),
    S("cocaine", "ESP", opt=True),
    A(12, "ESP", "exact", [True, False]),
    A(3, opt=True),
    N(2, "ESP", "international", "exact", [True, False]),
], title="Guardia Civil dismantles two hashish organisations in Cádiz", outlet="Costa del Sol Digital",
    date="2025-05-21"))

# ---------------------------------------------------------------- 027 Italy, dotted dates, decimal comma tonnes
DOCS.append(doc("027_italy_gioia_tauro.txt", """Gioia Tauro: 2,7 tonnes of cocaine found among bananas
Calabria Notizie — English service
Reggio Calabria, 12.03.2025

Officers of the Guardia di Finanza and customs at the port of Gioia Tauro seized 2,7 tonnes of cocaine hidden in refrigerated containers of bananas from Ecuador on 10.03.2025, the public prosecutor's office of Palmi said today.

The 2.400 packets of cocaine, each marked with a scorpion logo, were found behind the cardboard boxes of fruit in four containers. On the wholesale market, the drug would have been worth over 800 million euros once cut and sold, according to investigators.

No arrests were made. Investigators are examining the documents of the importing company, which is based in northern Italy.

Gioia Tauro remains the main entry point for cocaine into Italy. In 2024, 9,2 tonnes of cocaine were seized at the port, the Guardia di Finanza said.

A kilogram of cocaine is sold wholesale in Calabria for around 30.000 euros, investigators said.
""", [
    S("cocaine", "ITA", ["exact", "at_least"], False, P("2025-03-10"), kg=2700, val=800000000, cur="EUR",
      loc=["Gioia Tauro"]),
    S("cocaine", "ITA", "exact", True, P("2024-01-01", "2024-12-31"), kg=9200, loc=["Gioia Tauro"]),
], title="Gioia Tauro: 2,7 tonnes of cocaine found among bananas", outlet="Calabria Notizie", date="2025-03-12"))

# ---------------------------------------------------------------- 028 Germany, ISO dates, bricks without mass
DOCS.append(doc("028_germany_hamburg_bricks.txt", """Customs find 86 bricks of cocaine in Hamburg container
Elbe Kurier (English)
2025-03-13

Customs investigators found 86 bricks of cocaine in a container from Paraguay at the port of Hamburg on Monday (2025-03-10), the Hamburg public prosecutor's office said. The bricks have not yet been weighed.

On the 12th, the prosecutor's office said three men had been arrested on Tuesday in connection with the shipment. They are suspected of having tried to remove the drugs from the terminal with a forged container release code.

In a separate raid in Altona, police seized 2.3 kilos of amphetamine and 14,000 ecstasy pills in a flat on Tuesday and arrested a 41-year-old man who lived there. Officers also found 400 packets of heroin ready for sale.

Hamburg is Europe's third-largest container port after Rotterdam and Antwerp. A kilogram of cocaine fetches around 30,000 euros wholesale in Germany, according to the Federal Criminal Police Office.
""", [
    S("cocaine", "DEU", opt=True),
    A(3, "DEU", "exact", False, P("2025-03-11")),
    S("amphetamine", "DEU", "exact", False, P("2025-03-11"), kg=2.3, loc=["Altona"]),
    S("mdma", "DEU", "exact", False, P("2025-03-11"), pills=14000, loc=["Altona"]),
    A(1, "DEU", "exact", False, P("2025-03-11")),
    S("heroin", "DEU", opt=True),
], title="Customs find 86 bricks of cocaine in Hamburg container", outlet="Elbe Kurier", date="2025-03-13"))

# ---------------------------------------------------------------- 029 Kenya, corrected figure, past life sentences
DOCS.append(doc("029_kenya_mombasa_correction.txt", """Police seize 450 kg of heroin at Kilindini port
Coast Weekly Online
Wednesday October 8, 2025

Anti-narcotics officers seized 450 kilograms of heroin hidden in a consignment of gypsum at Kilindini port in Mombasa on Monday, the Directorate of Criminal Investigations (DCI) said.

Three people, a clearing agent and two employees of the importing company, were arrested. The DCI put the value of the heroin at Sh1.35 billion.

Mombasa has been a transit point for heroin shipped from the Makran coast across the Indian Ocean. Last year, two brothers were sentenced to life imprisonment by a Mombasa court for trafficking heroin seized in 2019.

A police spokesman said the suspects would be arraigned on Thursday and that detectives would seek more time to complete investigations.

Correction: An earlier version of this article said 4.5 tonnes of heroin had been seized. The correct figure, according to the DCI, is 450 kg.
""", [
    S("heroin", "KEN", ["exact", "approx"], False, P("2025-10-06"), kg=450, val=1350000000, cur="KES",
      loc=["Kilindini", "Mombasa"]),
    A(3, "KEN", "exact", False, P("2025-10-06")),
    SEN("life", 2, "KEN", "exact", False, P("2024-01-01", "2024-12-31")),
], title="Police seize 450 kg of heroin at Kilindini port", outlet="Coast Weekly Online", date="2025-10-08"))

# ---------------------------------------------------------------- 030 Sri Lanka, traps: prices, fines, proceeds, comparison
DOCS.append(doc("030_srilanka_ice_colombo.txt", """Ice worth Rs 250 million seized in Dehiwala, suspect held
Lanka Daily Mirror Online
Colombo, Thursday June 19, 2025

The Police Narcotics Bureau (PNB) seized 25 kg of crystal methamphetamine, known locally as ice, from a house in Dehiwala on Wednesday and arrested a 36-year-old man, police said.

Police estimated the value of the haul at Rs 250 million. A gram of ice sells for around Rs 10,000 on the streets of Colombo, a PNB officer said.

The suspect had previously been fined Rs 50,000 by the Mount Lavinia magistrate for possession of heroin. Investigators have frozen bank accounts and property worth Rs 120 million that they believe are proceeds of drug trafficking.

According to the PNB, it has seized 1,812 kg of drugs of various kinds since January, 20 percent more than in the same period last year.

Police spokesman said the bureau was also investigating the suspect's links to a drug lord based in Dubai.
""", [
    S("methamphetamine", "LKA", ["exact", "approx"], False, P("2025-06-18"), kg=25, val=250000000, cur="LKR",
      loc=["Dehiwala"]),
    A(1, "LKA", "exact", False, P("2025-06-18")),
    S(["mixed", "unspecified"], "LKA", "exact", True, P("2025-01-01", "2025-06-19", tol=1), kg=1812),
], title="Ice worth Rs 250 million seized in Dehiwala, suspect held", outlet="Lanka Daily Mirror Online",
    date="2025-06-19"))

# ---------------------------------------------------------------- 031 Indonesia, Medan court: death, life, acquittal, appeal
DOCS.append(doc("031_indonesia_medan_court.txt", """Medan court sentences four to death over 70 kg of crystal meth
Sumatra Post
Medan, April 24, 2025

The Medan District Court on Wednesday sentenced four men to death and two others to life in prison for trafficking 70 kilograms of crystal methamphetamine seized at Belawan port in October 2024.

A seventh defendant, a truck driver, was acquitted after judges found no evidence that he knew what he was carrying.

All seven defendants were arrested during the Belawan raid, when officers of the National Narcotics Agency (BNN) found the drugs hidden in a shipment of dried fish from Malaysia.

Defence lawyers said they would appeal. Prosecutors had sought the death penalty for all six who were convicted.

Separately, the Supreme Court in Jakarta upheld the death sentence of a Malaysian man convicted in 2023 of smuggling 23 kg of methamphetamine into Riau province, rejecting his final appeal.

Indonesia has more than 500 people on death row, most of them for drug offences, but has not carried out an execution since 2016.
""", [
    SEN("death", 4, "IDN", "exact", False, P("2025-04-23")),
    SEN("life", 2, "IDN", "exact", False, P("2025-04-23")),
    S("methamphetamine", "IDN", "exact", False, P("2024-10-01", "2024-10-31"), kg=70, loc=["Belawan"]),
    A(7, "IDN", "exact", False, P("2024-10-01", "2024-10-31")),
    SEN("death", 1, "IDN", opt=True),
    S("methamphetamine", "IDN", opt=True),
], title="Medan court sentences four to death over 70 kg of crystal meth", outlet="Sumatra Post", date="2025-04-24"))

# ---------------------------------------------------------------- 032 Viet Nam, Hanoi trial
DOCS.append(doc("032_vietnam_hanoi_trial.txt", """Hanoi court hands down eight death sentences in cross-border drug ring trial
Capital Times Vietnam
Monday, October 20, 2025

The Hanoi People's Court on Friday sentenced eight defendants to death, five to life imprisonment and fourteen others to prison terms ranging from seven to twenty years for trafficking drugs from Laos into Viet Nam.

According to the indictment, the ring was broken up in August 2023, when police in Dien Bien and Son La provinces seized 600 kg of methamphetamine and 200 kg of heroin and arrested 31 people. Prosecutors said the ring had moved at least two tonnes of drugs across the border since 2021.

Four defendants were fined between VND 50 million and VND 100 million each. Assets worth VND 40 billion were confiscated.

Viet Nam imposes the death penalty for trafficking more than 100 grams of heroin or 300 grams of methamphetamine. The defendants have 15 days to appeal.
""", [
    SEN("death", 8, "VNM", "exact", False, P("2025-10-17")),
    SEN("life", 5, "VNM", "exact", False, P("2025-10-17")),
    SEN("prison", 14, "VNM", "exact", False, P("2025-10-17")),
    S("methamphetamine", "VNM", "exact", [True, False], P("2023-08-01", "2023-08-31"), kg=600,
      loc=["Dien Bien", "Son La"]),
    S("heroin", "VNM", "exact", [True, False], P("2023-08-01", "2023-08-31"), kg=200, loc=["Dien Bien", "Son La"]),
    A(31, "VNM", "exact", [True, False], P("2023-08-01", "2023-08-31")),
    N(1, "VNM", ["international", None], "exact", False, opt=True),
], title="Hanoi court hands down eight death sentences in cross-border drug ring trial", outlet="Capital Times Vietnam",
    date="2025-10-20"))

# ---------------------------------------------------------------- 033 India, NDPS court, rigorous imprisonment
DOCS.append(doc("033_india_ludhiana_ndps.txt", """Two get 10-year RI for heroin recovery
Punjab Tribune Express | Ludhiana
2nd July 2025

A special NDPS court in Ludhiana on Tuesday sentenced two residents of Jagraon to 10 years' rigorous imprisonment each for the recovery of 2.5 kg of heroin from their car in January 2021.

The court also imposed a fine of Rs 1 lakh on each convict. In default of payment of the fine, they will undergo further rigorous imprisonment of one year.

According to the prosecution, a team of the Special Task Force (STF) had stopped the car at a checkpoint near Ladhowal toll plaza and found the heroin in a concealed cavity behind the dashboard. The two were arrested on the spot.

The court acquitted a third accused, the owner of the car, giving him the benefit of the doubt.

Defence counsel said the convicts would challenge the verdict in the Punjab and Haryana High Court.
""", [
    SEN("prison", 2, "IND", "exact", False, P("2025-07-01")),
    S("heroin", "IND", "exact", False, P("2021-01-01", "2021-01-31"), kg=2.5, loc=["Ladhowal"]),
    A(2, "IND", "exact", False, P("2021-01-01", "2021-01-31")),
], title="Two get 10-year RI for heroin recovery", outlet="Punjab Tribune Express", date="2025-07-02"))

# ---------------------------------------------------------------- 034 Philippines, quarterly statistics table (Markdown)
Q1, Q2, Q3 = P("2025-01-01", "2025-03-31"), P("2025-04-01", "2025-06-30"), P("2025-07-01", "2025-09-30")
NINE = P("2025-01-01", "2025-09-30")
DOCS.append(doc("034_philippines_quarterly.md", """# PDEA: shabu seizures up in third quarter

**Visayas-Mindanao Times** | Cebu City | October 14, 2025

The Philippine Drug Enforcement Agency (PDEA) released its quarterly accomplishment report on Tuesday. Figures are for the whole country and include operations with the Philippine National Police.

| Quarter | Shabu (kg) | Marijuana (kg) | Persons arrested |
|---|---:|---:|---:|
| Q1 2025 | 1,204.6 | 3,911.2 | 9,842 |
| Q2 2025 | 987.3 | 4,402.8 | 10,115 |
| Q3 2025 | 1,511.9 | 2,874.5 | 10,608 |
| **January–September** | **3,703.8** | **11,188.5** | **30,565** |

PDEA spokesperson Laurefel Gabales said the Q3 shabu figure was driven by two large seizures of packs of Chinese tea floating off the coasts of Ilocos Norte and Pangasinan, which together accounted for more than 400 kilos.

- Drug dens dismantled in the first nine months: 214
- Barangays declared drug-cleared: 1,320

She said a kilo of shabu is valued at P6.8 million under the Dangerous Drugs Board's schedule.
""", [
    S("methamphetamine", "PHL", "exact", True, Q1, kg=1204.6),
    S("cannabis", "PHL", "exact", True, Q1, kg=3911.2),
    A(9842, "PHL", "exact", True, Q1),
    S("methamphetamine", "PHL", "exact", True, Q2, kg=987.3),
    S("cannabis", "PHL", "exact", True, Q2, kg=4402.8),
    A(10115, "PHL", "exact", True, Q2),
    S("methamphetamine", "PHL", "exact", True, Q3, kg=1511.9),
    S("cannabis", "PHL", "exact", True, Q3, kg=2874.5),
    A(10608, "PHL", "exact", True, Q3),
    S("methamphetamine", "PHL", "exact", True, NINE, kg=3703.8),
    S("cannabis", "PHL", "exact", True, NINE, kg=11188.5),
    A(30565, "PHL", "exact", True, NINE),
    N(214, "PHL", None, "exact", True, NINE, opt=True),
    S("methamphetamine", "PHL", "at_least", [True, False], Q3, kg=400, opt=True),
], title="PDEA: shabu seizures up in third quarter", outlet="Visayas-Mindanao Times", date="2025-10-14"))

# ---------------------------------------------------------------- 035 Ghana, spelled-out numbers, slabs
DOCS.append(doc("035_ghana_kotoka_spelled.txt", """NACOC arrests three with seventeen kilos of cocaine at Kotoka
Accra Daily Graphic Online
Accra, Monday, 16 June 2025

Officers of the Narcotics Control Commission (NACOC) arrested three passengers at Kotoka International Airport on Saturday with seventeen kilogrammes of cocaine concealed in the linings of their travelling bags.

The three, two men and a woman, were about to board a flight to Amsterdam. A commission spokesman said the cocaine had arrived in Ghana by road from a neighbouring country a week earlier.

In a separate operation on the same day, NACOC officers raided a farm near Nkawkaw in the Eastern Region and seized forty-two slabs of compressed cannabis and two hundred and fifty kilogrammes of dried cannabis leaves. No one was found on the farm.

The commission said it had made one hundred and twelve arrests since the beginning of the year, more than in the whole of last year.

Under Ghana's Narcotics Control Commission Act, 2020, the cultivation of cannabis with a low THC content for industrial purposes may be licensed.
""", [
    S("cocaine", "GHA", "exact", False, P("2025-06-14"), kg=17, loc=["Kotoka"]),
    A(3, "GHA", "exact", False, P("2025-06-14")),
    S("cannabis", "GHA", "exact", False, P("2025-06-14"), kg=250, loc=["Nkawkaw", "Eastern Region"]),
    S("cannabis", "GHA", opt=True),
    A(112, "GHA", "exact", True, P("2025-01-01", "2025-06-16", tol=1)),
], title="NACOC arrests three with seventeen kilos of cocaine at Kotoka", outlet="Accra Daily Graphic Online",
    date="2025-06-16"))

# ---------------------------------------------------------------- 036 Turkey, week of 9-15 June list; since January
TR_W = P("2025-06-09", "2025-06-15")
DOCS.append(doc("036_turkey_week_list.txt", """Minister: 1,147 suspects detained in week's drug operations across 64 provinces
Anatolian Times (English)
Ankara | 17 June 2025

Interior Minister Ali Yerlikaya said on Tuesday that police and gendarmerie units had carried out operations against drug traffickers in 64 provinces in the week of 9–15 June.

In the operations:

1. 1.48 tonnes of skunk were seized,
2. 412 kilograms of heroin were seized, most of it in Van and Hakkari,
3. 3.2 million captagon pills were seized in Hatay and Gaziantep,
4. 1,147 suspects were detained, of whom 409 were remanded in custody.

Since January, security forces have seized 61.3 tonnes of cannabis products nationwide, the minister said in a post on social media.

Yerlikaya also announced that a joint operation with Iran and Iraq against heroin networks was being planned for the autumn.
""", [
    S("cannabis", "TUR", "exact", True, TR_W, kg=1480),
    S("heroin", "TUR", "exact", True, TR_W, kg=412, loc=["Van", "Hakkari"]),
    S("captagon", "TUR", "exact", True, TR_W, pills=3200000, loc=["Hatay", "Gaziantep"]),
    A(1147, "TUR", "exact", True, TR_W),
    A(409, opt=True),
    S(["cannabis", "mixed"], "TUR", "exact", True, P("2025-01-01", "2025-06-17", tol=1), kg=61300),
], title="Minister: 1,147 suspects detained in week's drug operations across 64 provinces",
    outlet="Anatolian Times", date="2025-06-17"))

# ---------------------------------------------------------------- 037 Kazakhstan, Q3, period in earlier sentence
KZ_Q3 = P("2025-07-01", "2025-09-30")
DOCS.append(doc("037_kazakhstan_q3.txt", """Kazakh police report record number of drug labs closed in Q3
Astana Business Daily
Astana, 08.10.2025

The third quarter was the busiest on record for Kazakhstan's anti-drug police, the Interior Ministry said on Wednesday.

In that period, police seized 4.6 tonnes of narcotics, including 1.2 tonnes of synthetic drugs, mainly mephedrone and alpha-PVP. They also closed 38 clandestine drug laboratories and detained 640 people suspected of selling drugs, most of them through online shops.

"Nine channels used to smuggle precursors from abroad have been cut," the deputy minister said.

The ministry said police had blocked more than 3,000 websites and Telegram channels advertising drugs since January. A dose of mephedrone is sold online for around 8,000 tenge.

Kazakhstan plans to introduce tougher penalties for people who run drug "stash" networks, under amendments now before parliament.
""", [
    S(["mixed", "unspecified"], "KAZ", "exact", True, KZ_Q3, kg=4600),
    S(["mixed", "unspecified"], "KAZ", "exact", True, KZ_Q3, kg=1200),
    N(38, "KAZ", None, "exact", True, KZ_Q3),
    A(640, "KAZ", "exact", True, KZ_Q3),
    N(9, "KAZ", "international", opt=True),
], title="Kazakh police report record number of drug labs closed in Q3", outlet="Astana Business Daily",
    date="2025-10-08"))

# ---------------------------------------------------------------- 038 Thailand, past 10 days
TH_10 = P("2025-08-20", "2025-08-29", tol=2)
DOCS.append(doc("038_thailand_bangkok_ten_days.txt", """Bangkok police net 1,318 drug suspects in 10-day blitz
Bangkok Evening Standard
Friday 29 August 2025

Metropolitan Police Bureau officers arrested 1,318 drug suspects and seized 4.1 million ya ba pills and 86 kilograms of crystal methamphetamine over the past 10 days, police said on Friday.

The crackdown, ordered after a spate of violent incidents involving drug users in Bangkok's outer districts, targeted dealers in Min Buri, Nong Chok and Lat Krabang. Police said 27 dealing networks had been broken up.

The largest single haul was 1.6 million ya ba pills found in a car parked at a petrol station on the Motorway on Monday night.

Police also seized 14 guns and 2.3 million baht in cash. The bureau said it would hold a similar campaign in October before the school holidays.
""", [
    A(1318, "THA", "exact", True, TH_10),
    S("methamphetamine", "THA", "exact", True, TH_10, pills=4100000),
    S("methamphetamine", "THA", "exact", True, TH_10, kg=86),
    N(27, "THA", None, "exact", True, TH_10),
    S("methamphetamine", "THA", "exact", False, P("2025-08-25"), pills=1600000, loc=["Motorway"]),
], title="Bangkok police net 1,318 drug suspects in 10-day blitz", outlet="Bangkok Evening Standard",
    date="2025-08-29"))
