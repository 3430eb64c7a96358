"""Demo risk registers for Kent Adult Social Care and Health.

Pure data, loaded by the demo seeding code. Five registers:

* "Adult Social Care and Health" (directorate) and "Operations" (operational) reproduce the JCAD CORE "Full Risk
  Register" printed on 29 September 2021 (Appendices B and C to the ASC Winter Pressures Plan 2021-22). Titles,
  events, consequences, scores, controls, actions, dates and review comments follow the print; the print's real
  names are replaced by invented people who hold the same roles, and initials in review comments follow them. The
  print leaves the Cause column empty for all but OPS0059, so the cause given for the other risks is drawn from
  their printed event text. Inherent scores and previous scores are not printed; a previous score is given only
  where a dated review comment records a re-rating (AH0005, AH0011). Actions printed without a target date take
  the risk's next review date. "A - Accepted" in the print is the action status (accepted by its owner), recorded
  here as "in_progress".
* "ASCH Budget Risks" follows Appendix G (Budget Risks Register 2024-25) of the draft 2024-25 budget and the Adult
  Social Care Pressures Plan 2023-24: likelihood as printed, exposure as the estimated maximum financial impact in
  £m, and impact banded from that exposure.
* "Corporate Risk Register" (corporate) holds the corporate risks the directorate's risks link to. CRR0002 and
  CRR0015 are cited in the 2023-24 performance report; the other references follow the same register.
* "Kent Enablement at Home service risks" (service), written in the voice of the service's BCP.

Every person is invented. People who also appear in plans_data.py are repeated here with identical details so the
two modules can be loaded in either order. Telephone numbers come from the Ofcom ranges reserved for drama.
Likelihood and impact pairs are (likelihood, impact); dates are ISO strings; "today" for the demo is 2026-11-23.
"""

from typing import Any

