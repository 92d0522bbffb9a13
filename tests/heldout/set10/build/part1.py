from common import *

# Part 1: United States and Canada (federal and local releases, US date styles, pounds, pills, courts)
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 001 DEA Houston, Katy traffic stop
DOCS.append(doc("001_dea_houston_katy_pills.txt", """DEA Houston seizes 120,000 fentanyl pills in Katy traffic stop
U.S. Drug Enforcement Administration | Houston Field Division | Press Release
Tuesday, Jan. 7, 2025

HOUSTON - Drug Enforcement Administration agents and Texas Department of Public Safety troopers seized approximately 120,000 blue M30 pills suspected to contain fentanyl, along with 14 pounds of fentanyl powder, during a traffic stop on Interstate 10 near Katy on Friday, Jan. 3, the DEA Houston Field Division announced today.

The pills and powder were packed in vacuum-sealed bundles inside a hidden compartment behind the rear seats of a rented SUV. Two men from Phoenix, aged 31 and 44, were arrested and face federal charges of possession with intent to distribute.

"Every one of these pills could kill someone's son or daughter," said Special Agent in Charge Lorena Whitfield. DEA laboratory testing last year found that five out of every ten counterfeit pills it examined contained a potentially lethal dose. Counterfeit M30s sell for between $3 and $8 apiece on Houston streets, agents said.

In 2024, the Houston Field Division seized more than 2.1 million fentanyl pills and 1,450 pounds of fentanyl powder across its 74 counties, according to figures released with today's announcement.

Harris County recorded 1,046 fatal overdoses in 2023, a majority of them linked to fentanyl, according to the county medical examiner.

Anyone with information about fentanyl distribution is encouraged to call the DEA tip line.
""", [
    S("fentanyl", "USA", "approx", False, P("2025-01-03"), pills=120000, loc=["Katy", "Interstate 10"],
      cluster="dea-katy-pills"),
    S("fentanyl", "USA", ["exact", "approx"], False, P("2025-01-03"), kg=14 * LB, loc=["Katy", "Interstate 10"]),
    A(2, "USA", "exact", False, P("2025-01-03")),
    S("fentanyl", "USA", "at_least", True, Y24, pills=2100000),
    S("fentanyl", "USA", ["at_least", "exact"], True, Y24, kg=1450 * LB),
], title="DEA Houston seizes 120,000 fentanyl pills in Katy traffic stop",
    outlet=optv("U.S. Drug Enforcement Administration"), date="2025-01-07"))

# ---------------------------------------------------------------- 002 CBP Nogales, fiscal year figures
DOCS.append(doc("002_cbp_nogales_fiscal_year.txt", """CBP officers in Nogales stop 31,000 fentanyl pills hidden in sedan's quarter panels
U.S. Customs and Border Protection - Newsroom - Local Media Release
NOGALES, Ariz. (Jan. 15, 2025)

Officers with U.S. Customs and Border Protection at the Dennis DeConcini Port of Entry referred a 2015 Honda Accord for a secondary inspection on Sunday, Jan. 12. A canine team alerted to the vehicle, and officers removed 31,000 fentanyl pills weighing 7 lbs from the rear quarter panels. The driver, a 23-year-old U.S. citizen from Tucson, was arrested and turned over to Homeland Security Investigations.

"Our officers see these loads every day," said Port Director Ramona Kessler.

Arizona's ports of entry remain the main gateway for fentanyl entering the country. In fiscal year 2024, CBP officers at the state's ports seized 11,342 pounds of fentanyl, down from about 15,200 pounds in fiscal year 2023. So far in fiscal year 2025, which began Oct. 1, officers in the Tucson Field Office have seized nearly 3,900 pounds of the drug.

Pills of this type typically sell for about $5 each in Phoenix. CBP's fiscal 2025 budget request includes $19.2 billion for border security operations, including 123 new large-scale scanners.
""", [
    S("fentanyl", "USA", "exact", False, P("2025-01-12"), pills=31000, kg=7 * LB, loc=["DeConcini", "Nogales"]),
    A(1, "USA", "exact", False, P("2025-01-12")),
    S("fentanyl", "USA", "exact", True, P("2023-10-01", "2024-09-30"), kg=11342 * LB, loc=["Arizona"]),
    S("fentanyl", "USA", "approx", True, P("2022-10-01", "2023-09-30"), kg=15200 * LB, opt=True),
    S("fentanyl", "USA", "at_most", True, P("2024-10-01", "2025-01-15", tol=1), kg=3900 * LB, loc=["Tucson"]),
], title="CBP officers in Nogales stop 31,000 fentanyl pills hidden in sedan's quarter panels",
    outlet=optv("U.S. Customs and Border Protection"), date="2025-01-15"))

