from common import *

# Part 2: Africa continued. A JSON-lines wire with its own field names (headline / agency / dateline_utc / tags /
# story), a gzip near-copy of one record, a one-object JSON file (Kenya-Tanzania MoU), a Nairobi raid with minors,
# a destruction ceremony with a fresh seizure, and a West African conference in Accra.
DOCS = []
Y24 = P("2024-01-01", "2024-12-31")


def wire(headline, agency, ts, tags):
    return {"headline": headline, "agency": agency, "dateline_utc": ts, "tags": tags}


W = "013_africa_wire.jsonl"

# ---------------------------------------------------------------- 013#1 Kenya, Busia bhang
H = "Kenyan police seize 1.2 tonnes of bhang in lorry at Busia border"
d = doc(W + "#1", """BUSIA, Kenya - Kenyan police seized 1,240 kilogrammes of bhang (cannabis) hidden under sacks of maize in a lorry at the Busia border crossing on Monday and arrested the driver and his turn-boy, the Directorate of Criminal Investigations (DCI) said.

The cannabis, believed to have come from Uganda, was worth an estimated Sh37 million, police said. The lorry had been cleared by a weighbridge in Uganda hours earlier.

Western regional police commander Joseph Kiprono said 1,960 people had been arrested on drug charges in the region since January, most of them for trafficking bhang and heroin along the Busia-Malaba corridor. He said the police would deploy sniffer dogs at the border.
""", [
    S("cannabis", "KEN", ["exact", "approx"], False, P("2025-04-07"), kg=1240, val=3.7e7, cur="KES", loc=["Busia"]),
    A(2, "KEN", "exact", False, P("2025-04-07")),
    A(1960, "KEN", "exact", True, P("2025-01-01", "2025-04-08", tol=1)),
], title=H, outlet="Pan-African Newswire", date="2025-04-08", fmt="jsonl",
    record=wire(H, "Pan-African Newswire", "2025-04-08T10:15:00Z", ["Kenya", "drugs", "border"]))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 013#2 Morocco, Tanger Med (original of 014)
H = "Moroccan police seize 12.6 tonnes of cannabis resin at Tanger Med"
d = doc(W + "#2", """TANGIER, Morocco - Moroccan police and customs officers seized 12 tonnes and 640 kilograms of cannabis resin hidden in a lorry carrying tomatoes bound for Spain at the port of Tanger Med on Monday, the General Directorate for National Security (DGSN) said.

The driver and two accomplices, all Moroccan nationals, were arrested. The lorry had been loaded at a farm near Larache, investigators said.

Last week police in Nador dismantled a network that smuggled chira by speedboat to southern Spain and arrested six of its members, the DGSN added.

Morocco remains the world's largest producer of cannabis resin, according to the United Nations Office on Drugs and Crime, although the area under cultivation has shrunk over the past decade.
""", [
    S("hashish", "MAR", "exact", False, P("2025-10-13"), kg=12640, loc=["Tanger Med"], cluster="mar-tangermed-resin"),
    A(3, "MAR", "exact", False, P("2025-10-13"), cluster="mar-tangermed-arrests"),
    N(1, "MAR", q="exact", agg=False, period=P("2025-10-06", "2025-10-12", tol=2), cluster="mar-nador-network"),
    A(6, "MAR", "exact", False, P("2025-10-06", "2025-10-12", tol=2), cluster="mar-nador-arrests"),
], title=H, outlet="Pan-African Newswire", date="2025-10-14", fmt="jsonl",
    record=wire(H, "Pan-African Newswire", "2025-10-14T16:40:00Z", ["Morocco", "drugs", "ports"]))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 013#3 Senegal navy off Dakar, French navy support; migrants trap