PEOPLE: list[dict[str, Any]] = [
    # Shared with plans_data.py (identical entries)
    {"name": "Eleanor Whitcombe", "job_title": "Corporate Director Adult Social Care and Health",
     "team": "Directorate Management Team", "work_phone": "01632 960101", "mobile": "07700 900101",
     "out_of_hours": "07700 900601", "email": "eleanor.whitcombe@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Martin Oduya", "job_title": "Director of Adult Social Care (West Kent)",
     "team": "Directorate Management Team", "work_phone": "01632 960102", "mobile": "07700 900102",
     "out_of_hours": "07700 900602", "email": "martin.oduya@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Fiona Lindqvist", "job_title": "Director of Adult Social Care (East Kent)",
     "team": "Directorate Management Team", "work_phone": "01632 960103", "mobile": "07700 900103",
     "out_of_hours": "07700 900603", "email": "fiona.lindqvist@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Daniel Hartley", "job_title": "Assistant Director, North Kent",
     "team": "North Kent", "work_phone": "01632 960111", "mobile": "07700 900111",
     "out_of_hours": "07700 900611", "email": "daniel.hartley@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Rowan Ellery", "job_title": "Assistant Director, County Services",
     "team": "ASCH County Services", "work_phone": "01632 960115", "mobile": "07700 900115",
     "out_of_hours": "07700 900615", "email": "rowan.ellery@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Tobias Renshaw", "job_title": "Assistant Director, Mental Health",
     "team": "Mental Health Services", "work_phone": "01632 960116", "mobile": "07700 900116",
     "out_of_hours": "07700 900616", "email": "tobias.renshaw@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Alison Markham", "job_title": "Area Operations Manager - West Kent (Chair, Directorate Resilience Group)",
     "team": "West Kent", "work_phone": "01632 960117", "mobile": "07700 900117",
     "out_of_hours": "07700 900617", "email": "alison.markham@example.kent.gov.uk",
     "on_call_role": "Capacity Manager on Call"},
    {"name": "Kwame Asante", "job_title": "Resilience and Emergency Planning Manager, Adult Social Care and Health",
     "team": "Resilience and Emergency Planning", "work_phone": "01632 960121", "mobile": "07700 900121",
     "out_of_hours": "07700 900621", "email": "kwame.asante@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Megan Pryce", "job_title": "Resilience and Emergency Planning Officer",
     "team": "Resilience and Emergency Planning", "work_phone": "01632 960122", "mobile": "07700 900122",
     "out_of_hours": "07700 900622", "email": "megan.pryce@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Neil Harcourt", "job_title": "Mosaic Business Systems Manager",
     "team": "ASCH Digital and Business Systems", "work_phone": "01632 960123", "mobile": "07700 900123",
     "out_of_hours": "07700 900623", "email": "neil.harcourt@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Sian Llewellyn", "job_title": "Commissioning Manager, Care and Support in the Home",
     "team": "Strategic Commissioning", "work_phone": "01632 960124", "mobile": "07700 900124",
     "out_of_hours": "07700 900124", "email": "sian.llewellyn@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Priya Natarajan", "job_title": "Head of Kent Enablement at Home",
     "team": "Kent Enablement at Home", "work_phone": "01632 960131", "mobile": "07700 900131",
     "out_of_hours": "07700 900631", "email": "priya.natarajan@example.kent.gov.uk",
     "on_call_role": "Capacity Manager on Call"},
    {"name": "Colin Baptiste", "job_title": "Kent Enablement at Home Service Manager (East Kent)",
     "team": "Kent Enablement at Home", "work_phone": "01632 960132", "mobile": "07700 900132",
     "out_of_hours": "07700 900632", "email": "colin.baptiste@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Lauren Fairweather", "job_title": "Kent Enablement at Home Service Manager (West Kent)",
     "team": "Kent Enablement at Home", "work_phone": "01632 960133", "mobile": "07700 900133",
     "out_of_hours": "07700 900633", "email": "lauren.fairweather@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Shauna McBride", "job_title": "Kent Enablement at Home Supervisor (Thanet patch)",
     "team": "Kent Enablement at Home", "work_phone": "01632 960134", "mobile": "07700 900134",
     "out_of_hours": "07700 900634", "email": "shauna.mcbride@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Rachel Oyelaran", "job_title": "Service Manager, Adult Social Care Connect",
     "team": "Adult Social Care Connect", "work_phone": "01632 960141", "mobile": "07700 900141",
     "out_of_hours": "07700 900641", "email": "rachel.oyelaran@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Declan Forsythe", "job_title": "AMHP Service Manager",
     "team": "AMHP Service", "work_phone": "01632 960151", "mobile": "07700 900151",
     "out_of_hours": "07700 900651", "email": "declan.forsythe@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Owen Treharne", "job_title": "Short-Term Pathway Service Manager (East Kent)",
     "team": "Short-Term Pathways", "work_phone": "01632 960161", "mobile": "07700 900161",
     "out_of_hours": "07700 900661", "email": "owen.treharne@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Patricia Nwosu", "job_title": "Head of In-house Provision",
     "team": "In-house Residential Services", "work_phone": "01632 960171", "mobile": "07700 900171",
     "out_of_hours": "07700 900671", "email": "patricia.nwosu@example.kent.gov.uk",
     "on_call_role": "Capacity Manager on Call"},
    {"name": "Hugh Salter", "job_title": "Head of Business Delivery Unit",
     "team": "Business Delivery Unit", "work_phone": "01632 960181", "mobile": "07700 900181",
     "out_of_hours": "07700 900681", "email": "hugh.salter@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    # Directorate people named only in the risk registers
    {"name": "Graham Pollard", "job_title": "Director of Adult Social Care and Health North and West Kent",
     "team": "Directorate Management Team", "work_phone": "01632 960401", "mobile": "07700 900401",
     "out_of_hours": "07700 900901", "email": "graham.pollard@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Adrian Whitfield", "job_title": "Head of Strategic Transformation, Adult Social Care and Health",
     "team": "ASCH Strategic Transformation", "work_phone": "01632 960402", "mobile": "07700 900402",
     "out_of_hours": "07700 900402", "email": "adrian.whitfield@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Nicola Brennan", "job_title": "Programme Manager, Making a Difference Every Day",
     "team": "ASCH Strategic Transformation", "work_phone": "01632 960403", "mobile": "07700 900403",
     "out_of_hours": "07700 900403", "email": "nicola.brennan@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Harriet Coombes", "job_title": "Finance Business Partner, Adult Social Care and Health",
     "team": "Finance", "work_phone": "01632 960404", "mobile": "07700 900404",
     "out_of_hours": "07700 900404", "email": "harriet.coombes@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Gemma Tolhurst", "job_title": "HR Business Partner, Adult Social Care and Health",
     "team": "Human Resources and Organisational Development", "work_phone": "01632 960405",
     "mobile": "07700 900405", "out_of_hours": "07700 900405", "email": "gemma.tolhurst@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Lorna Pembury", "job_title": "Directorate Business Support Manager",
     "team": "ASCH Directorate Business and Planning", "work_phone": "01632 960406", "mobile": "07700 900406",
     "out_of_hours": "07700 900406", "email": "lorna.pembury@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Ruth Abernethy", "job_title": "Stakeholder Engagement Manager",
     "team": "ASCH Directorate Business and Planning", "work_phone": "01632 960407", "mobile": "07700 900407",
     "out_of_hours": "07700 900407", "email": "ruth.abernethy@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Joanne Kirkbride", "job_title": "Principal Social Worker, Adult Social Care and Health",
     "team": "Practice Development", "work_phone": "01632 960408", "mobile": "07700 900408",
     "out_of_hours": "07700 900408", "email": "joanne.kirkbride@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Stephen Mallory", "job_title": "Operational Analytics and Systems Manager",
     "team": "ASCH Performance and Systems", "work_phone": "01632 960409", "mobile": "07700 900409",
     "out_of_hours": "07700 900409", "email": "stephen.mallory@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Corinne Walsh", "job_title": "Head of Deprivation of Liberty Safeguards",
     "team": "Deprivation of Liberty Safeguards Service", "work_phone": "01632 960410", "mobile": "07700 900410",
     "out_of_hours": "07700 900910", "email": "corinne.walsh@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Imogen Farrant", "job_title": "Head of Commissioning, Adult Social Care",
     "team": "Strategic Commissioning", "work_phone": "01632 960411", "mobile": "07700 900411",
     "out_of_hours": "07700 900911", "email": "imogen.farrant@example.kent.gov.uk",
     "on_call_role": None},
    # Corporate owners
    {"name": "Lucy Dunmore", "job_title": "Corporate Risk Manager",
     "team": "Strategy, Policy, Relationships and Corporate Assurance", "work_phone": "01632 960412",
     "mobile": "07700 900412", "out_of_hours": "07700 900412", "email": "lucy.dunmore@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Andrew Felton", "job_title": "Corporate Director Finance",
     "team": "Corporate Management Team", "work_phone": "01632 960413", "mobile": "07700 900413",
     "out_of_hours": "07700 900913", "email": "andrew.felton@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Philip Drummond", "job_title": "Corporate Director Growth, Environment and Transport",
     "team": "Corporate Management Team", "work_phone": "01632 960414", "mobile": "07700 900414",
     "out_of_hours": "07700 900914", "email": "philip.drummond@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Helena Marsh", "job_title": "Director of Infrastructure",
     "team": "Strategic and Corporate Services", "work_phone": "01632 960415", "mobile": "07700 900415",
     "out_of_hours": "07700 900915", "email": "helena.marsh@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Robert Penhaligon", "job_title": "General Counsel",
     "team": "Governance, Law and Democracy", "work_phone": "01632 960416", "mobile": "07700 900416",
     "out_of_hours": "07700 900416", "email": "robert.penhaligon@example.kent.gov.uk",
     "on_call_role": None},
    # Group owners, named as groups in the JCAD print
    {"name": "ASCH Divisional Directors", "job_title": "Divisional Directors, Adult Social Care and Health (group)",
     "team": "Directorate Management Team", "work_phone": "01632 960417", "mobile": "07700 900417",
     "out_of_hours": "07700 900917", "email": "asch.divisional.directors@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "ASCH Directorate Management Team",
     "job_title": "Directorate Management Team, Adult Social Care and Health (group)",
     "team": "Directorate Management Team", "work_phone": "01632 960418", "mobile": "07700 900418",
     "out_of_hours": "07700 900918", "email": "asch.dmt@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Assistant Area Directors", "job_title": "Assistant Area Directors, Adult Social Care and Health (group)",
     "team": "ASCH Area Operations", "work_phone": "01632 960419", "mobile": "07700 900419",
     "out_of_hours": "07700 900919", "email": "asch.assistant.area.directors@example.kent.gov.uk",
     "on_call_role": None},
]

REGISTERS: list[dict[str, Any]] = [
    {"name": "Adult Social Care and Health", "level": "directorate", "owner": "Eleanor Whitcombe",
     "description": (
         "Directorate risk register maintained by the ASCH Directorate Management Team (DMT) in JCAD CORE and "
         "reviewed at DMT. It oversees actions relating to budget pressures, workforce recruitment and retention, "
         "information governance, systems management, business continuity and service improvement. Reproduces the "
         "Full Risk Register printed on 29 September 2021 (Appendix B to the ASC Winter Pressures Plan 2021-22)."
     )},
    {"name": "Operations", "level": "operational", "owner": "Tobias Renshaw",
     "description": (
         "Operational risk register maintained by DMT in JCAD CORE. It oversees actions relating to recruitment and "
         "retention of specialist staff in the Approved Mental Health Professionals (AMHP) service, demands on the "
         "Deprivation of Liberty (DoLS) assessment service and systems management for Mental Health Act "
         "assessments. Reproduces the Full Risk Register printed on 29 September 2021 (Appendix C to the ASC Winter "
         "Pressures Plan 2021-22)."
     )},
    {"name": "ASCH Budget Risks", "level": "directorate", "owner": "Eleanor Whitcombe",
     "description": (
         "Adult Social Care and Health budget risks for 2024-25, drawn from Appendix G (Budget Risks Register "
         "2024-25) of the initial draft 2024-25 revenue budget and from the Adult Social Care Pressures Plan "
         "2023-24. Likelihood (1-5) is scored against the estimated maximum financial exposure in £m. Impact is "
         "banded from that exposure: Minor (1) under £1m, Moderate (2) £1m to under £5m, Significant (3) £5m to "
         "under £20m, Serious (4) £20m to under £50m, Major (5) £50m and over. Where Appendix G gives a "
         "council-wide figure (Directorate 'ALL') the description says so."
     )},
    {"name": "Corporate Risk Register", "level": "corporate", "owner": "Lucy Dunmore",
     "description": (
         "Kent County Council corporate risks relevant to adult social care. Adult Social Care and Health holds a "
         "number of risks within the corporate risk register for areas under the directorate's portfolio; "
         "directorate risks are linked to the corporate risk they feed. Reviewed by the Corporate Management Team "
         "and reported annually to Cabinet Committee."
     )},
    {"name": "Kent Enablement at Home service risks", "level": "service", "owner": "Priya Natarajan",
     "description": (
         "Service risk register for Kent Enablement at Home (KEaH), reviewed monthly at the KEaH management "
         "meeting alongside the service Business Continuity Plan. Risks scoring 15 or more are escalated to the "
         "Assistant Director, County Services for the directorate register."
     )},
]


RISKS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------------------------------------------------
    # Adult Social Care and Health (JCAD CORE print, 29-September-2021)
    # ------------------------------------------------------------------------------------------------------------
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0005",
        "title": "Continued pressures on public sector funding impacting on revenue and savings efficiencies",
        "description": (
            "There continues to be a need to achieve significant efficiencies for the foreseeable future. KCC has "
            "had to find major savings and there has been considerable pressure on budgets within the Directorate. "
            "There continues to be an increase in the demographic across the county resulting in increased demand "
            "and there is an uncertainty of the impact of COVID and how this may affect demand and services this "
            "year."
        ),
        "cause": (
            "The need to achieve significant efficiencies for the foreseeable future; considerable pressure on "
            "budgets within the Directorate; demographic increase across the county resulting in increased demand; "
            "uncertainty of the impact of COVID on demand and services."
        ),
        "consequence": (
            "Major funding pressures impacting on the delivery of social care services. Changes in demand due to "
            "COVID-19. Ability to deliver savings whilst also seeking to achieve a best in class service. The "
            "ability to accurately monitor and forecast activity and spend."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Eleanor Whitcombe",
        "status": "open",
        "inherent": None,
        "current": (5, 4),
        "previous": (4, 4),
        "target": (3, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-07-07",
        "next_review": "2021-10-07",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": (
                "Benefit realisation sub group of DMT has been established to oversee and plan the delivery of: "
                "Savings, recovery, medium term financial plan, pressures and sustainability."
            ), "owner": "Adrian Whitfield"},
            {"text": (
                "Development of a programme of activity specifically under the meaningful measures pillar to "
                "encompass future development of analytics and financial modelling. Embedding a culture of "
                "curiosity and usage of tools and reports."
            ), "owner": "Hugh Salter"},
            {"text": (
                "Monthly forecasting is in place to look at activity, demand and trends and escalating areas of "
                "concern for the directorate."
            ), "owner": "Harriet Coombes"},
            {"text": (
                "Implementation of geographical split and reduction of client silos improving system benefits. Fit "
                "for purpose operating model and development of locality models in our making a difference every "
                "day approach."
            ), "owner": "ASCH Divisional Directors"},
            {"text": (
                "Continue to work innovatively with partners, including health services, to identify any "
                "efficiencies across the wider sector. To build on Health and Social Care recovery cell action plan "
                "and partnership working arrangements as a result of COVID-19."
            ), "owner": "ASCH Divisional Directors"},
        ],
        "actions": [
            {"text": (
                "Making a difference every day approach and supporting activity established to oversee the "
                "implementation and delivery of future improvement in a comprehensive programme of activity."
            ), "owner": "Nicola Brennan", "due": "2021-10-07", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-07-07", "author": "Lorna Pembury",
             "text": "Reviewed at DMT 07/07, agreed increase to likelihood due to uncertainty this year."},
        ],
        "history": [
            {"date": "2021-07-07", "from": (4, 4), "to": (5, 4),
             "reason": "Reviewed at DMT 07/07, agreed increase to likelihood due to uncertainty this year."},
        ],
    },
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0033",
        "title": "Adult Social Care Workforce",
        "description": (
            "The recruitment and retention of staff continues to be a challenge for Adult Social Care. There is a "
            "need to ensure that a suitably qualified and experienced workforce is in place to deliver services. "
            "This includes making sure critical roles are filled with staff who have the right skill set. Staff "
            "feel engaged and supported within the workplace."
        ),
        "cause": (
            "Recruitment and retention of staff continues to be a challenge for Adult Social Care, including roles "
            "needing specialist skills; competition for staff from other employers and sectors."
        ),
        "consequence": (
            "Without the right workforce in place there is a risk that statutory services will not be delivered and "
            "there will be gaps in care provision. Ability to attract staff to work in social care and provide a "
            "competitive employment offer. Lack of experienced staff with specialist skills such as Best Interest "
            "assessors, Approved Mental Health Professionals. Gaps in training and career pathways for staff to "
            "support growth and retention. Disenchanted staff due to change, affecting motivation and productivity."
        ),
        "category": "Workforce",
        "kind": "risk",
        "owner": "Graham Pollard",
        "status": "open",
        "inherent": None,
        "current": (5, 4),
        "previous": None,
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-05-13",
        "next_review": "2021-08-13",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "The resourcing sub group to be reinstated to oversee the recruitment activity and develop a "
                "coordinated programme of activity to support recruitment and retention."
            ), "owner": "Daniel Hartley"},
            {"text": (
                "A communications plan is in place for the workforce to support increased engagement with teams on "
                "relevant matters and change activity. Internal team roadshows are underway. Regular all-staff "
                "virtual live briefing events are in place across the year which are based on themed activity. Open "
                "door sessions with the corporate director are held regularly and staff questions and answers are "
                "posted on the intranet and circulated. Communications channels include monthly Adult Social Care "
                "staff bulletins, intranet content and Making a difference every day bulletins."
            ), "owner": "Ruth Abernethy"},
            {"text": (
                "A reformed ASCH Organisational Development (OD) Group was established in Autumn 2020 to have "
                "oversight of all workforce issues affecting the Directorate."
            ), "owner": "Graham Pollard"},
            {"text": (
                "The Kent Academy was launched on 3rd July 2020, this is a dedicated space where social care staff "
                "will be thoroughly supported and encouraged to better their knowledge, skills and practice, no "
                "matter what role they hold in the service. This will be a focal point in the approach towards "
                "social care development, making sure our staff have the resources available and feel supported in "
                "terms of both professional development and career progression."
            ), "owner": "Joanne Kirkbride"},
            {"text": (
                "Availability of wellbeing resources on KNET across the organisation and a continued push in Adults "
                "with messaging and resources available to teams to encourage access and use of the tools "
                "available."
            ), "owner": "ASCH Directorate Management Team"},
        ],
        "actions": [
            {"text": (
                "To work with an external provider to develop a marketing approach and materials to support "
                "recruitment in to adult social care in Kent."
            ), "owner": "Daniel Hartley", "due": "2021-08-31", "status": "in_progress", "done": None},
            {"text": (
                "A process and guidance for staff is being drafted to support the proposed legislation that all "
                "staff coming into CQC registered care homes must have 2 doses of COVID-19 vaccination unless they "
                "are exempt."
            ), "owner": "Gemma Tolhurst", "due": "2021-08-31", "status": "in_progress", "done": None},
            {"text": (
                "A baseline assessment has been undertaken and presented to the Organisational Development Group in "
                "June 2021. The ASCH Organisational Development group will lead the development of a Strategic "
                "workforce plan which aligns to our future ways of working and our future workforce requirements."
            ), "owner": "Graham Pollard", "due": "2021-09-30", "status": "in_progress", "done": None},
            {"text": "To investigate improved reporting mechanisms to develop workforce data for local management.",
             "owner": "Lorna Pembury", "due": "2021-09-30", "status": "in_progress", "done": None},
            {"text": (
                "From the baseline assessment establishment of a short term action plan to support effective "
                "recruitment and retention in the directorate that links to our future strategic workforce plan."
            ), "owner": "Lorna Pembury", "due": "2021-09-30", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-05-13", "author": "Lorna Pembury", "text": "Updated Action dates LP."},
        ],
        "history": [],
    },
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0038",
        "title": "Information governance",
        "description": (
            "Responsibility of GDPR and Data Protection (2018) obligations are the responsibility of all ASCH staff "
            "and staff need to have a strong understanding of obligations, consequences and processes and working "
            "arrangements to ensure social care clients' data is looked after throughout their whole journey. It is "
            "paramount that strong Information Governance arrangements and working practices are in place to ensure "
            "social care clients' data is looked after throughout their whole journey. Adult Social Care & Health "
            "(ASCH) directorate are responsible for ensuring continued compliance with GDPR and Data Protection "
            "(2018) obligations. Failure to comply could lead to losses of information and data breaches which would "
            "have an impact on social care clients and cause reputational consequences. It could also mean a loss "
            "of access to data (e.g., health) and the success of this directorate is dependent on sharing "
            "information with multiple organisations to provide the best possible care and support to an "
            "individual. In significant circumstances failure to comply could also lead to fines or sanctions."
        ),
        "cause": (
            "GDPR and Data Protection (2018) obligations are the responsibility of all ASCH staff, who need a strong "
            "understanding of obligations, consequences, processes and working arrangements; the directorate "
            "depends on sharing information with multiple organisations."
        ),
        "consequence": (
            "Failure to comply with GDPR and Data Protection (2018) obligations could cause reputational damage to "
            "ASCH, impact negatively on a social care clients' support and care, lead to loss of access to data and "
            "ultimately lead to fines or sanctions."
        ),
        "category": "Information",
        "kind": "risk",
        "owner": "Eleanor Whitcombe",
        "status": "open",
        "inherent": None,
        "current": (3, 4),
        "previous": None,
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-08-17",
        "next_review": "2021-11-17",
        "linked_corporate": "CRR0039",
        "controls": [
            {"text": (
                "An information Governance action plan was agreed in December 2020 following an in-depth analysis "
                "of our current working arrangements and practices. This action plan initially set in place 22 "
                "actions to improve our compliance and working practices, the action plan is a live document and is "
                "reviewed at regular intervals throughout the year to monitor progress."
            ), "owner": "Stephen Mallory"},
        ],
        "actions": [
            {"text": (
                "Information Governance Lead to attend team meetings to raise awareness of GDPR and Data Protection "
                "(2018), regular newsletter and key briefings are scheduled for the next few months on specific "
                "topics for staff to attend and analysis on future briefings will take place."
            ), "owner": "Stephen Mallory", "due": "2021-12-20", "status": "in_progress", "done": None},
            {"text": (
                "Implement a governance structure to identify key contacts, roles, and remits for ASCH staff to use "
                "to ensure the right approval is sought, a process will be established and shared."
            ), "owner": "Stephen Mallory", "due": "2021-11-28", "status": "in_progress", "done": None},
            {"text": (
                "Review privacy notices to ensure continued transparency and identify a responsible officer for each "
                "ASCH team to maintain and monitor these in lieu of guidance, operational and legislative changes. "
                "Seeking representatives from each team to lead on the area privacy notices, supported by the "
                "Information Governance Lead."
            ), "owner": "Stephen Mallory", "due": "2021-12-31", "status": "in_progress", "done": None},
            {"text": (
                "Information Governance Lead is reviewing and updating the existing ROPA, input will be sought from "
                "key teams to ensure key information is captured."
            ), "owner": "Stephen Mallory", "due": "2021-12-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-08-17", "author": "Lorna Pembury", "text": "Reviewed control and actions 17/08/21"},
        ],
        "history": [],
    },
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0037",
        "title": "Information Asset Management",
        "description": (
            "Fit for purpose configuration of ASC systems to enable data quality, consistency and trust of data."
        ),
        "cause": (
            "Reliance on ASC systems (Mosaic and its interface with Oracle) hosted and supported by external "
            "providers (Cantium, Servelec); information held on manual spreadsheets outside Mosaic."
        ),
        "consequence": (
            "Systems failure resulting in either temporary or permanent loss of information and functionality. Poor "
            "data quality resulting in poor decision making and errors. Systems unfit for purpose. Data breaches."
        ),
        "category": "Information",
        "kind": "risk",
        "owner": "Hugh Salter",
        "status": "open",
        "inherent": None,
        "current": (4, 3),
        "previous": None,
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-05-13",
        "next_review": "2021-08-13",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "Digital Implementation Programme is in place to coordinate and oversee any systems activity. Work "
                "is happening to look at the improvement of Oracle and MOSAIC interface and appropriate links with "
                "the Strategic Reset Programme which will influence our direction."
            ), "owner": "Hugh Salter"},
            {"text": (
                "Regular disaster recovery testing is in place with Cantium. Future arrangements will move to "
                "Servelec when the contract changes."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "Monthly contract management meetings in place with Cantium and Servelec to improve performance of "
                "systems and resolve issues."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "Mosaic Systems Group operates on a monthly basis as a user group forum to discuss and escalate any "
                "matters of concern to the Digital Implementation Board."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "A data quality strategy has been published including an action plan which will be monitored by a "
                "sub group to plan and resolve high priority data quality issues."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "Emergency client report is produced overnight every day and saved for restricted use should MOSAIC "
                "be down."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "Internal processes and systems are in place as detailed in team business continuity plans for "
                "contact if telephone systems are down."
            ), "owner": "ASCH Directorate Management Team"},
        ],
        "actions": [
            {"text": (
                "Escalation of system issues and service received from Cantium is being taken to the Service review "
                "group which is led by the Director of Infrastructure."
            ), "owner": "Hugh Salter", "due": "2021-07-31", "status": "in_progress", "done": None},
            {"text": (
                "Through the annual business continuity planning process, services were consulted on their "
                "requirements should the system be down. Following analysis the emergency client report has been "
                "updated and additional consideration is underway to develop the appropriate offline forms that are "
                "required."
            ), "owner": "Stephen Mallory", "due": "2021-12-30", "status": "in_progress", "done": None},
            {"text": (
                "Following an audit of all manual spreadsheets the performance team have been working with "
                "Safeguarding to ensure all information is recorded on and reported from MOSAIC. The team will "
                "revisit the initial audit to ensure that all teams are using MOSAIC for reporting purposes and take "
                "remedial action for any spreadsheets that are still in existence."
            ), "owner": "Stephen Mallory", "due": "2021-12-31", "status": "in_progress", "done": None},
            {"text": (
                "The data flow for the Kent and Medway Care Record (KMCR) due to go live in October 2021. Ongoing "
                "discussions are taking place with Servelec regarding the installation of Graphnet to enable us to "
                "view data."
            ), "owner": "Stephen Mallory", "due": "2021-11-30", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-05-13", "author": "Lorna Pembury", "text": "Updated controls and actions"},
        ],
        "history": [],
    },
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0011",
        "title": "Business disruption",
        "description": (
            "Impact of emergency or major business disruption on the ability of the Directorate to provide essential "
            "services to meet its statutory obligations. The potential of a multitude of business resilience "
            "measures impacting together."
        ),
        "cause": (
            "Emergency or major business disruption, including several disruptions occurring together: COVID-19, "
            "seasonal and winter pressures and periods of escalation across the Kent and Medway Health and Social "
            "Care System."
        ),
        "consequence": (
            "Ability to deliver statutory services to member of the public. The potential for market failure of "
            "providers. Dealing with multiple factors of disruption within one period of time."
        ),
        "category": "Resilience",
        "kind": "risk",
        "owner": "ASCH Divisional Directors",
        "status": "open",
        "inherent": None,
        "current": (4, 3),
        "previous": (3, 3),
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-06-09",
        "next_review": "2021-09-09",
        "linked_corporate": "CRR0004",
        "controls": [
            {"text": (
                "Terms of Reference and membership of Directorate Resilience Group revised in light of current "
                "threats (COVID 19). Group frequency adjusted regularly to respond to situations - currently monthly."
            ), "owner": "Kwame Asante"},
            {"text": (
                "Management system in place to quality assure contingency arrangements including review and "
                "identification of lessons arising from the way incidents/exercises are managed. Lessons from "
                "COVID-19 are implemented into future arrangements and output of Internal audit review are embedded."
            ), "owner": "Kwame Asante"},
            {"text": (
                "To review Service Level Business Continuity Plans as part of Service Realignment. Develop new "
                "Service Level Business Continuity Plans to fit new geographical structure. Service Managers to "
                "review Plans annually or in light of significant changes or events."
            ), "owner": "Kwame Asante"},
            {"text": (
                "Revised Winter plan developed in November 2020 encompassing whole system plans. Live document to be "
                "revised on an ongoing basis."
            ), "owner": "Graham Pollard"},
            {"text": (
                "As part of the COVID 19 national pandemic technology and use of digital measures has been tested "
                "across the division, staff have been exposed to digital solutions. Ongoing development of digital "
                "solutions and functionality continues to be explored."
            ), "owner": "Hugh Salter"},
            {"text": (
                "Business Impact Analysis and Risk Assessment to be undertaken for all services, reviewed annually "
                "or when substantive changes in policy, process or procedure occur."
            ), "owner": "Assistant Area Directors"},
            {"text": (
                "Resilience plans in place setting out how the Directorate is prepared to respond to a range of "
                "threats to business continuity including the increased needs and/or service demands as a result of "
                "seasonal pressures and other periods of escalations across the Kent and Medway Health and Social "
                "Care System."
            ), "owner": "ASCH Divisional Directors"},
            {"text": (
                "Good partnership working across KCC departments and multi-agency partners including joint planning "
                "with NHS organisations and increased district working."
            ), "owner": "ASCH Directorate Management Team"},
        ],
        "actions": [
            {"text": (
                "A series of training specific to adult social care to support business resilience and bolster "
                "resource is underway testing scenarios of our incident response."
            ), "owner": "Kwame Asante", "due": "2021-11-28", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-06-09", "author": "Lorna Pembury", "text": (
                "Reviewed with KA, LP and MP. Amended Risk rating due to changes of COVID wave and winter period."
            )},
        ],
        "history": [
            {"date": "2021-06-09", "from": (3, 3), "to": (4, 3),
             "reason": "Amended Risk rating due to changes of COVID wave and winter period."},
        ],
    },
    {
        "register": "Adult Social Care and Health",
        "ref": "AH0035",
        "title": "Making a Difference Every Day Approach",
        "description": (
            "Delivery of large scale change activity across both KCC and Adult Social Care and Health ensuring "
            "alignment of priorities and proportionality. Risk that Adult Social Care and Health work in silo and "
            "miss joint working opportunities."
        ),
        "cause": (
            "Large scale change activity across both KCC (the Strategic Reset Programme) and Adult Social Care and "
            "Health running at the same time, competing for the same resources and priorities."
        ),
        "consequence": (
            "If the resources required to lead and drive the design elements at pace are not available the "
            "programme timescales may slip. Lack of staff engagement due to staff experiencing change fatigue and "
            "conflicting priorities. There is a risk that silo working will develop between workstreams, services, "
            "ASC and the strategic reset programme within KCC. There is a risk that if any other COVID-19 activity "
            "needs to be co-ordinated, planned and actioned, resource from existing project and Senior Responsible "
            "Officers would need to be diverted and could reduce the overall availability of staff to deliver "
            "elements of the making a difference every day activity. There is a risk that budgetary constraints / "
            "savings targets will impact the viability of potential solutions."
        ),
        "category": "Transformation",
        "kind": "risk",
        "owner": "Adrian Whitfield",
        "status": "open",
        "inherent": None,
        "current": (3, 3),
        "previous": None,
        "target": (2, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-07-07",
        "next_review": "2021-10-07",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "Forward planning all Making a difference every day activity and assigning resource to areas of "
                "activity is ongoing and staggering where possible."
            ), "owner": "Nicola Brennan"},
            {"text": (
                "Detailed project planning will be undertaken on each project to identify realistic timescales; "
                "there will be plans to flex and adjust based on changing circumstances."
            ), "owner": "Nicola Brennan"},
            {"text": (
                "A full range of options will be developed as potential solutions under each area of work with full "
                "investment appraisal."
            ), "owner": "Nicola Brennan"},
            {"text": (
                "Robust governance and reporting lines are in place to prevent silo working and that all Senior "
                "Responsible Officers are aware of any decisions made within each pillar of activity through weekly "
                "meeting and the Programme Board. Programme governance will ensure priorities are aligned across the "
                "whole piece."
            ), "owner": "Adrian Whitfield"},
            {"text": (
                "Joint working with children and young people teams and growth environment and transport "
                "Directorates to avoid silo working."
            ), "owner": "Adrian Whitfield"},
            {"text": "Regular Reporting to Strategic Reset Programme Board.", "owner": "Adrian Whitfield"},
            {"text": (
                "Review of provider services is a key area of work within our activity to develop future options of "
                "service delivery."
            ), "owner": "Patricia Nwosu"},
        ],
        "actions": [
            {"text": (
                "A full communications plan has been developed and deployed. Ensuring that staff, partners and the "
                "people we support can shape the future of services. Team engagement roadshows are underway, "
                "collecting staff feedback to support our messaging and areas of activity as well as via the online "
                "form and through live staff events. Regular Making a difference every day bulletins are sent out "
                "and information is shared and promoted on the intranet, encouraging staff to get involved and give "
                "feedback on upcoming work areas."
            ), "owner": "Ruth Abernethy", "due": "2021-10-07", "status": "in_progress", "done": None},
            {"text": (
                "Fortnightly dependency workshops are in place to help clarify any major interdependencies and "
                "manage shared resources; using them efficiently across the programme. Individual projects are "
                "working collaboratively where dependencies are known."
            ), "owner": "Nicola Brennan", "due": "2021-10-07", "status": "in_progress", "done": None},
            {"text": (
                "The practice model is currently being rolled out into two test and build sites. The test and build "
                "will help to inform the future model."
            ), "owner": "Joanne Kirkbride", "due": "2021-10-07", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-07-07", "author": "Lorna Pembury", "text": "Reviewed at DMT 07/07/21"},
        ],
        "history": [],
    },
    # ------------------------------------------------------------------------------------------------------------
    # Operations (JCAD CORE print, 29-September-2021)
    # ------------------------------------------------------------------------------------------------------------
    {
        "register": "Operations",
        "ref": "OPS0003",
        "title": "Recruitment and retention of AMHPs is a national and local challenge",
        "description": (
            "Uptake for new staff to undertake AMHP training is relatively low and retention can often be a "
            "challenge due to the demands of the role. There is a risk that the AMHP service cannot allocate MHA "
            "assessments to AMHPs to coordinate and complete in a timely way; this puts service users and carers at "
            "risk. It also damages the reputation of the service and KCC."
        ),
        "cause": (
            "Recruitment and retention of AMHPs is a national and local challenge. Uptake for new staff to undertake "
            "AMHP training is relatively low and retention can often be a challenge due to the demands of the role."
        ),
        "consequence": (
            "The failure to meet immediate and longer term statutory duties under the Mental Health Act could "
            "result in risks to service users and others. Recruitment and retention of AMHPs is a national and "
            "local challenge."
        ),
        "category": "Workforce",
        "kind": "risk",
        "owner": "Declan Forsythe",
        "status": "open",
        "inherent": None,
        "current": (4, 5),
        "previous": None,
        "target": (4, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-09-24",
        "next_review": "2021-12-24",
        "linked_corporate": "CRR0002",
        "controls": [
            {"text": (
                "All referrals into the Kent AMHP Service are RAGed and allocated on need and timeframes left on any "
                "current detentions."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "Information sessions take place twice a year to provide staff an overview of the AMHP training "
                "programme and encourage the right staff to undertake the training."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "The AMHP operational protocol advises staff of how to escalate if the number of AMHPs available "
                "cannot meet the demand."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "Kent AMHPs are supported within their AMHP role through peer and group supervision and other "
                "quality assurance measures that allow AMHPs to feel supported in a demanding role."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "All vacancies have been recruited to in the dedicated service however 2 roles are on maternity "
                "leave that require back fill with additional shifts which can be sourced within the workforce and "
                "funded through budget."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "Existing AMHP remuneration was reviewed and increased in August 2020. There is currently a "
                "recruitment campaign underway to try and attract AMHPs to the Kent AMHP Service as the "
                "remuneration package is now more favourable in comparison with other local authorities."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "There is a minimum number of AMHPs required for each shift. If the rota is not able to establish "
                "this number then extra work will be offered to AMHPs through either payment for additional shifts "
                "or payment for an additional assessment. Gaps in the rota are identified at the time of rota "
                "compilation and when any changes are made. This means that shifts can be covered in advance where "
                "possible."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "Flexible working opportunities are provided to AMHPs to encourage their ongoing commitment to the "
                "role."
            ), "owner": "Declan Forsythe"},
        ],
        "actions": [
            {"text": (
                "Assessments are carried out by mixed role AMHPs on a rota basis as well as dedicated AMHPs within "
                "the service to support pressure across the AMHP service. Mixed role resource has been reduced due "
                "to capacity issues within the community teams. A report will be taken to SMT to request an agreed "
                "date of increased rota capacity and agree minimum levels of resourcing. SMT will also be asked to "
                "identify the future AMHP cohort for 22/23 to begin to prepare that cohort for their portfolio "
                "evidence."
            ), "owner": "Declan Forsythe", "due": "2021-11-26", "status": "in_progress", "done": None},
            {"text": (
                "Attendance of 11 employees at the recent AMHP information session will be tracked and followed up "
                "to identify the conversion into applications."
            ), "owner": "Declan Forsythe", "due": "2021-10-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-09-24", "author": "Lorna Pembury", "text": (
                "Reviewed with Declan Forsythe on 24/09/21. Whilst recruitment to vacancies has been positive the "
                "capacity issues in the mixed role rota continue to cause pressure in the service and planning for "
                "future mixed role capacity is underway."
            )},
        ],
        "history": [],
    },
    {
        "register": "Operations",
        "ref": "OPS0005",
        "title": "Deprivation of Liberty Assessments",
        "description": (
            "A risk that service users in community settings are not being assessed in accordance with statutory "
            "requirements."
        ),
        "cause": (
            "Significant demand on the service to complete DoLS assessments following a Court decision impacting on "
            "all Councils. Delay of LPS until April 2022."
        ),
        "consequence": (
            "Some service users may be living in circumstances where their liberty is being unreasonably "
            "restricted. Potential breach of 14 day assessment timeline, therefore leaving KCC open to legal "
            "challenge."
        ),
        "category": "Safeguarding",
        "kind": "risk",
        "owner": "Corinne Walsh",
        "status": "open",
        "inherent": None,
        "current": (4, 5),
        "previous": None,
        "target": (4, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-08-17",
        "next_review": "2021-11-17",
        "linked_corporate": "CRR0002",
        "controls": [
            {"text": (
                "Twice a month performance meetings are in place to monitor the activity, forecast and align "
                "resources."
            ), "owner": "Corinne Walsh"},
            {"text": (
                "New Pathways have been introduced to support more proportionate assessment for service users and "
                "what was referred to as a backlog is now monitored on a quarterly basis to see if the circumstances "
                "for the person have changed. At this point cases can be re-prioritised as necessary."
            ), "owner": "Corinne Walsh"},
            {"text": (
                "The capacity for authorisations has been expanded and all service managers are to be part of the "
                "rota system."
            ), "owner": "Corinne Walsh"},
            {"text": (
                "Project resource has been agreed to support implementation of recommendations from the Local "
                "Government Ombudsman report."
            ), "owner": "Corinne Walsh"},
        ],
        "actions": [
            {"text": (
                "Funding for 15 new best interest assessors has been agreed in adults with training to commence in "
                "December; those staff will be ready to practise at the end of March 22."
            ), "owner": "Corinne Walsh", "due": "2022-03-31", "status": "in_progress", "done": None},
            {"text": (
                "Project planning for LPS is underway and a timeline of activity is set out. Project Manager is in "
                "place. Task and finish groups will be established as part of the project once the code of practice "
                "has been issued, and it will report on progress to SMT."
            ), "owner": "Corinne Walsh", "due": "2022-03-31", "status": "in_progress", "done": None},
            {"text": (
                "Volume and current processes for Community DoLS are being scoped to understand the implications "
                "this may have once the changes in legislation take effect."
            ), "owner": "Corinne Walsh", "due": "2021-12-31", "status": "in_progress", "done": None},
            {"text": (
                "A business case was presented to the Director of North Kent summarising the requirements for "
                "additional resource following temporary provision. A bid was placed and approved under the Contain "
                "Outbreak Management Fund and £431k was awarded on 1 September 2021 and will go towards temporary "
                "resource and preparation for the legislation changes on 1st April 2022."
            ), "owner": "Corinne Walsh", "due": "2022-03-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2021-08-17", "author": "Lorna Pembury", "text": "Reviewed controls and actions on 12/08/21"},
        ],
        "history": [],
    },
    {
        "register": "Operations",
        "ref": "OPS0059",
        "title": "Complex systems that Mental Health Act Assessments work within cause stress and delays",
        "description": (
            "There is a risk that the delays and frustration of the systems that AMHPs work in add to the delays "
            "for MHA assessments and increase stress levels for AMHPs."
        ),
        "cause": (
            "Mental Health Act Assessment is reliant on many partner organisations and systems to ensure that the "
            "assessment can be undertaken and many of these systems cause delays and additional stress for AMHPs."
        ),
        "consequence": (
            "There is a risk that the system challenges will increase risk to service users and carers and lead to "
            "staff stress causing sickness and poor retention."
        ),
        "category": "Service delivery",
        "kind": "risk",
        "owner": "Declan Forsythe",
        "status": "open",
        "inherent": None,
        "current": (4, 4),
        "previous": None,
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2021-09-24",
        "next_review": "2021-11-05",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "System challenges are logged each shift and raised individually with the appropriate partners. "
                "Escalation protocols are in place."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "Service users waiting for assessment, particularly those in the community, have a plan agreed with "
                "the referrer to assist the service user and carer whilst the Mental Health Act assessment is being "
                "scheduled."
            ), "owner": "Declan Forsythe"},
            {"text": "Daily Liaison calls are in place with the Mental Health Trust to review bed availability.",
             "owner": "Declan Forsythe"},
            {"text": (
                "All partners are included in a section 136 Improvement Group where system issues can be escalated "
                "as a whole system."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "A new forum to review individual cases and the delays across the system has been implemented and "
                "will be attended by Team managers to discuss and escalate issues."
            ), "owner": "Declan Forsythe"},
            {"text": (
                "A new forum focusing on pathways has been created and is attended by Team managers to support "
                "partnership working."
            ), "owner": "Declan Forsythe"},
        ],
        "actions": [],
        "review_comments": [
            {"date": "2021-09-24", "author": "Lorna Pembury", "text": (
                "Reviewed on 24/09 with Declan Forsythe. No movement in the system but new forums have been created "
                "to support pathway and individual case review. To monitor frequently any changes due to bed "
                "availability issues."
            )},
        ],
        "history": [],
    },
    # ------------------------------------------------------------------------------------------------------------
    # ASCH Budget Risks (Appendix G Budget Risks Register 2024-25; ASC Pressures Plan 2023-24)
    # ------------------------------------------------------------------------------------------------------------
    {
        "register": "ASCH Budget Risks",
        "ref": "BR001",
        "title": "Market sustainability",
        "description": (
            "If staffing levels remain low, vacancies unfilled and retention poor, then repeated pressure to "
            "increase pay of care staff employed in the voluntary/private sector in order to be able to compete in "
            "recruitment market. At the moment vacancy level said to be 1 in 10. Appendix G estimate for ASCH and "
            "CYPE: £20.0m."
        ),
        "cause": (
            "The long term impact of Covid-19 is still impacting on the social care market, and there continues to "
            "be concerns about the sustainability of the sector. All areas of the social care sector are under "
            "pressure in particular around workforce capacity, including both recruitment and retention of staff "
            "especially for providers of services in the community, meaning that sourcing appropriate packages for "
            "all those who need it is becoming difficult. Increases in the costs of care packages and placements "
            "are far greater than expected and budgeted for, due to pressures in the market and the increased needs "
            "and complexities of people requiring social care support."
        ),
        "consequence": (
            "Care Homes closures are not an infrequent occurrence and whilst some homes that close are either too "
            "small or poor quality others are making informed business decisions to exit the market. The more homes "
            "that exit in this unplanned manner further depletes choice and volume of beds which can create "
            "pressures in the system regarding throughput and discharge from hospital thus potentially increasing "
            "price."
        ),
        "category": "Market",
        "kind": "risk",
        "owner": "Imogen Farrant",
        "status": "open",
        "inherent": (5, 4),
        "current": (5, 4),
        "previous": (5, 4),
        "target": (4, 4),
        "financial_exposure_m": 20.0,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": "CRR0015",
        "controls": [
            {"text": (
                "Market Sustainability and Improvement Fund (Kent share £10m of the £600m announced in July 2023) "
                "used to boost capacity and support the adult social care workforce."
            ), "owner": "Imogen Farrant"},
            {"text": (
                "System-Wide Market Pressures Action Plan, including the Care Friends app, care job fairs with Job "
                "Centre Plus and promotion of care jobs through Kent Care Professional."
            ), "owner": "Imogen Farrant"},
            {"text": (
                "Locality Commissioners work with health colleagues to support providers rated Requires Improvement "
                "or Inadequate by CQC without reducing capacity in the market."
            ), "owner": "Sian Llewellyn"},
            {"text": (
                "Quarterly monitoring of the average cost of new support packages (ASCH12) and the number of people "
                "waiting for Care and Support in the Home."
            ), "owner": "Harriet Coombes"},
        ],
        "actions": [
            {"text": (
                "Negotiate 2024-25 provider fee uplifts within the price provision in the Medium Term Financial Plan."
            ), "owner": "Imogen Farrant", "due": "2024-03-31", "status": "in_progress", "done": None},
            {"text": (
                "Develop micro providers to deliver non-regulated activities and free up Care and Support in the "
                "Home capacity in East Kent."
            ), "owner": "Sian Llewellyn", "due": "2024-03-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2023-10-23", "author": "Harriet Coombes", "text": (
                "Reviewed at DMT 23/10/23 with the Pressures Plan. Likelihood held at Very Likely (5) against the "
                "Appendix G estimate of £20.0m."
            )},
        ],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR002",
        "title": "Non delivery of ASCH savings and income",
        "description": (
            "Inability to progress with plans to generate savings or additional income as scheduled, due to "
            "changing circumstances. ASCH transformation and efficiency savings for 2024-25 total £39.8m, including "
            "phase 2 of the ASCH restructure (£24.6m) and negotiated 5% reductions in Older People's Residential & "
            "Nursing (£8.0m) and Care & Support in the Home (£3.4m) contract expenditure. Appendix G council-wide "
            "estimate (ALL): £103.1m."
        ),
        "cause": "Changes in circumstances, resulting in delays in the delivery of agreed savings or income.",
        "consequence": (
            "Overspend on the revenue budget, requiring alternative compensating in year savings or temporary "
            "unbudgeted funding from reserves. Potential recurring budget pressure for future years."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Fiona Lindqvist",
        "status": "open",
        "inherent": (5, 4),
        "current": (4, 4),
        "previous": (4, 4),
        "target": (3, 4),
        "financial_exposure_m": 39.8,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": "Savings delivery tracked monthly with separate analysis in the revenue budget monitoring.",
             "owner": "Harriet Coombes"},
            {"text": (
                "Securing Kent's Future budget recovery strategy sets out the savings and avoidance of future cost "
                "increases needed over 2024-27."
            ), "owner": "Eleanor Whitcombe"},
            {"text": "Regular review of new and existing care packages to ensure that they achieve the best outcomes.",
             "owner": "Martin Oduya"},
        ],
        "actions": [
            {"text": (
                "Agree the delivery plan for phase 2 of the ASCH restructure, with savings profiled by month."
            ), "owner": "Fiona Lindqvist", "due": "2024-01-31", "status": "in_progress", "done": None},
            {"text": (
                "Open negotiations with Older People's Residential & Nursing and Care & Support in the Home "
                "providers on the 5% contract expenditure reductions."
            ), "owner": "Imogen Farrant", "due": "2024-02-29", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2023-11-23", "author": "Harriet Coombes",
             "text": "Exposure set to the ASCH share of 2024-25 transformation and efficiency savings (£39.8m)."},
        ],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR003",
        "title": "2023-24 adult social care overspend",
        "description": (
            "Overspend against the 2023-24 adult social care revenue budget is not brought back into balance by "
            "31 March 2024 and has to be met from reserves. The latest forecast overspend on adult social care "
            "services is approximately £25m before management action and allocation of grants."
        ),
        "cause": (
            "Increases in the numbers of people requiring support, the increased needs of individuals and higher "
            "costs for new people requiring services; most significantly older people in long term residential and "
            "nursing care, and supported living for younger adults with learning disability, mental health and "
            "physical needs."
        ),
        "consequence": (
            "Insufficient reserves available to manage risks in 2023-24 and future years; the full year effect of "
            "current overspends adds to the 2024-25 budget gap."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Harriet Coombes",
        "status": "open",
        "inherent": (5, 4),
        "current": (4, 4),
        "previous": (5, 4),
        "target": (3, 4),
        "financial_exposure_m": 25.0,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-01-23",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": (
                "Monthly forecasting of activity, demand and trends, escalating areas of concern to DMT."
            ), "owner": "Harriet Coombes"},
            {"text": (
                "Restraint on non-committed spending for the remainder of the year under the 2023-24 recovery "
                "strategy."
            ), "owner": "Eleanor Whitcombe"},
            {"text": (
                "System Discharge Pathways Programme works with the Kent and Medway Integrated Care Board on "
                "whole-system commissioning and funding of discharge services."
            ), "owner": "Owen Treharne"},
        ],
        "actions": [
            {"text": "Report the quarter 3 forecast and management action to Cabinet.",
             "owner": "Harriet Coombes", "due": "2024-01-25", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2023-11-23", "author": "Harriet Coombes", "text": (
                "Likelihood reduced to Likely (4) after allocation of the Market Sustainability and Improvement Fund "
                "and Discharge Fund; it is likely there will remain a financial pressure at the end of the year."
            )},
        ],
        "history": [
            {"date": "2023-11-23", "from": (5, 4), "to": (4, 4), "reason": (
                "Allocation of grants and management action reduce the forecast; a pressure is still likely at "
                "year end."
            )},
        ],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR004",
        "title": "Demand and cost drivers",
        "description": (
            "Non inflationary cost increases (cost drivers) continue on recent upward trends particularly but not "
            "exclusively in adult social care, children in care and home to school transport above the current MTFP "
            "assumptions and the council is not able to suppress these. The 2024-25 budget provides £50.6m for "
            "adult social care demand and cost drivers (£34.9m vulnerable adults, £15.7m older people). Appendix G "
            "council-wide estimate (ALL): £10.0m."
        ),
        "cause": (
            "The Council must ensure that the Medium Term Financial Plan (MTFP) includes robust estimates for "
            "spending pressures."
        ),
        "consequence": (
            "Additional unfunded cost that leads to an overspend on the revenue budget, requiring compensating in "
            "year savings or temporary unbudgeted funding from reserves. Potential recurring budget pressure for "
            "future years."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Martin Oduya",
        "status": "open",
        "inherent": (4, 4),
        "current": (4, 3),
        "previous": (4, 3),
        "target": (3, 3),
        "financial_exposure_m": 10.0,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": (
                "Demand modelling for the full year effect of current costs of care, young people coming into adult "
                "social care through transition and people whose needs are becoming more complex."
            ), "owner": "Stephen Mallory"},
            {"text": (
                "Digital Front Door and digital self-assessment to prevent, reduce and delay the need for social care."
            ), "owner": "Adrian Whitfield"},
            {"text": "Technology Enhanced Lives service live countywide from 1 November 2023.",
             "owner": "Adrian Whitfield"},
        ],
        "actions": [
            {"text": "Refresh the demand and cost driver forecast for the final 2024-25 budget.",
             "owner": "Harriet Coombes", "due": "2024-01-12", "status": "done", "done": "2024-01-10"},
        ],
        "review_comments": [
            {"date": "2023-11-23", "author": "Harriet Coombes",
             "text": "Scored on the Appendix G council-wide estimate; ASCH is the largest contributor."},
        ],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR005",
        "title": "Revenue inflation on care packages",
        "description": (
            "Price pressures rise above the current MTFP assumptions and we are unsuccessful at suppressing these "
            "increases. The 2024-25 budget provides £28.5m for contractual and negotiated price increases across "
            "adult social care packages. Appendix G council-wide estimate (ALL): £21.0m."
        ),
        "cause": (
            "The Council must ensure that the Medium Term Financial Plan (MTFP) includes robust estimates for "
            "spending pressures. Inflation in 2023 has not fallen as fast as forecast; each 1% adds around £14m to "
            "council costs."
        ),
        "consequence": (
            "Additional unfunded cost that leads to an overspend on the revenue budget, requiring compensating in "
            "year savings or temporary unbudgeted funding from reserves. Potential recurring budget pressure for "
            "future years."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Imogen Farrant",
        "status": "open",
        "inherent": (5, 4),
        "current": (4, 4),
        "previous": (4, 4),
        "target": (3, 4),
        "financial_exposure_m": 21.0,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": "Inflationary uplifts applied according to the terms of individual contracts, including timing.",
             "owner": "Imogen Farrant"},
            {"text": "Price provision in the MTFP reviewed against ONS CPI at each budget draft.",
             "owner": "Harriet Coombes"},
        ],
        "actions": [],
        "review_comments": [],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR006",
        "title": "Urgent and Emergency Care grant conditions",
        "description": (
            "Schemes funded from the £2.89m Local Authority Urgent and Emergency Care Support Fund allocation "
            "(£2,892,188) are not delivered over winter 2023-24 or cannot be shown to be additional, and funding is "
            "clawed back."
        ),
        "cause": (
            "Grant criteria require schemes to be deliverable over the winter period and additional to existing "
            "expenditure and capacity plans, with Section 151 officer assurance and interim (January 2024) and final "
            "(May 2024) reports."
        ),
        "consequence": (
            "Repayment of unspent or ineligible grant; reduced capacity in Home First, step-down provision and the "
            "Rapid Transfers Dementia Service this winter."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Fiona Lindqvist",
        "status": "open",
        "inherent": (3, 2),
        "current": (2, 2),
        "previous": None,
        "target": (2, 2),
        "financial_exposure_m": 2.89,
        "treatment": "accept",
        "acceptance": {"by": "Eleanor Whitcombe", "on": "2023-11-23", "until": "2024-05-31"},
        "last_review": "2023-11-23",
        "next_review": "2024-01-31",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "Delivery and performance of schemes monitored through the Better Care Fund and Joint Commissioning "
                "Management Group governance."
            ), "owner": "Fiona Lindqvist"},
            {"text": "Monthly Discharge Fund capacity returns include capacity bought with this funding.",
             "owner": "Harriet Coombes"},
        ],
        "actions": [
            {"text": "Submit the KCC proposal to the Department of Health and Social Care.",
             "owner": "Fiona Lindqvist", "due": "2023-09-29", "status": "done", "done": "2023-09-28"},
            {"text": "Submit the interim report on progress against planned spend.",
             "owner": "Harriet Coombes", "due": "2024-01-31", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2023-11-23", "author": "Eleanor Whitcombe", "text": (
                "Risk accepted at Unlikely / Moderate: schemes enhance existing services and are deliverable this "
                "winter. Acceptance to be reviewed after the final report."
            )},
        ],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR007",
        "title": "Client contribution income under-recovered",
        "description": (
            "Uplifts to social care client contributions assumed in the 2024-25 budget (£6.3m across older people "
            "and vulnerable adults) are not collected as the high cost of living affects people's ability to pay."
        ),
        "cause": (
            "Cost-of-living pressures on people drawing on care and support; the budget already increases the bad "
            "debt provision by £0.3m."
        ),
        "consequence": "Income shortfall and higher bad debt write-offs, adding to the overspend.",
        "category": "Financial",
        "kind": "risk",
        "owner": "Hugh Salter",
        "status": "open",
        "inherent": (4, 3),
        "current": (3, 3),
        "previous": (3, 3),
        "target": (2, 3),
        "financial_exposure_m": 6.3,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": None,
        "controls": [
            {"text": "Financial assessments in line with the Care Act and the Adults Charging Policy.",
             "owner": "Hugh Salter"},
            {"text": (
                "People in financial hardship signposted to KCC's financial hardship programme and partner support."
            ), "owner": "Hugh Salter"},
        ],
        "actions": [
            {"text": "Complete the review of the Adults Charging Policy.",
             "owner": "Hugh Salter", "due": "2024-03-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [],
        "history": [],
    },
    {
        "register": "ASCH Budget Risks",
        "ref": "BR008",
        "title": "Short-term social care grants not baselined",
        "description": (
            "Grant funding for adult social care available in 2023-24 and 2024-25 is not continued into later years. "
            "KCC's estimated Market Sustainability and Improvement Fund in 2024-25 is £21.7m."
        ),
        "cause": (
            "The inadequacy of medium to long term sustainable funding for adult social care remains; the local "
            "government finance settlement gives individual allocations one year at a time and funding reform has "
            "been delayed until 2025 at the earliest."
        ),
        "consequence": "Recurring spending funded from one-off grants becomes an unfunded pressure from 2025-26.",
        "category": "Financial",
        "kind": "risk",
        "owner": "Eleanor Whitcombe",
        "status": "open",
        "inherent": (3, 4),
        "current": (3, 4),
        "previous": None,
        "target": (3, 4),
        "financial_exposure_m": 21.7,
        "treatment": "reduce",
        "last_review": "2023-11-23",
        "next_review": "2024-02-23",
        "linked_corporate": "CRR0009",
        "controls": [
            {"text": "Grant-funded schemes set up as time-limited with exit plans.", "owner": "Harriet Coombes"},
        ],
        "actions": [
            {"text": "Reassess after the 2023 Autumn Budget statement and the provisional settlement.",
             "owner": "Harriet Coombes", "due": "2024-01-31", "status": "open", "done": None},
        ],
        "review_comments": [],
        "history": [],
    },
    # ------------------------------------------------------------------------------------------------------------
    # Corporate Risk Register
    # ------------------------------------------------------------------------------------------------------------
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0002",
        "title": "Safeguarding - protecting adults at risk",
        "description": (
            "The Council's duties to make safeguarding enquiries under the Care Act 2014, and its responsibilities "
            "under the Mental Capacity Act 2005 (Deprivation of Liberty Safeguards) and the Mental Health Act 1983, "
            "are not met in a timely way, leaving adults at risk of abuse or neglect without protection."
        ),
        "cause": (
            "High volumes of Care Needs Assessments, annual reviews and Deprivation of Liberty Safeguards "
            "applications (over 2,000 a quarter); open safeguarding enquiries rising since the move to locality "
            "working while safeguarding skills are embedded across all teams; staffing capacity in teams; "
            "inappropriate safeguarding referrals from acute hospitals and trusts."
        ),
        "consequence": (
            "Harm to adults at risk; breach of statutory duties; legal challenge and Local Government and Social "
            "Care Ombudsman findings; adverse CQC assessment of the local authority; reputational damage."
        ),
        "category": "Safeguarding",
        "kind": "risk",
        "owner": "Eleanor Whitcombe",
        "status": "open",
        "inherent": (4, 5),
        "current": (3, 5),
        "previous": (3, 5),
        "target": (2, 5),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-10-14",
        "next_review": "2027-01-14",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "Kent and Medway Safeguarding Adults Board multi-agency policy, protocols and guidance in place and "
                "audited."
            ), "owner": "Joanne Kirkbride"},
            {"text": (
                "Quarterly performance reporting to Cabinet Committee on Care Needs Assessments, annual reviews, "
                "Deprivation of Liberty Safeguards applications and open safeguarding enquiries."
            ), "owner": "Stephen Mallory"},
            {"text": "Locality managers have strategies to address performance and prioritise risk.",
             "owner": "Martin Oduya"},
            {"text": (
                "Deprivation of Liberty Safeguards applications triaged on receipt; all service managers on the "
                "authorisation rota."
            ), "owner": "Corinne Walsh"},
            {"text": "Safeguarding concerns actioned at first contact by social workers in each Adult Social Care "
                     "Connect hub.", "owner": "Rachel Oyelaran"},
        ],
        "actions": [
            {"text": (
                "Embed safeguarding practice across all locality teams, with quarterly practice audits."
            ), "owner": "Joanne Kirkbride", "due": "2027-03-31", "status": "in_progress", "done": None},
            {"text": (
                "Agree with acute hospitals and trusts what an appropriate safeguarding referral is and strengthen "
                "local links."
            ), "owner": "Fiona Lindqvist", "due": "2026-12-31", "status": "in_progress", "done": None},
            {"text": "Evaluate the area referral service / safeguarding transformation project.",
             "owner": "Rachel Oyelaran", "due": "2026-09-30", "status": "done", "done": "2026-09-25"},
        ],
        "review_comments": [
            {"date": "2026-10-14", "author": "Lucy Dunmore", "text": (
                "Reviewed with the risk owner. Open enquiries remain highest in teams covering acute hospitals; "
                "score unchanged."
            )},
        ],
        "history": [],
    },
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0004",
        "title": "Simultaneous emergency response, recovery and resilience",
        "description": (
            "The Council cannot discharge its duties as a Category 1 responder under the Civil Contingencies Act "
            "2004, or maintain its critical services, when several emergencies or disruptions occur together or "
            "recovery from one overlaps the response to the next."
        ),
        "cause": (
            "Severe weather (storms Eunice and Franklin in February 2022, heatwaves, flooding), fuel supply "
            "disruption (September 2021), power and water outages, loss of key ICT, infectious disease outbreaks "
            "and care home evacuations, on top of sustained pressure across the health and social care system."
        ),
        "consequence": (
            "Harm to vulnerable residents; interruption of critical services such as care and support in the home, "
            "enablement and residential care; breach of statutory duties; cost of response and recovery; "
            "reputational damage."
        ),
        "category": "Resilience",
        "kind": "risk",
        "owner": "Philip Drummond",
        "status": "open",
        "inherent": (5, 5),
        "current": (4, 4),
        "previous": (4, 5),
        "target": (3, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-10-21",
        "next_review": "2027-01-21",
        "linked_corporate": None,
        "controls": [
            {"text": (
                "KCC Emergency Plan and multi-agency arrangements through the Kent Resilience Forum and the Local "
                "Health Resilience Partnership."
            ), "owner": "Philip Drummond"},
            {"text": (
                "The ASCH Directorate Resilience Group maintains oversight of business continuity, emergency "
                "planning and related workstreams on behalf of DMT."
            ), "owner": "Alison Markham"},
            {"text": (
                "Service Business Continuity Plans aligned to the locality operating model, reviewed annually and "
                "stress tested against power outage and fuel disruption scenarios."
            ), "owner": "Kwame Asante"},
            {"text": (
                "Operational Pressures Escalation Plan and Adverse Weather Plan aligned to the NHS England framework "
                "and the UKHSA severe weather framework."
            ), "owner": "Kwame Asante"},
            {"text": (
                "Post-incident and exercise debriefs (including Exercise Lemur, November 2022, and Exercise Mighty "
                "Oak, March 2023) with recommendations taken forward through the annual programme of work."
            ), "owner": "Megan Pryce"},
        ],
        "actions": [
            {"text": (
                "Cross-reference lessons from incident and exercise debriefs to identify common themes for KCC-wide "
                "and multi-agency work."
            ), "owner": "Megan Pryce", "due": "2026-11-30", "status": "in_progress", "done": None},
            {"text": (
                "Through the Kent Resilience Forum, press central government to include care workers who use their "
                "own vehicles in national fuel prioritisation."
            ), "owner": "Kwame Asante", "due": "2027-03-31", "status": "open", "done": None},
            {"text": "Run a no-notice call cascade test for all in-house residential services.",
             "owner": "Kwame Asante", "due": "2026-10-31", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2026-04-20", "author": "Lucy Dunmore", "text": (
                "Impact reduced to Serious (4) after the power outage and fuel disruption exercise programme and "
                "approval of the Power Outage Response Plan."
            )},
            {"date": "2026-10-21", "author": "Lucy Dunmore",
             "text": "Reviewed at CMT. Score unchanged; national fuel planning action carried forward."},
        ],
        "history": [
            {"date": "2026-04-20", "from": (4, 5), "to": (4, 4), "reason": (
                "Power Outage Response Plan approved; service BCPs stress tested against power and fuel scenarios."
            )},
        ],
    },
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0009",
        "title": "Future financial and operating environment for local government",
        "description": (
            "The Council cannot set and deliver a balanced, sustainable budget over the medium term while meeting "
            "its statutory duties."
        ),
        "cause": (
            "Inadequate medium to long term funding for adult social care; uncertainty whether one-off grants "
            "continue; demand and cost growth above Medium Term Financial Plan assumptions; inflation; reserves "
            "reduced by the 2022-23 overspend (£47.1m, the first in 23 years)."
        ),
        "consequence": (
            "Unplanned in-year spending controls and service reductions; further drawdown of reserves reducing "
            "financial resilience; reduced capacity to absorb the cost of emergencies."
        ),
        "category": "Financial",
        "kind": "risk",
        "owner": "Andrew Felton",
        "status": "open",
        "inherent": (5, 5),
        "current": (5, 5),
        "previous": (4, 5),
        "target": (4, 5),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-10-07",
        "next_review": "2027-01-07",
        "linked_corporate": None,
        "controls": [
            {"text": "Monthly revenue budget monitoring to CMT with separate analysis of savings delivery.",
             "owner": "Andrew Felton"},
            {"text": (
                "Directorate budget risk registers score likelihood against estimated maximum financial exposure "
                "and are published with the draft budget."
            ), "owner": "Harriet Coombes"},
            {"text": "Plan to restore general reserves to 5% of the net revenue budget.", "owner": "Andrew Felton"},
        ],
        "actions": [
            {"text": "Close the gap in the draft 2027-28 budget before the February budget meeting.",
             "owner": "Andrew Felton", "due": "2027-02-12", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2026-10-07", "author": "Lucy Dunmore", "text": "Reviewed at CMT. Score unchanged."},
        ],
        "history": [
            {"date": "2023-06-29", "from": (4, 5), "to": (5, 5), "reason": (
                "2022-23 outturn: first revenue overspend in 23 years, balanced by drawdown from general and risk "
                "reserves."
            )},
        ],
    },
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0014",
        "title": "Cyber and information security resilience",
        "description": (
            "A successful cyber attack or major security failure denies the Council access to its systems and data "
            "for a prolonged period or compromises personal data."
        ),
        "cause": (
            "Persistent and evolving threat to the public sector, including ransomware and phishing; dependence on "
            "hosted systems and suppliers (Mosaic hosted by Servelec; infrastructure from Cantium); remote and "
            "mobile working."
        ),
        "consequence": (
            "Loss of access to client records, telephony and email; inability to arrange or pay for care; data "
            "breach and regulatory action by the Information Commissioner; cost of recovery; reputational damage."
        ),
        "category": "Information",
        "kind": "risk",
        "owner": "Helena Marsh",
        "status": "open",
        "inherent": (5, 5),
        "current": (4, 5),
        "previous": (4, 5),
        "target": (3, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-08-03",
        "next_review": "2026-11-03",
        "linked_corporate": None,
        "controls": [
            {"text": "Regular disaster recovery testing with system suppliers.", "owner": "Helena Marsh"},
            {"text": (
                "Emergency client report is produced overnight every day and saved for restricted use should Mosaic "
                "be down."
            ), "owner": "Neil Harcourt"},
            {"text": (
                "Service Business Continuity Plans hold offline forms and manual workarounds for loss of Mosaic and "
                "telephony."
            ), "owner": "Kwame Asante"},
            {"text": "Mandatory information security training, multi-factor authentication and phishing simulation.",
             "owner": "Helena Marsh"},
        ],
        "actions": [
            {"text": "Run a cyber incident tabletop exercise with Adult Social Care and Health and the ICT provider.",
             "owner": "Kwame Asante", "due": "2027-02-26", "status": "open", "done": None},
            {"text": "Complete the annual review of critical ICT dependencies and recovery times in service BCPs.",
             "owner": "Neil Harcourt", "due": "2026-10-30", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2026-08-03", "author": "Lucy Dunmore", "text": "Reviewed with the risk owner. Score unchanged."},
        ],
        "history": [],
    },
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0015",
        "title": "Sustainability of the social care market",
        "description": (
            "The social care market in Kent cannot provide sufficient, good quality and affordable care and support "
            "to meet the Council's duties under the Care Act 2014."
        ),
        "cause": (
            "Workforce capacity across the care sector (vacancies around 1 in 10, high turnover), cost-of-living "
            "pressure on care staff, rising provider costs, and the increased needs and complexity of people "
            "requiring support."
        ),
        "consequence": (
            "Care home closures and provider exits deplete choice and volume of beds; delays to hospital discharge; "
            "people waiting for Care and Support in the Home (highest in East Kent, especially Thanet); costs above "
            "budget; contract suspensions where quality falls."
        ),
        "category": "Market",
        "kind": "risk",
        "owner": "Eleanor Whitcombe",
        "status": "open",
        "inherent": (5, 5),
        "current": (5, 4),
        "previous": (5, 4),
        "target": (4, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-10-14",
        "next_review": "2027-01-14",
        "linked_corporate": None,
        "controls": [
            {"text": "Market Sustainability and Improvement Fund used to boost capacity and support the workforce.",
             "owner": "Imogen Farrant"},
            {"text": (
                "Locality Commissioners support providers rated Requires Improvement or Inadequate; contract "
                "suspensions prevent further placements where needed."
            ), "owner": "Sian Llewellyn"},
            {"text": (
                "Learning and Development Hub supports registered managers, training, recruitment and retention in "
                "the care sector."
            ), "owner": "Imogen Farrant"},
        ],
        "actions": [
            {"text": "Publish the updated Market Position Statement and Market Sustainability Plan.",
             "owner": "Imogen Farrant", "due": "2027-03-31", "status": "open", "done": None},
            {"text": "Extend micro-provider development to free up Care and Support in the Home capacity in Thanet.",
             "owner": "Sian Llewellyn", "due": "2026-12-31", "status": "in_progress", "done": None},
        ],
        "review_comments": [
            {"date": "2026-10-14", "author": "Lucy Dunmore", "text": "Reviewed with the risk owner. Score unchanged."},
        ],
        "history": [],
    },
    {
        "register": "Corporate Risk Register",
        "ref": "CRR0039",
        "title": "Information governance",
        "description": (
            "The Council fails to comply with UK GDPR and the Data Protection Act 2018 in the way it collects, "
            "holds and shares personal data."
        ),
        "cause": (
            "Data protection obligations rest with all staff; high volumes of sensitive personal data shared with "
            "many partner organisations; changes in systems, teams and legislation."
        ),
        "consequence": (
            "Data breaches harming individuals; loss of access to shared data (e.g. health); fines or sanctions; "
            "reputational damage."
        ),
        "category": "Information",
        "kind": "risk",
        "owner": "Robert Penhaligon",
        "status": "open",
        "inherent": (4, 4),
        "current": (3, 4),
        "previous": (3, 4),
        "target": (2, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-09-30",
        "next_review": "2026-12-31",
        "linked_corporate": None,
        "controls": [
            {"text": "Directorate Information Governance action plans, reviewed at regular intervals.",
             "owner": "Stephen Mallory"},
            {"text": "Mandatory data protection training and regular briefings for staff.",
             "owner": "Robert Penhaligon"},
            {"text": (
                "Record of Processing Activities (ROPA) and privacy notices maintained, with a responsible officer "
                "for each team."
            ), "owner": "Stephen Mallory"},
        ],
        "actions": [
            {"text": "Review data sharing agreements with NHS partners for the Kent and Medway Care Record.",
             "owner": "Stephen Mallory", "due": "2027-01-29", "status": "open", "done": None},
        ],
        "review_comments": [],
        "history": [],
    },
    # ------------------------------------------------------------------------------------------------------------
    # Kent Enablement at Home service risks
    # ------------------------------------------------------------------------------------------------------------
    {
        "register": "Kent Enablement at Home service risks",
        "ref": "KEAH001",
        "title": "Support worker staffing falls below safe levels",
        "description": (
            "KEaH cannot staff enough rostered hours to deliver enablement visits and accept hospital discharges."
        ),
        "cause": (
            "Vacancies and turnover to retail and hospitality with the cost of living; winter sickness (COVID-19, "
            "flu and RSV); annual leave peaks; sustained demand from hospital discharge."
        ),
        "consequence": (
            "Patches unable to take new clients; delayed hospital discharges; people waiting at home without "
            "support; escalation to OPEL 3 or 4 across the system."
        ),
        "category": "Workforce",
        "kind": "risk",
        "owner": "Priya Natarajan",
        "status": "open",
        "inherent": (5, 4),
        "current": (4, 4),
        "previous": (3, 4),
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-10-20",
        "next_review": "2026-11-20",
        "linked_corporate": None,
        "controls": [
            {"text": "Weekly sitrep completed by all KEaH teams identifies pressures for staffing and capacity.",
             "owner": "Colin Baptiste"},
            {"text": (
                "Staffing thresholds in the BCP: below 75% redeploy staff from other functions; below 50% "
                "Director-level sharing of resource across the Directorate."
            ), "owner": "Priya Natarajan"},
            {"text": (
                "Staff within Provider Services not fulfilling their contractual hours considered for temporary "
                "redeployment into KEaH."
            ), "owner": "Patricia Nwosu"},
            {"text": (
                "Supervisors on duty at weekends and bank holidays can reduce or close clients to create capacity."
            ), "owner": "Shauna McBride"},
        ],
        "actions": [
            {"text": "Winter recruitment campaign for support workers in the Thanet and Ashford patches.",
             "owner": "Colin Baptiste", "due": "2026-12-18", "status": "in_progress", "done": None},
            {"text": "Agree a winter redeployment pool with In-house Provision.",
             "owner": "Priya Natarajan", "due": "2026-11-13", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2026-10-20", "author": "Priya Natarajan", "text": (
                "Sickness rising in East Kent patches; likelihood increased to Likely (4) for the winter period."
            )},
        ],
        "history": [
            {"date": "2026-10-20", "from": (3, 4), "to": (4, 4),
             "reason": "Sickness rising in East Kent patches ahead of winter."},
        ],
    },
    {
        "register": "Kent Enablement at Home service risks",
        "ref": "KEAH002",
        "title": "Fuel supply disruption stops home visits",
        "description": "Support workers cannot get fuel for the cars they use to reach clients.",
        "cause": (
            "National or regional fuel shortage, as in September 2021. Nearly all support workers drive their own "
            "cars; care workers were excluded from national fuel prioritisation and the national 10-day fuel "
            "self-sufficiency assumption is not met."
        ),
        "consequence": (
            "Visits missed or delayed, including medication prompts; reduced discharge capacity; reliance on "
            "families and unpaid carers."
        ),
        "category": "Resilience",
        "kind": "risk",
        "owner": "Colin Baptiste",
        "status": "open",
        "inherent": (3, 5),
        "current": (3, 4),
        "previous": (3, 5),
        "target": (2, 4),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-09-15",
        "next_review": "2026-12-15",
        "linked_corporate": "CRR0004",
        "controls": [
            {"text": "Fuel supply disruption response card in the KEaH Business Continuity Plan.",
             "owner": "Colin Baptiste"},
            {"text": "Essential car user list held and sent to the Resilience team on invocation.",
             "owner": "Priya Natarajan"},
            {"text": "Visits RAG-rated; car sharing, walking rounds in town centres and clustering by postcode.",
             "owner": "Shauna McBride"},
        ],
        "actions": [
            {"text": "Take part in the service fuel supply disruption exercise and embed the lessons.",
             "owner": "Colin Baptiste", "due": "2026-06-30", "status": "done", "done": "2026-06-18"},
            {"text": "Confirm local fuel prioritisation arrangements for care workers through the Kent Resilience "
                     "Forum.", "owner": "Kwame Asante", "due": "2027-01-29", "status": "open", "done": None},
        ],
        "review_comments": [
            {"date": "2026-09-15", "author": "Colin Baptiste", "text": "Reviewed after the fuel exercise. No change."},
        ],
        "history": [
            {"date": "2024-01-15", "from": (3, 5), "to": (3, 4), "reason": (
                "Fuel response card and essential car user list tested in the service fuel disruption exercise."
            )},
        ],
    },
    {
        "register": "Kent Enablement at Home service risks",
        "ref": "KEAH003",
        "title": "Mosaic or rostering system outage",
        "description": "Loss of Mosaic or the electronic call monitoring and rostering system for more than a shift.",
        "cause": "Supplier-hosted systems; network or supplier failure; cyber incident.",
        "consequence": (
            "Rounds cannot be re-planned electronically; referrals and visit records held on paper; back-recording "
            "workload after restore."
        ),
        "category": "Information",
        "kind": "risk",
        "owner": "Lauren Fairweather",
        "status": "open",
        "inherent": (3, 4),
        "current": (3, 3),
        "previous": (3, 3),
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "accept",
        "acceptance": {"by": "Rowan Ellery", "on": "2026-05-12", "until": "2026-11-12"},
        "last_review": "2026-05-12",
        "next_review": "2026-11-12",
        "linked_corporate": "CRR0014",
        "controls": [
            {"text": "Overnight Emergency client report and printed next-day rosters for the first shift.",
             "owner": "Neil Harcourt"},
            {"text": "Paper visit and referral forms in every base; back-recording within 48 hours of restore.",
             "owner": "Lauren Fairweather"},
        ],
        "actions": [],
        "review_comments": [
            {"date": "2026-05-12", "author": "Rowan Ellery", "text": (
                "Residual risk accepted at target for six months; workarounds proven in the last outage."
            )},
        ],
        "history": [],
    },
    {
        "register": "Kent Enablement at Home service risks",
        "ref": "KEAH004",
        "title": "Flow blocked by people waiting for longer-term care",
        "description": (
            "People stay with KEaH beyond the six-week enablement period while waiting for Care and Support in the "
            "Home, reducing capacity for new discharges."
        ),
        "cause": "Shortage of Care and Support in the Home, greatest in East Kent and particularly Thanet.",
        "consequence": (
            "KEaH daily capacity falls to red or black on SHREWD; delayed discharges; poorer enablement outcomes."
        ),
        "category": "Market",
        "kind": "risk",
        "owner": "Priya Natarajan",
        "status": "open",
        "inherent": (5, 3),
        "current": (4, 3),
        "previous": (4, 3),
        "target": (3, 3),
        "financial_exposure_m": None,
        "treatment": "share",
        "last_review": "2026-10-20",
        "next_review": "2026-11-10",
        "linked_corporate": "CRR0015",
        "controls": [
            {"text": (
                "People staying beyond six weeks monitored in Power BI and shared with commissioning weekly."
            ), "owner": "Lauren Fairweather"},
            {"text": "Commissioning brokers bridging cover from contracted and non-contracted providers.",
             "owner": "Sian Llewellyn"},
        ],
        "actions": [
            {"text": "Agree a joint escalation route with Short-Term Pathways for people waiting over eight weeks.",
             "owner": "Owen Treharne", "due": "2026-11-30", "status": "in_progress", "done": None},
        ],
        "review_comments": [],
        "history": [],
    },
    {
        "register": "Kent Enablement at Home service risks",
        "ref": "KEAH005",
        "title": "Severe weather prevents visits",
        "description": "Snow, storms, flooding or heat stop staff reaching clients or put clients at risk at home.",
        "cause": "Met Office amber or red warnings; storms as in February 2022 (Eunice and Franklin); heatwaves.",
        "consequence": (
            "Missed visits in rural patches; clients without heating, power or water; staff safety risk on the road."
        ),
        "category": "Resilience",
        "kind": "risk",
        "owner": "Colin Baptiste",
        "status": "open",
        "inherent": (3, 4),
        "current": (3, 3),
        "previous": (3, 3),
        "target": (2, 3),
        "financial_exposure_m": None,
        "treatment": "reduce",
        "last_review": "2026-09-15",
        "next_review": "2026-12-15",
        "linked_corporate": "CRR0004",
        "controls": [
            {"text": "Severe weather response card; rosters reviewed on every amber or red warning.",
             "owner": "Colin Baptiste"},
            {"text": "Rural routes paired; 4x4 help requested through the Resilience team.", "owner": "Kwame Asante"},
        ],
        "actions": [
            {"text": "Refresh the list of clients who rely on powered equipment before winter.",
             "owner": "Shauna McBride", "due": "2026-10-30", "status": "done", "done": "2026-10-28"},
        ],
        "review_comments": [],
        "history": [],
    },
]
