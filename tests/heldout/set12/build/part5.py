from common import *

# Part 5: Middle East and Asia (Iraq, Iran with Solar Hijri dates, Afghanistan, Pakistan, two CTF-150 interdictions
# in the Arabian Sea, an Iraq-Iran MoU), a week-in-review that repeats figures of other documents, and a document of
# traps only.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")

# ---------------------------------------------------------------- 049 Iraq, Umm Qasr Captagon (pills counted and weighed)
DOCS.append(doc("049_iraq_umm_qasr_captagon.txt", """Iraq seizes 1.1 million Captagon pills at Umm Qasr port; three arrested
Mesopotamia Monitor
Baghdad, 2025-02-18

The General Directorate for Narcotics and Psychotropic Substances Affairs at the Ministry of Interior said on Monday that its teams, in cooperation with the General Authority of Customs, had seized 1,100,000 Captagon pills weighing 183 kilograms hidden in a shipment of plastic chairs at the Umm Qasr port in Basra on Sunday.

Three suspects, including the importer, were arrested, the directorate said in a statement.

The directorate said it had seized 2.6 tonnes of narcotics and 14.2 million Captagon pills in 2024 and arrested 11,400 people on drug charges during the year.

The ministry plans to open a 200-bed rehabilitation hospital in Basra this year. The number of addicts who sought treatment in government centres rose by 30 per cent in 2024, officials said.
""", [
    S("captagon", "IRQ", "exact", False, P("2025-02-16"), pills=1100000, kg=183, loc=["Umm Qasr", "Basra"]),
    A(3, "IRQ", "exact", False, P("2025-02-16")),
    S(["unspecified", "mixed"], "IRQ", "exact", True, Y24, kg=2600),
    S("captagon", "IRQ", "exact", True, Y24, pills=14200000),
    A(11400, "IRQ", "exact", True, Y24),
], title="Iraq seizes 1.1 million Captagon pills at Umm Qasr port; three arrested", outlet="Mesopotamia Monitor",
    date="2025-02-18"))

# ---------------------------------------------------------------- 050 Iran police, first three months of 1404 (Solar Hijri, no Gregorian span given)
Q1 = P("2025-03-21", "2025-06-21", tol=2)
DOCS.append(doc("050_iran_police_1404.txt", """Police: 412 tonnes of narcotics seized in first three months of 1404
Tehran Evening Dispatch (English)
Tehran, 30 Tir 1404 (21 July 2025)

Iran's police seized 412 tonnes of various narcotics in the first three months of the Iranian year 1404, from Farvardin to the end of Khordad, the head of the police's counter-narcotics department said on Sunday (29 Tir).

Police arrested 19,740 traffickers and dismantled 1,150 trafficking gangs in the same period, he told a news conference in Tehran. He said 86 per cent of the seized drugs were opium.

On Wednesday, 25 Tir, police in Sistan and Baluchestan province seized 2,450 kilograms of opium after a clash with armed smugglers near Saravan, on the border with Pakistan. Three smugglers were killed and two were arrested.

The official said Iran had lost more than 4,000 police officers and soldiers in the fight against drug traffickers since 1979.
""", [
    S(["unspecified", "mixed"], "IRN", "exact", True, Q1, kg=412000),
    A(19740, "IRN", "exact", True, Q1),
    N(1150, "IRN", q="exact", agg=True, period=Q1),
    S("opium", "IRN", "exact", False, P("2025-07-16"), kg=2450, loc=["Saravan", "Sistan"]),
    A(2, "IRN", "exact", False, P("2025-07-16")),
], title="Police: 412 tonnes of narcotics seized in first three months of 1404", outlet="Tehran Evening Dispatch",
    date="2025-07-21"))