H = "Senegalese navy seizes 2.1 tonnes of cocaine from vessel off Dakar"
d = doc(W + "#3", """DAKAR - Senegal's navy intercepted a merchant vessel about 150 nautical miles off Dakar on Wednesday and seized 2,120 kilograms of cocaine, the armed forces said on Thursday. Eight crew members were arrested.

The operation was carried out with the support of a French navy patrol vessel and aircraft, the army statement said, under an agreement that allows French ships to assist Senegalese boarding teams at sea.

The navy has also intercepted 68 boats carrying more than 5,300 migrants heading for the Canary Islands since January, the statement said.
""", [
    S("cocaine", "SEN", "exact", False, P("2025-06-25"), kg=2120, loc=["Dakar"]),
    A(8, "SEN", "exact", False, P("2025-06-25")),
    C("joint_operation", ["SEN", "FRA"], P("2025-06-25"), ev="French navy"),
    C(["mou", "other"], ["SEN", "FRA"], ev="agreement", opt=True),
], title=H, outlet="Pan-African Newswire", date="2025-06-27", fmt="jsonl",
    record=wire(H, "Pan-African Newswire", "2025-06-27T11:00:00Z", ["Senegal", "maritime", "cocaine"]))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 013#4 Tanzania-Mozambique joint operation on the Ruvuma
RV = P("2025-11-05", "2025-11-18", tol=2)
H = "Tanzania, Mozambique police wrap up joint operation on Ruvuma border"
d = doc(W + "#4", """MTWARA, Tanzania - Police forces of Tanzania and Mozambique ended a two-week joint operation along the Ruvuma river border on Tuesday, seizing 86 kilogrammes of heroin and 2.4 tonnes of cannabis and arresting 57 people, the Tanzania Police Force said.

Of those arrested, 41 were held in Tanzania and 16 in Mozambique. Police also recovered four firearms and 212 rounds of ammunition.

Officials said the two countries would hold a review meeting in Pemba in January and were considering making the operation an annual exercise.
""", [
    C("joint_operation", ["TZA", "MOZ"], RV, ev="joint operation"),
    S("heroin", ["TZA", "MOZ", None], "exact", [True, False], RV, kg=86),
    S("cannabis", ["TZA", "MOZ", None], "exact", [True, False], RV, kg=2400),
    A(57, ["TZA", "MOZ", None], "exact", [True, False], RV),
    A(41, "TZA", opt=True),
    A(16, "MOZ", opt=True),
], title=H, outlet="Pan-African Newswire", date="2025-11-20", fmt="jsonl",
    record=wire(H, "Pan-African Newswire", "2025-11-20T08:00:00Z", ["Tanzania", "Mozambique", "cooperation"]))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 013#5 Kenya NACADA survey: no facts
H = "NACADA survey: one in six Kenyans uses at least one drug"
d = doc(W + "#5", """NAIROBI - About one in six Kenyans aged 15 to 65 uses at least one drug or substance of abuse, according to a national survey released on Tuesday by the National Authority for the Campaign against Alcohol and Drug Abuse (NACADA).

The survey estimates that 4.7 million Kenyans drink alcohol, 1.9 million chew khat (miraa) and about 185,000 use cannabis. Heroin use remains concentrated in Mombasa, Kilifi and Kwale counties.

The government has pledged Sh1.5 billion for new rehabilitation centres, and Interior Ministry officials said police would launch a nationwide crackdown on drug dens next month. A bill before parliament would raise the maximum penalty for trafficking to life imprisonment.
""", [], title=H, outlet="Pan-African Newswire", date="2025-12-02", fmt="jsonl",
    record=wire(H, "Pan-African Newswire", "2025-12-02T09:00:00Z", ["Kenya", "health"]))
d["body_key"] = "story"
DOCS.append(d)

