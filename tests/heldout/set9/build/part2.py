from common import *

DOCS = []

# ---------------------------------------------------------------- 013 Iraq, GDNPSA statement, Arabic-Indic digits, Hijri date
IRQ_YTD = P("2025-01-01", "2025-06-03", tol=1)
DOCS.append(doc("013_iraq_directorate_anbar_basra.txt", """Iraq's narcotics directorate announces Captagon and crystal seizures in Anbar and Basra
Al-Rafidain Monitor (translated from Arabic)
Baghdad, Tuesday 7 Dhu al-Hijjah 1446 AH, corresponding to 3 June 2025

The General Directorate of Narcotics and Psychotropic Substances Affairs at the Ministry of Interior announced the seizure of (١٬٢٠٠٬٠٠٠) one million two hundred thousand Captagon pills and (٤٢) kilograms of crystal methamphetamine in Anbar governorate yesterday, Monday.

The directorate said in a statement that its detachments, acting on accurate intelligence information, ambushed a refrigerated truck on the international highway west of Ramadi and arrested (٥) accused, two of them foreign nationals.

In a separate operation, the directorate's detachments in Basra seized (١٨) kilograms of hashish and arrested (٣) accused in the Abu al-Khasib district. The statement did not say when.

The directorate added that since the beginning of 2025 it has arrested (٦٧٢٨) accused of drug trafficking and possession and seized (٣٫٤) tonnes of various narcotic substances, and that all the accused have been referred to the competent courts to receive their just punishment.

The directorate called on citizens to report any information about drug dealers through the hotline (١٧٨).
""", [
    S("captagon", "IRQ", "exact", False, P("2025-06-02"), pills=1200000, loc=["Anbar", "Ramadi"]),
    S("methamphetamine", "IRQ", "exact", False, P("2025-06-02"), kg=42, loc=["Anbar", "Ramadi"]),
    A(5, "IRQ", "exact", False, P("2025-06-02")),
    S("hashish", "IRQ", "exact", False, kg=18, loc=["Basra", "Abu al-Khasib"]),
    A(3, "IRQ", "exact", False),
    A(6728, "IRQ", "exact", True, IRQ_YTD),
    S(["mixed", "unspecified"], "IRQ", "exact", True, IRQ_YTD, kg=3400),
    A(2, opt=True),
], title="Iraq's narcotics directorate announces Captagon and crystal seizures in Anbar and Basra",
    outlet="Al-Rafidain Monitor", date="2025-06-03"))

# ---------------------------------------------------------------- 014 Egypt, week list with em dashes
EG_W = P("2025-09-07", "2025-09-13")
DOCS.append(doc("014_egypt_interior_week.txt", """Interior Ministry: (٤٣٢) drug dealers arrested in week-long campaigns
Nile Evening Gazette
Cairo — Monday, 15 September 2025

The Ministry of Interior said on Monday that the General Administration for Combating Narcotics, in cooperation with the security directorates, carried out intensive campaigns in the week of 7–13 September 2025 that resulted in the arrest of (٤٣٢) drug dealers in several governorates.

The campaigns seized: hashish — 1.75 tonnes; heroin — 12.4 kg; methamphetamine (shabu) — 3 kg; bango (dried cannabis) — 2,860 kg; and tramadol — 1,240,000 tablets. Ninety-six unlicensed firearms were also confiscated.

The ministry estimated the total value of the seized drugs at EGP 214 million.

According to the statement, most of the bango was found in a farm in Assiut governorate, while the hashish came from a lorry stopped on the Cairo–Alexandria desert road.

Legal measures have been taken and the Public Prosecution is investigating. The ministry noted that the campaigns would continue "to purify society from the scourge of drugs".
""", [
    S("hashish", "EGY", "exact", True, EG_W, kg=1750),
    S("heroin", "EGY", "exact", True, EG_W, kg=12.4),
    S("methamphetamine", "EGY", "exact", True, EG_W, kg=3),
    S("cannabis", "EGY", "exact", True, EG_W, kg=2860),
    S("tramadol", "EGY", "exact", True, EG_W, pills=1240000),
    A(432, "EGY", "exact", True, EG_W),
    S(["mixed", "unspecified"], "EGY", ["approx", "exact"], True, EG_W, val=214000000, cur="EGP"),
], title="Interior Ministry: (٤٣٢) drug dealers arrested in week-long campaigns", outlet="Nile Evening Gazette",
    date="2025-09-15"))