# ---------------------------------------------------------------- 051 Afghanistan weekly (Afghan solar date, breakdown of a total)
AW = P("2025-10-12", "2025-10-18", tol=2)
DOCS.append(doc("051_afghanistan_weekly.txt", """Counter-narcotics police seize 1,287 kg of drugs, arrest 46 in a week
Hindu Kush Times
Kabul, Sunday 19 October 2025 (27 Mizan 1404)

The Ministry of Interior's counter-narcotics police seized 1,287 kilograms of narcotics and arrested 46 suspected traffickers in 14 provinces over the past week, ministry spokesman Abdul Mateen Qani said on Saturday.

The seizures included 612 kg of opium, 410 kg of hashish, 96 kg of heroin and 169 kg of methamphetamine, he said. Police also destroyed seven drug-processing laboratories in Helmand and Nimroz provinces and eradicated 35 jeribs of poppy in Badakhshan.

Qani said the ban on poppy cultivation remained in force and that farmers who grew poppy would be punished. He said 1,200 drug addicts had been collected from the streets of Kabul and taken to treatment centres during the week.
""", [
    S(["unspecified", "mixed"], "AFG", "exact", [True, False], AW, kg=1287),
    S("opium", "AFG", "exact", [True, False], AW, kg=612),
    S("hashish", "AFG", "exact", [True, False], AW, kg=410),
    S("heroin", "AFG", "exact", [True, False], AW, kg=96),
    S("methamphetamine", "AFG", "exact", [True, False], AW, kg=169),
    A(46, "AFG", "exact", [True, False], AW),
    N(7, "AFG", q="exact", agg=[True, False], period=AW),
], title="Counter-narcotics police seize 1,287 kg of drugs, arrest 46 in a week", outlet="Hindu Kush Times",
    date="2025-10-19"))

# ---------------------------------------------------------------- 052 Pakistan PMSA/ANF off Ormara (one value for two drugs, PKR)
DOCS.append(doc("052_pmsa_ormara.txt", """PMSA, ANF seize 360 kg of ice and 800 kg of hashish from boat off Ormara
Karachi Harbour Post
Karachi, Monday 3 March 2025

The Pakistan Maritime Security Agency (PMSA), in a joint operation with the Anti-Narcotics Force (ANF), intercepted a fishing boat off Ormara on Saturday and recovered 360 kg of crystal methamphetamine (ice) and 800 kg of hashish, the agency said on Sunday.

The drugs are worth Rs 4.2 billion in the international market, a PMSA spokesman said. Six crew members were arrested and handed over to the ANF.

The PMSA said its ships had also rescued 14 fishermen whose boat had engine trouble near Pasni.

Separately, the ANF said it had recovered 412.6 tonnes of drugs in 2024 and arrested 1,530 people during the year.
""", [
    S("methamphetamine", "PAK", "exact", False, P("2025-03-01"), kg=360, loc=["Ormara"], cluster="pak-ormara-meth"),
    S("hashish", "PAK", "exact", False, P("2025-03-01"), kg=800, loc=["Ormara"], cluster="pak-ormara-hashish"),
    S(["mixed", "unspecified"], "PAK", "exact", False, P("2025-03-01"), val=4.2e9, cur="PKR"),
    A(6, "PAK", "exact", False, P("2025-03-01")),
    S(["unspecified", "mixed"], "PAK", "exact", True, Y24, kg=412600),
    A(1530, "PAK", "exact", True, Y24),
], title="PMSA, ANF seize 360 kg of ice and 800 kg of hashish from boat off Ormara", outlet="Karachi Harbour Post",
    date="2025-03-03"))

# ---------------------------------------------------------------- 053 CTF 150, French frigate (no arrests, drugs destroyed at sea)
DOCS.append(doc("053_ctf150_provence.txt", """CTF 150: French frigate seizes 2 tonnes of hashish and 161 kg of heroin in Arabian Sea
Combined Maritime Forces | Public Affairs
MANAMA, Bahrain - 22 May 2025

The French Navy frigate FS Provence, operating under Combined Task Force (CTF) 150, seized 2,012 kilograms of hashish and 161 kilograms of heroin from a stateless dhow in the Arabian Sea on 14 May, Combined Maritime Forces (CMF) said.

The combined estimated street value of the drugs is US$31 million. The drugs were destroyed at sea in line with CMF procedures, and the crew were released.

CTF 150 is currently commanded by the Pakistan Navy. Since Pakistan took command of the task force on 16 January, CTF 150 ships have made nine seizures totalling more than 12 tonnes of narcotics.

CMF is a 46-nation naval partnership that promotes security in the Red Sea, the Gulf of Aden, the Indian Ocean and the Gulf.
""", [
    S("hashish", "FRA", "exact", False, P("2025-05-14"), kg=2012, loc=["Arabian Sea"]),
    S("heroin", "FRA", "exact", False, P("2025-05-14"), kg=161, loc=["Arabian Sea"]),
    S(["mixed", "unspecified"], "FRA", "approx", False, P("2025-05-14"), val=3.1e7, cur="USD"),
    S(["unspecified", "mixed"], None, "at_least", True, P("2025-01-16", "2025-05-22", tol=1), kg=12000),
    C(["joint_operation", "other"], ["FRA", "CMF"], opt=True),
], title="CTF 150: French frigate seizes 2 tonnes of hashish and 161 kg of heroin in Arabian Sea",
    outlet=optv("Combined Maritime Forces"), date="2025-05-22"))