# ---------------------------------------------------------------- 003 US Attorney New Mexico, 87 months
DOCS.append(doc("003_usao_new_mexico_87_months.txt", """Las Cruces man sentenced to 87 months for methamphetamine trafficking
United States Attorney's Office, District of New Mexico
Thursday, March 13, 2025

ALBUQUERQUE - A 38-year-old Las Cruces man was sentenced on Wednesday in federal court in Las Cruces to 87 months in prison, followed by four years of supervised release, for possession with intent to distribute methamphetamine.

According to court documents, on Aug. 22, 2023, U.S. Border Patrol agents at the checkpoint on Interstate 25 north of Las Cruces found 22 pounds of methamphetamine wrapped in cellophane inside the spare tire of his pickup truck. He was arrested at the checkpoint.

His co-defendant, a 29-year-old woman from El Paso, pleaded guilty in January to conspiracy and is scheduled to be sentenced on May 20. She faces a mandatory minimum of five years and up to 40 years in prison.

In a separate case, a federal grand jury in Albuquerque returned an indictment on Tuesday charging three men from Gallup with conspiracy to distribute fentanyl. Two of them were taken into custody on Wednesday; the third remains a fugitive. An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty.

The Drug Enforcement Administration and the New Mexico State Police investigated the Gallup case.
""", [
    SEN("prison", 1, "USA", "exact", False, P("2025-03-12")),
    S("methamphetamine", "USA", "exact", False, P("2023-08-22"), kg=22 * LB, loc=["Interstate 25", "Las Cruces"]),
    A(1, "USA", "exact", False, P("2023-08-22")),
    A(2, "USA", "exact", False, P("2025-03-12")),
], title="Las Cruces man sentenced to 87 months for methamphetamine trafficking",
    outlet=optv("United States Attorney's Office, District of New Mexico"), date="2025-03-13"))

# ---------------------------------------------------------------- 004 RCMP superlab, Markdown
DOCS.append(doc("004_rcmp_lumby_superlab.md", """# RCMP dismantle fentanyl "superlab" near Lumby, B.C.

*Royal Canadian Mounted Police, Pacific Region | News release*

**Surrey, British Columbia, October 29, 2025**

The RCMP Federal Serious and Organized Crime (FSOC) unit has dismantled a large fentanyl and MDMA laboratory operating on a rural property near Lumby, in the North Okanagan.

Between October 21 and 23, investigators executed search warrants at the Lumby property and at two homes in Kelowna. Officers seized:

- 38 kilograms of ready-to-sell fentanyl;
- 6 kg of MDMA;
- more than 1,100 kilograms of precursor chemicals, and about 400 litres of liquid chemicals;
- two pill presses and 11 firearms.

Three men, aged 36, 47 and 52, were arrested at the scene and remain in custody.

"This lab was capable of producing fentanyl on an industrial scale," said Superintendent Kirsten Ahlgren. Investigators estimate that the seized fentanyl alone could have produced up to 19 million potentially lethal doses.

The investigation began in March and was assisted by U.S. Homeland Security Investigations, which shared information on precursor shipments from overseas.
""", [
    S("fentanyl", "CAN", "exact", False, P("2025-10-21", "2025-10-23"), kg=38, loc=["Lumby", "Kelowna"]),
    S("mdma", "CAN", "exact", False, P("2025-10-21", "2025-10-23"), kg=6, loc=["Lumby", "Kelowna"]),
    S("precursors", "CAN", "at_least", False, P("2025-10-21", "2025-10-23"), kg=1100, loc=["Lumby", "Kelowna"]),
    S("precursors", "CAN", opt=True),
    A(3, "CAN", "exact", False, P("2025-10-21", "2025-10-23")),
    N(1, "CAN", q="exact", agg=False),
    C("information_exchange", ["CAN", "USA"], ev="shared information", opt=True),
], title='RCMP dismantle fentanyl "superlab" near Lumby, B.C.', outlet=optv("Royal Canadian Mounted Police"),
    date="2025-10-29", fmt="txt"))