# ---------------------------------------------------------------- 014 gzip near-copy of 013#2
DOCS.append(doc("014_maghreb_post_tangermed.txt.gz", """12.6 tonnes of chira seized at Tanger Med; three arrested
The Maghreb Post
Rabat, Wednesday 15 October 2025

TANGIER - Police and customs officers at the port of Tanger Med seized 12 tonnes and 640 kilograms of cannabis resin on Monday, hidden in a lorry loaded with tomatoes that was about to board a ferry for Spain, the General Directorate for National Security (DGSN) said.

Three Moroccans, the driver and two accomplices, were arrested. Investigators said the lorry had been loaded at a farm near Larache.

Last week, police in Nador broke up a network that ran chira across the Alboran Sea to southern Spain in speedboats; six of its members were taken into custody, the DGSN said.

(With agencies)
""", [
    S("hashish", "MAR", "exact", False, P("2025-10-13"), kg=12640, loc=["Tanger Med"], cluster="mar-tangermed-resin"),
    A(3, "MAR", "exact", False, P("2025-10-13"), cluster="mar-tangermed-arrests"),
    N(1, "MAR", q="exact", agg=False, period=P("2025-10-06", "2025-10-12", tol=2), cluster="mar-nador-network"),
    A(6, "MAR", "exact", False, P("2025-10-06", "2025-10-12", tol=2), cluster="mar-nador-arrests"),
], title="12.6 tonnes of chira seized at Tanger Med; three arrested", outlet="The Maghreb Post", date="2025-10-15",
    dup="013_africa_wire.jsonl#2", fmt="gz"))

# ---------------------------------------------------------------- 015 one JSON object: Kenya-Tanzania MoU, channel, meeting, Namanga seizure
d = doc("015_kenya_tanzania_mou.json", """Kenya's Anti-Narcotics Unit and Tanzania's Drug Control and Enforcement Authority (DCEA) signed a memorandum of understanding in Arusha on Wednesday to step up cooperation against heroin and methamphetamine trafficking along their shared border and coast.

The signing closed a two-day meeting of border and port commanders from the two countries, which opened on Tuesday. Under the memorandum the two agencies have set up a secure communication channel linking their intelligence desks in Mombasa and Tanga, which went live on the day of the signing.

They also agreed to carry out joint patrols on Lake Victoria starting in August and to train prosecutors together next year.

On Tuesday, Tanzanian officers at the Namanga one-stop border post seized 96 kilogrammes of heroin hidden in the floor of a passenger bus and arrested two Kenyan nationals, the DCEA said. The drugs were worth about TSh 5.8 billion.

Officials said heroin trafficked from the Makran coast increasingly enters Kenya overland from Tanzania after being landed on remote beaches.
""", [
    C("mou", ["KEN", "TZA"], P("2025-06-11"), loc="Arusha", ev="memorandum"),
    C(["meeting", "conference"], ["KEN", "TZA"], P("2025-06-10", "2025-06-11"), loc="Arusha", ev="meeting"),
    C("information_exchange", ["KEN", "TZA"], P("2025-06-11"), ev="communication channel"),
    S("heroin", "TZA", ["exact", "approx"], False, P("2025-06-10"), kg=96, val=5.8e9, cur="TZS", loc=["Namanga"]),
    A(2, "TZA", "exact", False, P("2025-06-10")),
], title="Kenya, Tanzania sign anti-narcotics pact, open secure channel between Mombasa and Tanga",
    outlet="East Africa Security Journal", date="2025-06-12", fmt="json1",
    record={"headline": "Kenya, Tanzania sign anti-narcotics pact, open secure channel between Mombasa and Tanga",
            "source": "East Africa Security Journal", "date": "2025-06-12", "kicker": "Cooperation"})
d["body_key"] = "article_text"
DOCS.append(d)

# ---------------------------------------------------------------- 016 Nairobi raid: pills counted and weighed, one value, minors
DOCS.append(doc("016_nairobi_pills_minors.txt", """Police seize 4,200 ecstasy pills and heroin in Kasarani; five arrested including two minors
Capital Beat Kenya
Nairobi, 2025-03-29

Detectives from the Anti-Narcotics Unit on Friday raided a house in Kasarani, Nairobi, and seized 4,200 ecstasy pills weighing 1.9 kilogrammes and 3 kilogrammes of heroin, police said on Saturday.

Five people, including two minors, were arrested. The minors, aged 16 and 17, were found packing the pills into small sachets, police said, and have been handed over to the children's department.

The drugs are worth Sh15 million, Nairobi regional police commander George Seda said. Officers also recovered Sh240,000 in cash, three mobile phones and a digital weighing scale.

Seda said the gang sold the pills to students through social media and delivered them by motorbike.
""", [
    S("mdma", "KEN", "exact", False, P("2025-03-28"), pills=4200, kg=1.9, loc=["Kasarani"]),
    S("heroin", "KEN", "exact", False, P("2025-03-28"), kg=3, loc=["Kasarani"]),
    S(["mixed", "unspecified"], "KEN", "exact", False, P("2025-03-28"), val=1.5e7, cur="KES"),
    A(5, "KEN", "exact", False, P("2025-03-28")),
    A(2, "KEN", opt=True),
], title="Police seize 4,200 ecstasy pills and heroin in Kasarani; five arrested including two minors",
    outlet="Capital Beat Kenya", date="2025-03-29"))