# ---------------------------------------------------------------- 054 CTF 150, Canadian frigate, numbered list of three boardings
CW = P("2025-10-29", "2025-11-04")
DOCS.append(doc("054_ctf150_fundy_bay.txt", """HMCS Fundy Bay makes three drug busts in a week in the Arabian Sea
Maritime Security Review
Ottawa, Friday 7 November 2025

The Canadian frigate HMCS Fundy Bay, deployed with Combined Task Force 150, seized narcotics in three boardings in the northern Arabian Sea between 29 October and 4 November, the Department of National Defence said on Thursday:

1. On 29 October, 1,240 kg of hashish from a dhow about 90 nautical miles south of the Makran coast;
2. On 1 November, 45 kg of heroin and 310 kg of methamphetamine from a second dhow;
3. On 4 November, 3,620 kg of hashish from a third dhow that tried to outrun the frigate's boat teams.

In total, the crew seized more than 5.2 tonnes of narcotics in a week, the department said. No arrests were made; the dhows' crews were released after the drugs were disposed of.

The frigate is on a six-month deployment in the region.
""", [
    S("hashish", "CAN", "exact", False, P("2025-10-29"), kg=1240),
    S("heroin", "CAN", "exact", False, P("2025-11-01"), kg=45),
    S("methamphetamine", "CAN", "exact", False, P("2025-11-01"), kg=310),
    S("hashish", "CAN", "exact", False, P("2025-11-04"), kg=3620),
    S(["mixed", "unspecified"], "CAN", "at_least", [True, False], CW, kg=5200),
    C(["joint_operation", "other"], ["CAN"], opt=True),
], title="HMCS Fundy Bay makes three drug busts in a week in the Arabian Sea", outlet="Maritime Security Review",
    date="2025-11-07"))

# ---------------------------------------------------------------- 055 Iraq-Iran meeting and MoU in Baghdad; plans
DOCS.append(doc("055_iraq_iran_mou.txt", """Iraq and Iran sign anti-drug memorandum in Baghdad
Tigris Daily
Baghdad, Wednesday 22 October 2025

Iraq's Interior Minister and the commander of Iran's police met in Baghdad on Tuesday and signed a memorandum of understanding on combating drug trafficking across their 1,600-kilometre border, the Iraqi Interior Ministry said.

The two sides agreed to set up a joint intelligence room in Basra and to hold joint border patrols next year, the statement said.

Iraq's General Directorate for Narcotics Affairs said information shared by Iranian police had led to the arrest of 23 traffickers in Maysan and Basra provinces since January. Iraq seized 4.1 tonnes of crystal methamphetamine in the first nine months of 2025, the directorate said, much of it smuggled across the Iranian border.

The minister said drug trafficking had become "a threat to national security" and that Iraq would seek similar agreements with Syria and Jordan.
""", [
    C(["meeting", "conference"], ["IRQ", "IRN"], P("2025-10-21"), loc="Baghdad", ev="met"),
    C("mou", ["IRQ", "IRN"], P("2025-10-21"), loc="Baghdad", ev="memorandum"),
    A(23, "IRQ", "exact", True, P("2025-01-01", "2025-10-22", tol=1)),
    C("information_exchange", ["IRQ", "IRN"], ev="information shared", opt=True),
    S("methamphetamine", "IRQ", "exact", True, P("2025-01-01", "2025-09-30"), kg=4100),
], title="Iraq and Iran sign anti-drug memorandum in Baghdad", outlet="Tigris Daily", date="2025-10-22"))