# ---------------------------------------------------------------- 005 OPP project, since May
OPP_P = P("2025-05-01", "2025-09-11", tol=7)
DOCS.append(doc("005_opp_project_harrow.txt", """OPP: 19 arrested as Project Harrow dismantles cocaine and fentanyl network in Eastern Ontario
Ontario Provincial Police - News Release
ORILLIA, ON, Thursday, Sept. 18, 2025

The Ontario Provincial Police (OPP) Organized Crime Enforcement Bureau, with the assistance of the Belleville Police Service, has dismantled a drug trafficking network that supplied cocaine and fentanyl to communities across the Quinte region.

Project Harrow began in May. On Sept. 10 and 11, police executed 13 search warrants in Belleville, Trenton and Kingston, and 19 people were arrested. They face a combined 86 charges.

Over the course of the investigation, which began in May, police seized 3.4 kilograms of cocaine, 1.2 kilograms of fentanyl and 2,400 counterfeit oxycodone pills containing fentanyl. The drugs have an estimated street value of approximately $612,000. Officers also seized $220,000 in Canadian currency, five handguns and four vehicles.

"Fentanyl has taken far too many lives in this region," said Detective Inspector Gareth Moulton. The Hastings Prince Edward public health unit reported 61 suspected opioid deaths in 2024.

Anyone with information is asked to contact the OPP at 1-888-310-1122 or Crime Stoppers.
""", [
    A(19, "CAN", "exact", False, P("2025-09-10", "2025-09-11")),
    N(1, "CAN", q="exact", agg=False),
    S("cocaine", "CAN", "exact", [True, False], OPP_P, kg=3.4),
    S("fentanyl", "CAN", "exact", [True, False], OPP_P, kg=1.2),
    S("fentanyl", "CAN", "exact", [True, False], OPP_P, pills=2400),
    S(["mixed", "unspecified"], "CAN", "approx", [True, False], OPP_P, val=612000, cur="CAD"),
], title="OPP: 19 arrested as Project Harrow dismantles cocaine and fentanyl network in Eastern Ontario",
    outlet=optv("Ontario Provincial Police"), date="2025-09-18"))

# ---------------------------------------------------------------- 006 CBSA Montreal, nearly 1,000 kilos
DOCS.append(doc("006_cbsa_montreal_container.txt", """Nearly 1,000 kilos of cocaine found in shipping container at Port of Montreal
Canada Border Services Agency | News release
May 22, 2025 - Montreal, Quebec

On May 9, 2025, Canada Border Services Agency (CBSA) officers at the Port of Montreal examined a marine container arriving from Cartagena, Colombia, and declared as frozen passion fruit pulp. Behind the first rows of pallets, officers found 34 duffel bags holding nearly 1,000 kilograms of suspected cocaine. The container was targeted using information provided by the Colombian National Police through the CBSA liaison officer in Bogota.

The RCMP has taken over the investigation. No arrests have been made at this time.

A kilogram of cocaine can sell for up to $80,000 at wholesale in Montreal, according to police.

In the year to March, the CBSA seized 21,400 kilograms of drugs at ports of entry across the country, the agency said in its annual results published this month.

"Our officers' vigilance keeps dangerous drugs off our streets," said Regional Director General Sylvie Marchand.
""", [
    S("cocaine", "CAN", "at_most", False, P("2025-05-09"), kg=1000, loc=["Port of Montreal", "Montreal"]),
    S(["unspecified", "mixed"], "CAN", "exact", True, P("2024-04-01", "2025-03-31"), kg=21400),
    C("information_exchange", ["CAN", "COL"], ev="liaison officer", opt=True),
], title="Nearly 1,000 kilos of cocaine found in shipping container at Port of Montreal",
    outlet=optv("Canada Border Services Agency"), date="2025-05-22"))

# ---------------------------------------------------------------- 007 Ohio local newspaper, traffic stop, flour trap
DOCS.append(doc("007_ohio_ledger_i75_stop.txt", """Traffic stop on I-75 nets meth, fentanyl and more than 3,000 pills, sheriff says
The Miami Valley Ledger
By Dana Kowalczyk, Staff Writer
Posted Wednesday, Feb. 19, 2025, 6:42 p.m.

Sheriff's deputies found 3 lbs of methamphetamine, 500g of fentanyl and more than 3,000 pills believed to be counterfeit Xanax during a traffic stop on Interstate 75 in Clearfield Township on Monday night, Sheriff Tom Brandvold said Tuesday.

A deputy stopped a Chevrolet Malibu for following too closely shortly after 9 p.m. A drug-sniffing dog alerted on the trunk, where the drugs were packed in a cooler. The driver, 27, and a passenger, 33, both from Detroit, were arrested and booked into the county jail.

A white powder found in a second vehicle travelling with the Malibu was first reported as cocaine, but a field test later showed it was baking flour, the sheriff said. The driver of that car was released.

The sheriff's office has seized more than 40 pounds of meth so far this year, Brandvold said, already more than half of what it seized in all of 2024. The county recorded 212 overdose deaths last year, according to the coroner.
""", [
    S("methamphetamine", "USA", "exact", False, P("2025-02-17"), kg=3 * LB, loc=["Interstate 75", "I-75", "Clearfield"]),
    S("fentanyl", "USA", "exact", False, P("2025-02-17"), kg=0.5, loc=["Interstate 75", "I-75", "Clearfield"]),
    S("unspecified", "USA", "at_least", False, P("2025-02-17"), pills=3000, loc=["Interstate 75", "I-75", "Clearfield"]),
    A(2, "USA", "exact", False, P("2025-02-17")),
    S("methamphetamine", "USA", "at_least", True, P("2025-01-01", "2025-02-19", tol=1), kg=40 * LB),
], title="Traffic stop on I-75 nets meth, fentanyl and more than 3,000 pills, sheriff says",
    outlet="The Miami Valley Ledger", date="2025-02-19"))