# ---------------------------------------------------------------- 017 Mombasa destruction ceremony (earlier seizures) + a fresh seizure
DOCS.append(doc("017_mombasa_destruction_fresh_seizure.txt", """Mombasa burns nearly 1.5 tonnes of narcotics exhibits as port officers make fresh cocaine find
The Coast Observer
Mombasa, Saturday 8 November 2025

Government officials on Friday destroyed 1,120 kilogrammes of heroin and 340 kilogrammes of cocaine at a cement factory kiln in Bamburi, following court orders in cases that have been concluded. The drugs had been seized in various operations in 2023 and 2024 and kept as exhibits.

On the same day, officers of the Kenya Revenue Authority and the Anti-Narcotics Unit at the Port of Mombasa intercepted 26 kilogrammes of cocaine concealed in a container of pineapple concentrate from Brazil and arrested a clearing agent, the Directorate of Criminal Investigations said.

Coast regional commissioner Rhoda Onyancha, who presided over the destruction, said the government would not allow Kenya to be used as a transit point. She said exhibits would in future be destroyed within 30 days of a court order.

A kilogram of cocaine is worth about Sh6 million in Mombasa, according to police.
""", [
    S("cocaine", "KEN", "exact", False, P("2025-11-07"), kg=26, loc=["Mombasa"]),
    A(1, "KEN", "exact", False, P("2025-11-07")),
], title="Mombasa burns nearly 1.5 tonnes of narcotics exhibits as port officers make fresh cocaine find",
    outlet="The Coast Observer", date="2025-11-08"))

# ---------------------------------------------------------------- 018 Accra conference of West African drug chiefs; UNODC training; regional total
DOCS.append(doc("018_accra_west_africa_conference.txt", """West African drug chiefs meet in Accra as cocaine flows through the region grow
West Africa Security Monitor
Accra, Friday 5 September 2025

Police and drug-control chiefs from Ghana, Nigeria, Senegal, Côte d'Ivoire, Guinea-Bissau and Cape Verde, together with representatives of the UN Office on Drugs and Crime (UNODC) and INTERPOL, ended a three-day conference in Accra on Thursday on cocaine trafficking through West African ports.

Participants heard that authorities in West Africa seized 9.3 tonnes of cocaine in 2024, according to UNODC figures, and that container shipments through Tema, Lagos and Abidjan accounted for more than half of it.

Ahead of the conference, UNODC trained 40 officers of Ghana's Tema Port Control Unit in container profiling and risk analysis during a two-week course that ended on 29 August.

Ghana and Nigeria agreed to set up a joint intelligence cell by early 2026, and the participants called for a regional database of traffickers. The next conference is planned for Dakar in 2026.

UNODC's regional representative warned that if current trends continued, cocaine seizures in the region could double within five years.
""", [
    C("conference", ["GHA", "NGA", "SEN", "CIV", "GNB", "CPV", "UNODC", "INTERPOL"], P("2025-09-02", "2025-09-04"),
      loc="Accra", ev="conference"),
    S("cocaine", None, "exact", True, Y24, kg=9300),
    C("training", ["GHA", "UNODC"], P("2025-08-16", "2025-08-29", tol=2), ev="trained"),
], title="West African drug chiefs meet in Accra as cocaine flows through the region grow",
    outlet="West Africa Security Monitor", date="2025-09-05"))