# ---------------------------------------------------------------- 015 Morocco, Tangier Med chira (original of 041#2)
MA_D = P("2025-10-11", "2025-10-12")
DOCS.append(doc("015_morocco_tangier_med.txt", """Tangier Med: police foil attempt to smuggle 18 tonnes 720 kg of chira
Le Détroit Info (English edition)
Tangier, 13 October 2025

Officers of the General Directorate of National Security (DGSN) at the port of Tangier Med, working with customs, foiled an attempt to smuggle 18 tonnes and 720 kilograms of chira on the night of Saturday to Sunday, the DGSN said in a communiqué.

The chira, as cannabis resin is known in Morocco, was hidden in a cargo of frozen peppers loaded on a lorry with foreign registration plates that was about to board a ferry for Algeciras. The driver, a Moroccan national, and his co-driver, who holds a European passport, were arrested.

The DGSN said the seizure, valued at more than 180 million dirhams, was one of the largest at the port this year. Since the start of the year, more than 142 tonnes of chira have been seized at Tangier Med, it added.

The two suspects were placed in police custody under the supervision of the competent prosecutor's office to determine their links to international drug trafficking networks.
""", [
    S("hashish", "MAR", "exact", False, MA_D, kg=18720, loc=["Tangier Med"], cluster="mar-tangier-chira"),
    A(2, "MAR", "exact", False, MA_D, cluster="mar-tangier-arrests"),
    S("hashish", "MAR", "at_least", True, P("2025-01-01", "2025-10-13", tol=1), kg=142000, loc=["Tangier Med"]),
], title="Tangier Med: police foil attempt to smuggle 18 tonnes 720 kg of chira", outlet="Le Détroit Info",
    date="2025-10-13"))

# ---------------------------------------------------------------- 016 Iran analysis (independent report of 001's opium figure)
DOCS.append(doc("016_iran_opium_analysis.txt", """Analysis: Iran's opium seizures climb as Afghan supply shifts west
Gulf Security Review
2 July 2025 — by Leila Farahani

Iran's police are seizing more opium than at any time in the past decade, even as poppy cultivation across the border in Afghanistan remains far below its pre-ban level.

According to the Anti-Narcotics Police, some 118 tonnes of opium were seized in the first three months of the Iranian year, which began on 21 March. In the whole of the previous Iranian year, 1403, Iranian forces seized 1,045 tonnes of drugs of all kinds, the police said in April.

Analysts say traffickers are selling off stockpiles built up before the Taliban's 2022 ban. "The stocks are being released because prices have tripled," said a Vienna-based researcher. A UN survey last year estimated poppy cultivation in Afghanistan at 12,800 hectares, a fraction of the 2022 level.

Iran says more than 3,800 of its police officers have been killed in counter-narcotics operations since 1979, and it regularly complains that it receives too little international support.

Pakistan's Anti-Narcotics Force has also reported record hashish seizures this year, while Tajik border guards say heroin flows along the northern route have fallen.
""", [
    S("opium", "IRN", "approx", True, P("2025-03-21", "2025-06-21", tol=1), kg=118000, cluster="irn-q1-opium"),
    S(["mixed", "unspecified"], "IRN", "exact", True, P("2024-03-20", "2025-03-20", tol=1), kg=1045000),
], title="Analysis: Iran's opium seizures climb as Afghan supply shifts west", outlet="Gulf Security Review",
    date="2025-07-02"))

# ---------------------------------------------------------------- 017 Saudi Arabia, pomegranates, Hijri, Ramadan
RAM = P("2025-03-01", "2025-03-29", tol=1)
DOCS.append(doc("017_saudi_pomegranates.txt", """ZATCA thwarts smuggling of 3.9 million amphetamine pills in pomegranate shipment
Riyadh Herald
Riyadh, 14 Shawwal 1446 AH (12 April 2025)

The Zakat, Tax and Customs Authority (ZATCA) at Al-Haditha port thwarted an attempt to smuggle 3,912,000 amphetamine pills hidden inside a shipment of pomegranates arriving from abroad, the authority said on Saturday.

In coordination with the General Directorate of Narcotics Control (GDNC), the two recipients of the shipment were arrested in Riyadh, the statement said, without giving the date of the seizure.

Separately, the GDNC announced the results of its campaigns during the holy month of Ramadan. In the month, its teams arrested 1,214 persons and seized 22.6 million amphetamine pills and 9.3 tonnes of hashish across the Kingdom, it said.

ZATCA urged the public to report smuggling attempts via its hotline 1910 or by email, with rewards offered for information leading to a seizure. The authority noted that the fine for a customs violation can reach three times the value of the goods.
""", [
    S(["amphetamine", "captagon"], "SAU", "exact", False, pills=3912000, loc=["Al-Haditha"]),
    A(2, "SAU", "exact", False),
    A(1214, "SAU", "exact", True, RAM),
    S(["amphetamine", "captagon"], "SAU", "exact", True, RAM, pills=22600000),
    S("hashish", "SAU", "exact", True, RAM, kg=9300),
], title="ZATCA thwarts smuggling of 3.9 million amphetamine pills in pomegranate shipment", outlet="Riyadh Herald",
    date="2025-04-12"))