# ---------------------------------------------------------------- 008 Border Patrol, week ending June 14
WK = P("2025-06-08", "2025-06-14", tol=1)
DOCS.append(doc("008_border_patrol_rgv_week.txt", """Rio Grande Valley Sector weekly report: agents seize 1,730 pounds of marijuana
U.S. Border Patrol - Rio Grande Valley Sector - Public Affairs
EDINBURG, Texas - Monday, June 16, 2025

During the week ending June 14, Rio Grande Valley Sector Border Patrol agents seized 1,730 pounds of marijuana, 26 pounds of cocaine and 4 pounds of methamphetamine, with a combined estimated value of $1.9 million. Agents also apprehended 1,144 migrants who crossed the border illegally and rescued 12 people in distress.

The largest single seizure came on Thursday, when agents patrolling the Rio Grande near Roma saw a group of men unloading bundles from a raft. The men fled back to Mexico, leaving behind 23 bundles containing 612 pounds of marijuana.

On Tuesday, agents at the checkpoint on U.S. Highway 281 near Falfurrias found 26 pounds of cocaine hidden in the tires of a tractor-trailer. The driver, a 52-year-old U.S. citizen, was arrested and the case was referred to the Drug Enforcement Administration.

"Our agents stay committed to the mission, day and night," said Chief Patrol Agent Oscar Villarreal.
""", [
    S("cannabis", "USA", "exact", True, WK, kg=1730 * LB),
    S("cocaine", "USA", "exact", True, WK, kg=26 * LB, opt=True),
    S("methamphetamine", "USA", "exact", True, WK, kg=4 * LB),
    S("mixed", "USA", "approx", True, WK, val=1900000, cur="USD"),
    S("cannabis", "USA", "exact", False, P("2025-06-12"), kg=612 * LB, loc=["Roma", "Rio Grande"]),
    S("cocaine", "USA", "exact", False, P("2025-06-10"), kg=26 * LB, loc=["Falfurrias", "Highway 281"]),
    A(1, "USA", "exact", False, P("2025-06-10")),
], title="Rio Grande Valley Sector weekly report: agents seize 1,730 pounds of marijuana",
    outlet=optv("U.S. Border Patrol"), date="2025-06-16"))

# ---------------------------------------------------------------- 009 DOJ indictment with FGR arrests
DOCS.append(doc("009_doj_chicago_indictment.txt", """Fourteen charged in Chicago-based fentanyl and cocaine ring; Mexican authorities arrest two suppliers
U.S. Department of Justice - Office of Public Affairs
FOR IMMEDIATE RELEASE - Friday, April 11, 2025

An indictment unsealed Thursday in the Northern District of Illinois charges 14 people with conspiring to distribute cocaine and fentanyl supplied by a faction of the Sinaloa Cartel. Eleven defendants were arrested Thursday in Chicago, Milwaukee and Indianapolis; two remain fugitives believed to be in Mexico, and one was already in state custody.

During searches on Thursday, agents seized 31 kilograms of cocaine, 9 kilograms of fentanyl, 14 firearms and $1.4 million in cash. Prosecutors allege the group laundered more than $30 million in drug proceeds through currency exchanges since 2021.

The investigation was conducted jointly with Mexico's Attorney General's Office (FGR), whose agents on the same day arrested two alleged suppliers of the network in Culiacan, Sinaloa.

"With this takedown we have dismantled a transnational trafficking network that moved poison into the heart of the Midwest," said the Acting Assistant Attorney General.

If convicted, the defendants face a mandatory minimum of ten years and up to life in prison. An indictment is merely an allegation.
""", [
    A(11, "USA", "exact", False, P("2025-04-10")),
    A(2, "MEX", "exact", False, P("2025-04-10")),
    S("cocaine", "USA", "exact", False, P("2025-04-10"), kg=31),
    S("fentanyl", "USA", "exact", False, P("2025-04-10"), kg=9),
    C("joint_operation", ["USA", "MEX"], ev="jointly"),
    N(1, ["USA", "MEX"], "international", "exact", False),
], title="Fourteen charged in Chicago-based fentanyl and cocaine ring; Mexican authorities arrest two suppliers",
    outlet=optv("U.S. Department of Justice"), date="2025-04-11"))