# ---------------------------------------------------------------- 056 Week in review (Markdown): figures also reported elsewhere (independent)
DOCS.append(doc("056_narco_watch_week.md", """# The week in drug enforcement: Algeciras, Apapa, Tumaco

*Narco Watch Weekly*

**Week of 10-16 March 2025 · published Monday 17 March 2025**

## Europe

- Spain's Guardia Civil seized more than 1.2 tonnes of cocaine in a banana container in Algeciras and arrested six people, dismantling the gang that was to receive it.
- In France, five people arrested after the discovery of 2.3 tonnes of cocaine in Le Havre on 3 March were charged by an investigating judge in Lille.

## Africa

- Nigeria's NDLEA intercepted 3.84 million tramadol pills at Apapa port in Lagos, along with codeine syrup; the consignment was valued at N2.4 billion.

## Americas

- Colombia's navy seized 2.4 tonnes of cocaine from a semi-submersible off Tumaco on Thursday (13 March). Its three crew members were detained.

## Asia

- Pakistan's maritime agency, with the ANF, recovered 360 kg of ice and 800 kg of hashish from a boat off Ormara earlier this month.

## Numbers of the week

- **$5**: street price of a counterfeit Xanax pill in Vancouver.
- **27%**: rise in overdose deaths in Scotland reported by a charity.
""", [
    S("cocaine", "ESP", "at_least", False, P("2025-03-10", "2025-03-16", tol=5), kg=1200, loc=["Algeciras"], cluster="esp-algeciras-cocaine"),
    A(6, "ESP", "exact", False, P("2025-03-10", "2025-03-16", tol=5), cluster="esp-algeciras-arrests"),
    N(1, "ESP", opt=True),
    S("cocaine", "FRA", "exact", False, P("2025-03-03"), kg=2300, loc=["Le Havre"], cluster="fra-lehavre-cocaine"),
    A(5, "FRA", opt=True),
    S("tramadol", "NGA", "exact", False, P("2025-03-10", "2025-03-16", tol=5), pills=3840000, loc=["Apapa"],
      cluster="nga-apapa-tramadol"),
    S(["mixed", "unspecified"], "NGA", "exact", False, P("2025-03-10", "2025-03-16", tol=5), val=2.4e9, cur="NGN",
      cluster="nga-apapa-value"),
    S("unspecified", "NGA", opt=True),
    S("cocaine", "COL", "exact", False, P("2025-03-13"), kg=2400, loc=["Tumaco"]),
    A(3, "COL", "exact", False, P("2025-03-13")),
    S("methamphetamine", "PAK", "exact", False, P("2025-03-01", "2025-03-17", tol=16), kg=360, loc=["Ormara"],
      cluster="pak-ormara-meth"),
    S("hashish", "PAK", "exact", False, P("2025-03-01", "2025-03-17", tol=16), kg=800, loc=["Ormara"], cluster="pak-ormara-hashish"),
], title="The week in drug enforcement: Algeciras, Apapa, Tumaco", outlet="Narco Watch Weekly", date="2025-03-17"))

# ---------------------------------------------------------------- 057 Traps only: Portugal's drug policy at 25
DOCS.append(doc("057_lisbon_traps.txt", """Portugal's drug strategy at 25: budgets, plans and a courtroom surprise
Lusitania Review
Lisbon, Thursday 4 December 2025

The government will spend 52 million euros next year on treatment and harm reduction, the health minister said on Wednesday, as Portugal marked 25 years since it decriminalised the possession of drugs for personal use.

The Polícia Judiciária plans a large operation against speedboat smuggling on the Algarve coast in the spring, its director said, and has asked for two more patrol boats. He warned that if current trends continued, Portuguese authorities could be seizing 40 tonnes of cocaine a year by 2030.

In Lisbon on Tuesday, a court acquitted four men who had been accused of organising cocaine shipments through the port of Setúbal. In a separate case, prosecutors charged 12 people with trafficking; none has yet been arrested, and the alleged ringleader could face up to 25 years in prison.

Overdose deaths rose to 92 in 2024, and the country has an estimated 60,000 problem drug users. Last month police seized 14 firearms and 380,000 euros in cash in raids in Amadora, and the Navy detained 31 migrants off the Algarve.

On Monday, the PJ destroyed 3.2 tonnes of cocaine seized in earlier operations at an incinerator in Sines. A newspaper's report that 9 tonnes had been burned was later withdrawn.

Cocaine seizures are now twice as high as five years ago, and a gram sells for about 45 euros in Lisbon.
""", [], title="Portugal's drug strategy at 25: budgets, plans and a courtroom surprise", outlet="Lusitania Review",
    date="2025-12-04"))