# ---------------------------------------------------------------- 018 GCC meeting, platform, training; domestic conference trap
GCC = ["SAU", "ARE", "KWT", "QAT", "OMN", "BHR"]
DOCS.append(doc("018_gcc_directors_muscat.txt", """GCC anti-narcotics chiefs meet in Muscat, launch intelligence platform
Oman Tribune Online
Muscat, 12 November 2025

Directors-general of the anti-narcotics departments of the six Gulf Cooperation Council states - Saudi Arabia, the United Arab Emirates, Kuwait, Qatar, Oman and Bahrain - held their 38th meeting in Muscat on Tuesday.

The meeting reviewed the first weeks of a secure electronic platform for exchanging intelligence on drug shipments between the six states, which went live on 1 November. Participants also reviewed a five-day training course on detecting drugs concealed in shipping containers, held in Doha in October for 40 officers from all six countries.

Delegates agreed to study a proposal for a joint maritime operation in 2026 and to meet again in Kuwait next year.

On the same day, Oman's Ministry of Health and the Royal Oman Police held a national conference on addiction treatment at the Oman Convention Centre, attended by doctors, police officers and social workers.

Officials said captagon remained the main threat to the region, with smugglers increasingly using fruit and vegetable shipments to hide pills.
""", [
    C("meeting", GCC, P("2025-11-11"), loc=["Muscat"]),
    C("information_exchange", GCC, P("2025-11-01", tol=1)),
    C("training", GCC, P("2025-10-01", "2025-10-31"), loc=["Doha"]),
], title="GCC anti-narcotics chiefs meet in Muscat, launch intelligence platform", outlet="Oman Tribune Online",
    date="2025-11-12"))