# ---------------------------------------------------------------- 010 HTML, El Paso, Ysleta bridge
DOCS.append(doc("010_borderland_ysleta_meth.html", html_page(
    "CBP officers at Ysleta bridge seize 240 pounds of meth in tractor-trailer", "Borderland Daily News",
    "2025-08-06T15:20:00-06:00", "By Marisol Quintana | Aug. 6, 2025",
    ["EL PASO, Texas - U.S. Customs and Border Protection officers at the Ysleta international bridge seized 240 pounds of methamphetamine and 7 pounds of fentanyl from a tractor-trailer hauling auto parts on Monday, Aug. 4, the agency said Wednesday.",
     "The driver, a 41-year-old Mexican national with a border crossing card, was arrested and handed to Homeland Security Investigations special agents.",
     "On the same day, Mexico's National Guard said it had seized 90 kilos of methamphetamine from a warehouse in Ciudad Juarez, about six miles from the bridge. Mexican officials did not say whether the two loads were linked.",
     "The El Paso Field Office has been busy. Between Oct. 1 and June 30, the first three quarters of fiscal year 2025, its officers seized 5,120 pounds of methamphetamine, according to CBP data.",
     "CBP and Mexico's customs agency ANAM have agreed to hold joint training on non-intrusive inspection technology in September, officials said.",
     "Meth sells for about $1,500 a pound wholesale in El Paso, according to a DEA intelligence bulletin."],
    ["Juarez cartel violence flares again", "Bridge wait times top three hours", "Local refinery expansion approved"],
    nav=("Home", "Border", "El Paso", "Juarez", "Sports")), [
    S("methamphetamine", "USA", "exact", False, P("2025-08-04"), kg=240 * LB, loc=["Ysleta", "El Paso"]),
    S("fentanyl", "USA", "exact", False, P("2025-08-04"), kg=7 * LB, loc=["Ysleta", "El Paso"]),
    A(1, "USA", "exact", False, P("2025-08-04")),
    S("methamphetamine", "MEX", "exact", False, P("2025-08-04"), kg=90, loc=["Ciudad Juarez", "Juarez"]),
    S("methamphetamine", "USA", "exact", True, P("2024-10-01", "2025-06-30"), kg=5120 * LB, loc=["El Paso"]),
], title="CBP officers at Ysleta bridge seize 240 pounds of meth in tractor-trailer", outlet="Borderland Daily News",
    date="2025-08-06", fmt="html"))

# ---------------------------------------------------------------- 011 Ontario court, nine years; acquittal; appeal
DOCS.append(doc("011_peel_courier_pearson_sentence.txt", """Brampton man gets nine years for importing cocaine through Pearson airport
The Peel Courier - Courts
Friday, Nov. 14, 2025

A Brampton man who tried to bring 28 kilograms of cocaine into Canada in his luggage has been sentenced to nine years in prison.

Justice Harriet Lindqvist of the Ontario Superior Court of Justice handed down the sentence on Thursday, calling the importation "a crime driven purely by greed".

Canada Border Services Agency officers at Toronto Pearson International Airport found the cocaine in two suitcases after the man, now 33, and a travelling companion arrived on a flight from Panama City on Feb. 2, 2024. Both were arrested at the airport.

The companion, a 30-year-old woman, was acquitted in September after the judge found the Crown had not proved she knew what the suitcases contained.

Defence lawyer Aaron Blackwood said his client will appeal the sentence. In a separate ruling last month, the Court of Appeal for Ontario upheld a 14-year sentence imposed in 2023 on a Mississauga man convicted of importing 60 kilograms of cocaine.
""", [
    SEN("prison", 1, "CAN", "exact", False, P("2025-11-13")),
    S("cocaine", "CAN", "exact", False, P("2024-02-02"), kg=28, loc=["Pearson", "Toronto"]),
    A(2, "CAN", "exact", False, P("2024-02-02")),
    SEN("prison", 1, "CAN", opt=True),
    S("cocaine", "CAN", kg=60, opt=True),
], title="Brampton man gets nine years for importing cocaine through Pearson airport", outlet="The Peel Courier",
    date="2025-11-14"))