# ---------------------------------------------------------------- 019 CARICC council, joint operations count, extradition agreement
DOCS.append(doc("019_caricc_almaty.txt", """CARICC council reviews 2024 results, Kazakhstan and Uzbekistan sign extradition pact
Steppe Herald
Almaty, May 29th, 2025

The Council of National Coordinators of the Central Asian Regional Information and Coordination Centre (CARICC) met in Almaty on 27–28 May with delegations from Azerbaijan, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan and Uzbekistan.

The centre's director reported that in 2024 CARICC had coordinated 12 international joint operations and controlled deliveries involving the law enforcement agencies of Kazakhstan, Kyrgyzstan and Uzbekistan. Those operations led to the seizure of 2.3 tonnes of drugs, mostly hashish and synthetic drugs, he said.

On the sidelines of the meeting, the prosecutors-general of Kazakhstan and Uzbekistan signed an agreement on the extradition of persons accused of drug crimes.

The council also approved the centre's work plan for 2026, which foresees a regional operation against online drug shops selling mephedrone and alpha-PVP through messaging apps. Tajikistan's delegation said it would host a training seminar on darknet investigations in the autumn.
""", [
    C("meeting", ["CARICC", "AZE", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"], P("2025-05-27", "2025-05-28"),
      loc=["Almaty"]),
    C("joint_operation", ["CARICC", "KAZ", "KGZ", "UZB"], P("2024-01-01", "2024-12-31"), count=12),
    S(["mixed", "unspecified"], "-", "exact", True, P("2024-01-01", "2024-12-31"), kg=2300),
    C("mou", ["KAZ", "UZB"], P("2025-05-27", "2025-05-28", tol=1), loc=["Almaty"]),
], title="CARICC council reviews 2024 results, Kazakhstan and Uzbekistan sign extradition pact",
    outlet="Steppe Herald", date="2025-05-29"))

# ---------------------------------------------------------------- 020 Mekong MOU ministerial, Bangkok
MEK = ["KHM", "CHN", "LAO", "MMR", "THA", "VNM", "UNODC"]
DOCS.append(doc("020_mekong_mou_bangkok.txt", """Mekong MOU ministers meet in Bangkok as meth seizures hit new high
Bangkok Evening Standard
Friday 19 September 2025

Ministers and senior officials from the six Mekong MOU countries - Cambodia, China, Laos, Myanmar, Thailand and Viet Nam - met in Bangkok on Thursday with the UN Office on Drugs and Crime (UNODC) to review the subregional action plan on drug control.

Under the Safe Mekong joint operation, law enforcement agencies of the six countries seized 96 tonnes of methamphetamine in 2024, UNODC said in a briefing paper distributed at the meeting.

On the sidelines, Laos and Thailand signed a memorandum of understanding on joint patrols on the Mekong river and the exchange of liaison officers.

The meeting followed the ASEAN Senior Officials on Drug Matters (ASOD) meeting in Vientiane in August. Delegates said a new border liaison office would open in Chiang Saen next year.

UNODC's regional representative warned that prices of methamphetamine tablets in Thailand had fallen to their lowest level on record, at under 50 baht a pill in some provinces.
""", [
    C("meeting", MEK, P("2025-09-18"), loc=["Bangkok"]),
    S("methamphetamine", "-", "exact", True, P("2024-01-01", "2024-12-31"), kg=96000),
    C("mou", ["LAO", "THA"], P("2025-09-18", tol=1), loc=["Bangkok"]),
    C("joint_operation", None, opt=True, ev="Safe Mekong"),
    C("meeting", None, opt=True, ev="ASOD"),
], title="Mekong MOU ministers meet in Bangkok as meth seizures hit new high", outlet="Bangkok Evening Standard",
    date="2025-09-19"))

# ---------------------------------------------------------------- 021 Iraq-Jordan MoU, joint operation with Saudi (Rajab)
RAJAB = P("2025-01-01", "2025-01-30", tol=1)
DOCS.append(doc("021_iraq_jordan_mou.txt", """Iraq and Jordan sign memorandum on drug control in Amman
Levant Daily
Amman — 17 February 2025

Iraq and Jordan signed a memorandum of understanding in Amman on Sunday to strengthen cooperation against drug trafficking across their shared border, the Iraqi Interior Ministry said.

The memorandum was signed by the head of Iraq's General Directorate of Narcotics and Psychotropic Substances Affairs and the director of Jordan's Anti-Narcotics Department. The two sides agreed to form a joint committee that will meet every six months.

At a press conference, the Iraqi official said his directorate had in mid-Rajab carried out a joint operation with Saudi Arabia's General Directorate of Narcotics Control that led to the seizure of 8 million Captagon pills in Baghdad and the arrest of four traffickers, including a Syrian national.

"The Captagon trade has not stopped with the change of government in Damascus," he said. "Factories have moved and routes have changed."

Jordan's army has repeatedly clashed with smugglers on its northern border with Syria.
""", [
    C("mou", ["IRQ", "JOR"], P("2025-02-16"), loc=["Amman"]),
    C("joint_operation", ["IRQ", "SAU"], RAJAB),
    S("captagon", "IRQ", "exact", False, RAJAB, pills=8000000, loc=["Baghdad"]),
    A(4, "IRQ", "exact", False, RAJAB),
], title="Iraq and Jordan sign memorandum on drug control in Amman", outlet="Levant Daily", date="2025-02-17"))

# ---------------------------------------------------------------- 022 Egypt, domestic conference + survey, no facts
DOCS.append(doc("022_egypt_survey_conference.txt", """Survey: 5.9 percent of Egyptians aged 15 and over use drugs
Cairo Morning News
Thursday 26 June 2025

The Fund for Drug Control and Treatment of Addiction released its latest national survey on Thursday, the International Day against Drug Abuse and Illicit Trafficking, finding that 5.9 percent of Egyptians aged 15 and over had used drugs in the past year, down from 7.2 percent in the previous survey.

The findings were presented at a conference organised jointly by the Ministry of Social Solidarity, the Ministry of Health and the Ministry of Interior at a Cairo hotel.

Tramadol and hashish were the most commonly used substances, followed by a synthetic cannabinoid sold as "strox". Men were three times as likely as women to report drug use.

The fund said its hotline, 16023, had received more than 120,000 calls in the past year and that its treatment centres had provided 1.4 million sessions free of charge.

The social solidarity minister said the government would expand treatment services to all governorates by 2027 and launch a school awareness campaign in the autumn.
""", [], title="Survey: 5.9 percent of Egyptians aged 15 and over use drugs", outlet="Cairo Morning News",
    date="2025-06-26"))
