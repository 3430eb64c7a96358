"""Demo people, services and service Business Continuity Plans for Kent Adult Social Care and Health.

Pure data, loaded by the demo seeding code. Grounded in Kent County Council committee papers (the Adult Social Care
Pressures Plans 2021-22 review, 2023-24 and 2024-25, the Winter Plan 2020-21 and the Operational Pressures Escalation
Plan). Every person is invented; job titles follow the papers. Telephone numbers come from the Ofcom ranges reserved
for drama (01632 960000-960999 and 07700 900000-900999), so none of them is a real line.

Conventions: hours are numbers; dates are ISO strings; "today" for the demo is 2026-11-23, so the County Placement
Team plan (next review 2026-09-30) shows as overdue. Dependency recovery times slower than the RTO of an activity
that needs them are deliberate gaps for the business impact analysis to flag.
"""

from typing import Any

PEOPLE: list[dict[str, Any]] = [
    # Directorate leadership
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
    {"name": "Sunita Varma", "job_title": "Assistant Director, West Kent",
     "team": "West Kent", "work_phone": "01632 960112", "mobile": "07700 900112",
     "out_of_hours": "07700 900612", "email": "sunita.varma@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Bernadette Quinlan", "job_title": "Assistant Director, Thanet and South Kent Coast",
     "team": "Thanet and South Kent Coast", "work_phone": "01632 960114", "mobile": "07700 900114",
     "out_of_hours": "07700 900614", "email": "bernadette.quinlan@example.kent.gov.uk",
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
    # Resilience and business support
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
    # Kent Enablement at Home
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
    # Adult Social Care Connect
    {"name": "Rachel Oyelaran", "job_title": "Service Manager, Adult Social Care Connect",
     "team": "Adult Social Care Connect", "work_phone": "01632 960141", "mobile": "07700 900141",
     "out_of_hours": "07700 900641", "email": "rachel.oyelaran@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Imran Qureshi", "job_title": "Team Manager, Adult Social Care Connect (North Kent)",
     "team": "Adult Social Care Connect", "work_phone": "01632 960142", "mobile": "07700 900142",
     "out_of_hours": "07700 900142", "email": "imran.qureshi@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Tessa Lowther", "job_title": "Senior Contact Assessment Officer",
     "team": "Adult Social Care Connect", "work_phone": "01632 960143", "mobile": "07700 900143",
     "out_of_hours": "07700 900143", "email": "tessa.lowther@example.kent.gov.uk",
     "on_call_role": None},
    # AMHP Service
    {"name": "Declan Forsythe", "job_title": "AMHP Service Manager",
     "team": "AMHP Service", "work_phone": "01632 960151", "mobile": "07700 900151",
     "out_of_hours": "07700 900651", "email": "declan.forsythe@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Nadia Kowalski", "job_title": "AMHP Team Manager (Day Service)",
     "team": "AMHP Service", "work_phone": "01632 960152", "mobile": "07700 900152",
     "out_of_hours": "07700 900152", "email": "nadia.kowalski@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Grace Adebayo", "job_title": "Lead Approved Mental Health Professional (Out of Hours)",
     "team": "AMHP Service", "work_phone": "01632 960153", "mobile": "07700 900153",
     "out_of_hours": "07700 900653", "email": "grace.adebayo@example.kent.gov.uk",
     "on_call_role": "AMHP out of hours rota"},
    # Short-Term Pathways
    {"name": "Owen Treharne", "job_title": "Short-Term Pathway Service Manager (East Kent)",
     "team": "Short-Term Pathways", "work_phone": "01632 960161", "mobile": "07700 900161",
     "out_of_hours": "07700 900661", "email": "owen.treharne@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Zara Holloway", "job_title": "Short-Term Pathway Service Manager (West Kent)",
     "team": "Short-Term Pathways", "work_phone": "01632 960162", "mobile": "07700 900162",
     "out_of_hours": "07700 900662", "email": "zara.holloway@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Leon Castellano", "job_title": "Short-Term Pathway Team Manager (William Harvey Hospital)",
     "team": "Short-Term Pathways", "work_phone": "01632 960163", "mobile": "07700 900163",
     "out_of_hours": "07700 900163", "email": "leon.castellano@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Amy Sorensen", "job_title": "Social Care Discharge Co-ordinator",
     "team": "Short-Term Pathways", "work_phone": "01632 960164", "mobile": "07700 900164",
     "out_of_hours": "07700 900164", "email": "amy.sorensen@example.kent.gov.uk",
     "on_call_role": None},
    # In-house Residential Services
    {"name": "Patricia Nwosu", "job_title": "Head of In-house Provision",
     "team": "In-house Residential Services", "work_phone": "01632 960171", "mobile": "07700 900171",
     "out_of_hours": "07700 900671", "email": "patricia.nwosu@example.kent.gov.uk",
     "on_call_role": "Capacity Manager on Call"},
    {"name": "Stuart Gillingham", "job_title": "Registered Manager, Broadmeadow Integrated Care Centre",
     "team": "In-house Residential Services", "work_phone": "01632 960172", "mobile": "07700 900172",
     "out_of_hours": "07700 900672", "email": "stuart.gillingham@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Joanna Petrakis", "job_title": "Registered Manager, Hawkinge House",
     "team": "In-house Residential Services", "work_phone": "01632 960173", "mobile": "07700 900173",
     "out_of_hours": "07700 900673", "email": "joanna.petrakis@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Sam Okonjo", "job_title": "Deputy Manager (Nights), Broadmeadow Integrated Care Centre",
     "team": "In-house Residential Services", "work_phone": "01632 960174", "mobile": "07700 900174",
     "out_of_hours": "07700 900174", "email": "sam.okonjo@example.kent.gov.uk",
     "on_call_role": None},
    # County Placement Team
    {"name": "Hugh Salter", "job_title": "Head of Business Delivery Unit",
     "team": "Business Delivery Unit", "work_phone": "01632 960181", "mobile": "07700 900181",
     "out_of_hours": "07700 900681", "email": "hugh.salter@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Keith Aldred", "job_title": "County Placement Team Manager",
     "team": "County Placement Team", "work_phone": "01632 960182", "mobile": "07700 900182",
     "out_of_hours": "07700 900682", "email": "keith.aldred@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Lucy Brannigan", "job_title": "County Placement Co-ordinator",
     "team": "County Placement Team", "work_phone": "01632 960183", "mobile": "07700 900183",
     "out_of_hours": "07700 900183", "email": "lucy.brannigan@example.kent.gov.uk",
     "on_call_role": None},
    # Occupational Therapy
    {"name": "Miriam Castle", "job_title": "Head of Occupational Therapy",
     "team": "Occupational Therapy", "work_phone": "01632 960191", "mobile": "07700 900191",
     "out_of_hours": "07700 900691", "email": "miriam.castle@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Ellis Rowntree", "job_title": "Occupational Therapy Senior Practitioner",
     "team": "Occupational Therapy", "work_phone": "01632 960192", "mobile": "07700 900192",
     "out_of_hours": "07700 900192", "email": "ellis.rowntree@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Bethany Crane", "job_title": "Occupational Therapy Assistant Team Lead",
     "team": "Occupational Therapy", "work_phone": "01632 960193", "mobile": "07700 900193",
     "out_of_hours": "07700 900193", "email": "bethany.crane@example.kent.gov.uk",
     "on_call_role": None},
    # Shared Lives
    {"name": "Yvonne Sturgess", "job_title": "Registered Manager, Shared Lives",
     "team": "Shared Lives", "work_phone": "01632 960201", "mobile": "07700 900201",
     "out_of_hours": "07700 900701", "email": "yvonne.sturgess@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Ravi Chandran", "job_title": "Shared Lives Co-ordinator",
     "team": "Shared Lives", "work_phone": "01632 960202", "mobile": "07700 900202",
     "out_of_hours": "07700 900202", "email": "ravi.chandran@example.kent.gov.uk",
     "on_call_role": None},
    # Sensory and Autism Services
    {"name": "Philippa Grange", "job_title": "Service Manager, Sensory and Autism Services",
     "team": "Sensory and Autism Services", "work_phone": "01632 960211", "mobile": "07700 900211",
     "out_of_hours": "07700 900211", "email": "philippa.grange@example.kent.gov.uk",
     "on_call_role": None},
    {"name": "Aidan Murtagh", "job_title": "Team Manager, Sensory Services",
     "team": "Sensory and Autism Services", "work_phone": "01632 960212", "mobile": "07700 900212",
     "out_of_hours": "07700 900212", "email": "aidan.murtagh@example.kent.gov.uk",
     "on_call_role": None},
    # Older People and Physical Disability, Thanet and South Kent Coast
    {"name": "Marcus Ingleby",
     "job_title": "Service Manager, Older People and Physical Disability (Thanet and South Kent Coast)",
     "team": "Older People and Physical Disability - Thanet and South Kent Coast", "work_phone": "01632 960221",
     "mobile": "07700 900221", "out_of_hours": "07700 900721", "email": "marcus.ingleby@example.kent.gov.uk",
     "on_call_role": "Senior on Call"},
    {"name": "Chloe Ashworth", "job_title": "Team Manager, Older People and Physical Disability (Thanet)",
     "team": "Older People and Physical Disability - Thanet and South Kent Coast", "work_phone": "01632 960222",
     "mobile": "07700 900222", "out_of_hours": "07700 900222", "email": "chloe.ashworth@example.kent.gov.uk",
     "on_call_role": None},
]

SERVICES: list[dict[str, Any]] = [
    {"name": "Kent Enablement at Home", "short_name": "KEaH",
     "division": "Adult Social Care and Health Operations - County Services", "locality": "countywide",
     "manager": "Priya Natarajan",
     "description": (
         "In-house enablement (reablement) service giving up to six weeks of support at home, across nine operating "
         "patches, to help people regain independence after a hospital stay or a crisis. Since 30 September 2024 it "
         "also runs the Home from Hospital Discharge to Assess service previously commissioned from Hilton, bridges "
         "people waiting for Care and Support in the Home, and acts as provider of last resort for handbacks, carer "
         "breakdown and situations in crisis. Supervisors are on duty at weekends and on bank holidays."
     )},
    {"name": "Adult Social Care Connect", "short_name": "ASC Connect",
     "division": "Adult Social Care and Health Operations - Front Door", "locality": "countywide",
     "manager": "Rachel Oyelaran",
     "description": (
         "The Directorate's front door, formerly the Area Referral Management Service (ARMS) and then the Area "
         "Referral Service. Since the Locality Operating Model (April 2023) it runs four hubs: North Kent, West Kent, "
         "Ashford and Canterbury, and Thanet and South Kent Coast. It takes contacts from residents, carers and "
         "professionals, gives information, advice and guidance, completes contact assessments and actions "
         "safeguarding concerns at first contact, with social workers in each hub."
     )},
    {"name": "AMHP Service", "short_name": "AMHP",
     "division": "Adult Social Care and Health Operations - Mental Health", "locality": "countywide",
     "manager": "Declan Forsythe",
     "description": (
         "Approved Mental Health Professionals who co-ordinate and carry out Mental Health Act 1983 assessments across "
         "Kent 24 hours a day through day and out of hours rotas, working with Kent and Medway NHS and Social Care "
         "Partnership Trust (KMPT), Kent Police, South East Coast Ambulance Service and section 12 approved doctors. "
         "Staff are spread across the range of shifts to protect minimum numbers."
     )},
    {"name": "Short-Term Pathways", "short_name": "STP",
     "division": "Adult Social Care and Health Operations - Hospital Discharge", "locality": "countywide",
     "manager": "Owen Treharne",
     "description": (
         "Short-Term Pathway teams of social workers, case officers, Occupational Therapists, Occupational Therapy "
         "Assistants and Social Care Discharge Co-ordinators in the acute and community hospitals and Transfer of "
         "Care Hubs. They support discharge on pathways 1 to 3, manage people in Short-Term Beds, complete Care Act "
         "assessments after discharge and update the KCC OPEL indicators on SHREWD every day."
     )},
    {"name": "In-house Residential Services", "short_name": "In-house Residential",
     "division": "Adult Social Care and Health Operations - County Services", "locality": "countywide",
     "manager": "Patricia Nwosu",
     "description": (
         "KCC-run registered care homes and Integrated Care Centres for older people, including Broadmeadow "
         "Integrated Care Centre (Folkestone) and Hawkinge House, providing long-term, respite, short-term and "
         "assessment beds for hospital discharge. Round-the-clock care for residents with high dependency, dementia "
         "and end of life needs, many of whom rely on powered equipment such as air mattresses and hoists."
     )},
    {"name": "County Placement Team", "short_name": "CPT",
     "division": "Business Delivery Unit", "locality": "countywide",
     "manager": "Keith Aldred",
     "description": (
         "Purchasing team in the Business Delivery Unit that sources and contracts residential, nursing, respite, "
         "assessment bed and Short-Term Bed placements. County Placement Co-ordinators report daily on each "
         "assessment bed placement, keep up-to-date vacant bed details for older persons' homes countywide and "
         "update SHREWD. The team provides a normal service on public and bank holidays."
     )},
    {"name": "Occupational Therapy", "short_name": "OT",
     "division": "Adult Social Care and Health Operations - County Services", "locality": "countywide",
     "manager": "Miriam Castle",
     "description": (
         "Occupational Therapists and Occupational Therapy Assistants who underpin the enablement offer through "
         "equipment, adaptations and advice: urgent response for people at risk of carer breakdown, equipment for "
         "hospital discharge through the Integrated Community Equipment Service (ICES), single-handed care reviews "
         "and input to Kent Enablement at Home, Home First and Short-Term Beds."
     )},
    {"name": "Shared Lives", "short_name": "Shared Lives",
     "division": "Adult Social Care and Health Operations - County Services", "locality": "countywide",
     "manager": "Yvonne Sturgess",
     "description": (
         "CQC-registered Shared Lives scheme that matches adults with a learning disability, mental health needs or "
         "older people with approved Shared Lives carers, who provide long-term arrangements, short breaks and day "
         "support in their own homes across Kent. The scheme recruits, approves, trains and monitors carers."
     )},
    {"name": "Sensory and Autism Services", "short_name": "Sensory and Autism",
     "division": "Adult Social Care and Health Operations - Specialist Services", "locality": "countywide",
     "manager": "Philippa Grange",
     "description": (
         "Specialist assessment and support for d/Deaf, deafblind and visually impaired adults, rehabilitation "
         "officers for visual impairment, sensory equipment, and specialist advice to community teams on autistic "
         "adults without a learning disability. Contact is by SMS, email, video relay and BSL interpreters as well "
         "as by telephone, in line with the Accessible Information Standard."
     )},
    {"name": "Older People and Physical Disability - Thanet and South Kent Coast", "short_name": "OPPD TSKC",
     "division": "Adult Social Care and Health Operations - East Kent", "locality": "Thanet and South Kent Coast",
     "manager": "Marcus Ingleby",
     "description": (
         "Locality community team for older people and adults with a physical disability in Thanet, Dover and "
         "Folkestone and Hythe: Care Act assessments and reviews, safeguarding enquiries, care and support planning, "
         "Direct Payments and follow-up of people whose commissioned care is handed back. Thanet carries the "
         "highest share of people waiting for Care and Support in the Home in the county."
     )},
]

PLANS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------------------------------------------------
    # 1. Kent Enablement at Home
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Kent Enablement at Home",
        "status": "approved",
        "owner": "Priya Natarajan", "author": "Lauren Fairweather", "approver": "Rowan Ellery",
        "approved_on": "2026-03-14", "next_review": "2027-03-14",
        "scope": (
            "All Kent Enablement at Home (KEaH) activity across the nine operating patches: enablement visits, the "
            "Home from Hospital Discharge to Assess service, bridging for people awaiting Care and Support in the "
            "Home, and KEaH's role as provider of last resort. Covers KEaH bases, supervisors, support workers and "
            "the weekend and bank holiday supervisor rota. Commissioned homecare is covered by provider plans."
        ),
        "invocation_criteria": (
            "Invoke when any disruption stops KEaH delivering scheduled visits or accepting hospital discharges: "
            "staffing below 75% of rostered hours in any patch; rostering system or Mosaic unavailable for more than "
            "2 hours; fuel supply disruption affecting staff travel; loss of power or access at a KEaH base; an amber "
            "or red weather warning affecting travel; or a critical or major incident declared by KCC, an acute "
            "trust or the Kent Resilience Forum."
        ),
        "who_may_invoke": (
            "Head of Kent Enablement at Home or either KEaH Service Manager; out of hours the Capacity Manager on "
            "Call or Senior on Call. The Assistant Director, County Services is told within 1 hour of invocation."
        ),
        "last_exercised": "2025-11-19",
        "versions": [
            {"version": "1.0", "issued": "2021-10-29",
             "summary": "First issue after the September 2021 fuel supply disruption; visit RAG-rating added",
             "owner": "Priya Natarajan"},
            {"version": "1.1", "issued": "2022-03-28",
             "summary": "Lessons from storms Eunice and Franklin: paper rosters, base power loss, welfare calls",
             "owner": "Priya Natarajan"},
            {"version": "2.0", "issued": "2023-04-24",
             "summary": "Realigned to the Locality Operating Model; nine patches and call cascade revised",
             "owner": "Priya Natarajan"},
            {"version": "2.1", "issued": "2023-11-30",
             "summary": "Fuel supply disruption exercise learning: essential car user list and car-share plan",
             "owner": "Priya Natarajan"},
            {"version": "3.0", "issued": "2024-10-14",
             "summary": "Home from Hospital Discharge to Assess service (ex-Hilton) added; EES traffic assumptions",
             "owner": "Priya Natarajan"},
            {"version": "4.0", "issued": "2026-03-14",
             "summary": "Annual review; recovery times re-checked with Cantium and the rostering supplier",
             "owner": "Priya Natarajan"},
        ],
        "activities": [
            {"name": "Deliver enablement visits to people discharged from hospital",
             "description": (
                 "Scheduled enablement and Discharge to Assess visits: personal care, medication prompts, meals and "
                 "hydration for people in the first days after discharge, many living alone."
             ),
             "priority": 1, "rto_hours": 4, "mtpd_hours": 24,
             "minimum_service_level": (
                 "All red-rated visits delivered (lives alone, no informal support, time-critical medication or "
                 "nutrition); amber visits combined or moved within the day; enablement goals paused"
             ),
             "minimum_staff": 180,
             "workarounds": (
                 "Supervisors print next-day rosters and red-rated client lists by 16:00 daily. If the rostering "
                 "system or Mosaic is down, rounds run from the printed rosters and the overnight Emergency client "
                 "report. Families and neighbours of green-rated clients are phoned to agree informal cover."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Accept hospital discharge referrals",
             "description": (
                 "Triage referrals from acute and community hospitals and Short-Term Pathways, confirm start dates "
                 "and tell the referrer within 2 hours when no start can be offered in the next 24 hours."
             ),
             "priority": 2, "rto_hours": 8, "mtpd_hours": 24,
             "minimum_service_level": (
                 "Every referral acknowledged within 2 hours; start dates offered for pathway 1 discharges where "
                 "capacity allows; declines passed to Purchasing for a bridging package"
             ),
             "minimum_staff": 6,
             "workarounds": (
                 "Referrals taken by phone and the patch duty inbox and kept on the paper referral log. Where KEaH "
                 "cannot commit to a start within 24 hours, Short-Term Pathways refer to Purchasing for a care "
                 "package (OPEL plan). Capacity is shared on the D2A teleconference calls."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "finance"},
                 {"after": "1w", "score": 5, "harm": "people"},
             ]},
            {"name": "Provide last-resort care for handbacks, carer breakdown and crisis",
             "description": (
                 "Pick up people whose commissioned Care and Support in the Home has been handed back, or whose "
                 "unpaid carer can no longer cope, until a longer-term provider is found."
             ),
             "priority": 3, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Handbacks and carer breakdowns for people with no other support covered",
             "minimum_staff": 12,
             "workarounds": (
                 "Supervisors reduce or close low-need enablement clients to create capacity (weekends included). "
                 "Commissioning asked to broker cover from contracted or non-contracted providers."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "people"},
             ]},
            {"name": "Report KEaH daily capacity on SHREWD",
             "description": (
                 "Update the KEaH daily capacity indicator for each of the nine patches (green, amber, red, black) "
                 "so the Kent and Medway system can see discharge capacity."
             ),
             "priority": 4, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "One countywide capacity update a day, by phone or email if SHREWD is down",
             "minimum_staff": 1,
             "workarounds": (
                 "Capacity RAG for each patch sent by email to the Short-Term Pathway Team Managers and read out on "
                 "the D2A teleconference call."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 2, "harm": "reputation"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 3, "harm": "reputation"},
             ]},
            {"name": "Carry out Supporting Independence reviews at the end of enablement",
             "description": (
                 "Review each person at the end of their KEaH package and agree ongoing support or closure."
             ),
             "priority": 5, "rto_hours": 168, "mtpd_hours": 336,
             "minimum_service_level": "Reviews for people moving to long-term care only; others deferred",
             "minimum_staff": 4,
             "workarounds": (
                 "Deprioritised from OPEL 3. Packages extended and people with ongoing needs referred to "
                 "Purchasing for Care and Support in the Home."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 1, "harm": "finance"},
                 {"after": "3d", "score": 2, "harm": "finance"},
                 {"after": "1w", "score": 3, "harm": "finance"},
             ]},
        ],
        "dependencies": [
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Provide last-resort care for handbacks, carer breakdown and crisis",
                            "Carry out Supporting Independence reviews at the end of enablement"],
             "notes": (
                 "Hosted client system (Servelec), restored under the Cantium disaster recovery arrangements. "
                 "Emergency client report is produced overnight every day and saved for restricted use should "
                 "Mosaic be down."
             )},
            {"kind": "it_system", "name": "Electronic call monitoring and rostering system", "recovery_hours": 12,
             "activities": ["Deliver enablement visits to people discharged from hospital"],
             "notes": (
                 "Supplier-hosted; no same-day restore guaranteed. Printed next-day rosters cover the first shift "
                 "only, so a second-day outage needs supervisors to re-plan rounds by hand."
             )},
            {"kind": "vehicles_fuel", "name": "Staff own vehicles (essential car users) and fuel",
             "recovery_hours": 72,
             "activities": ["Deliver enablement visits to people discharged from hospital",
                            "Provide last-resort care for handbacks, carer breakdown and crisis"],
             "notes": (
                 "Nearly all support workers drive their own cars. In September 2021 care workers were excluded "
                 "from national fuel prioritisation; the national 10-day self-sufficiency assumption is not met. "
                 "Mitigation: car sharing, walking rounds in town centres, clustering visits by postcode."
             )},
            {"kind": "utilities_power", "name": "Mains power and broadband at KEaH bases", "recovery_hours": 4,
             "activities": ["Accept hospital discharge referrals", "Report KEaH daily capacity on SHREWD"],
             "notes": (
                 "No standby generation at any KEaH base; UKPN restoration can take 12 hours or more. Laptops and "
                 "phones are charged at close of day and staff relocate to the nearest KCC office with power or "
                 "work from home within 4 hours. Clients' own homes may also lose heating, stairlifts and hoists."
             )},
            {"kind": "telephony", "name": "Mobile phones and Microsoft Teams telephony", "recovery_hours": 4,
             "activities": ["Deliver enablement visits to people discharged from hospital",
                            "Accept hospital discharge referrals"],
             "notes": "Work mobiles on two networks in each patch; supervisors hold a spare charged handset."},
            {"kind": "staff_skill", "name": "Supervisors trained in rostering and medication sign-off",
             "recovery_hours": 4,
             "activities": ["Deliver enablement visits to people discharged from hospital"],
             "notes": (
                 "Only supervisors can re-plan rounds and reduce or close clients. Two per patch; a neighbouring "
                 "patch supervisor covers the same day, but a sustained absence takes up to 2 days to backfill."
             )},
        ],
        "cascade": [
            {"position": 1, "person": "Priya Natarajan", "role": "Head of Kent Enablement at Home",
             "called_by": None, "alternate": "Colin Baptiste"},
            {"position": 2, "person": "Rowan Ellery", "role": "Assistant Director, County Services",
             "called_by": "Priya Natarajan", "alternate": "Sunita Varma"},
            {"position": 3, "person": "Colin Baptiste", "role": "KEaH Service Manager (East Kent)",
             "called_by": "Priya Natarajan", "alternate": "Lauren Fairweather"},
            {"position": 4, "person": "Lauren Fairweather", "role": "KEaH Service Manager (West Kent)",
             "called_by": "Priya Natarajan", "alternate": "Colin Baptiste"},
            {"position": 5, "person": "Shauna McBride", "role": "KEaH Supervisor (calls patch supervisors)",
             "called_by": "Colin Baptiste", "alternate": None},
            {"position": 6, "person": "Owen Treharne", "role": "Short-Term Pathway Service Manager (discharge flow)",
             "called_by": "Colin Baptiste", "alternate": "Zara Holloway"},
            {"position": 7, "person": "Kwame Asante", "role": "Resilience and Emergency Planning Manager",
             "called_by": "Priya Natarajan", "alternate": "Megan Pryce"},
        ],
        "cards": [
            {"disruption": "power", "title": "Loss of power", "steps": [
                {"text": "Confirm which bases and patches are affected and the UK Power Networks restoration estimate",
                 "who": "KEaH Service Manager", "when": "Within 30 minutes"},
                {"text": "Switch rounds to the printed rosters and the overnight Emergency client report",
                 "who": "Patch supervisors", "when": "Within 1 hour"},
                {"text": "Identify clients who rely on powered equipment, stairlifts or electric heating; "
                         "move them to the front of rounds and add welfare calls",
                 "who": "Patch supervisors", "when": "Within 1 hour"},
                {"text": "Relocate base staff to the nearest KCC office with power, or to home working",
                 "who": "KEaH Service Manager", "when": "Within 2 hours"},
                {"text": "Pass clients without heating or hot food to the KRF Vulnerable People and Communities "
                         "Cell through the Resilience team",
                 "who": "Head of Kent Enablement at Home", "when": "Within 4 hours"},
                {"text": "Report patch capacity to Short-Term Pathways and update SHREWD by phone if offline",
                 "who": "KEaH Service Manager", "when": "By 10:30 daily"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Ask every support worker to report fuel level and likely range at shift start",
                 "who": "Patch supervisors", "when": "Immediately"},
                {"text": "RAG-rate all visits; cluster red visits by postcode and set up car shares and "
                         "walking rounds in town centres",
                 "who": "Patch supervisors", "when": "Within 2 hours"},
                {"text": "Send the essential car user list to the Resilience team for any local fuel "
                         "prioritisation agreed through the Kent Resilience Forum",
                 "who": "Head of Kent Enablement at Home", "when": "Within 4 hours"},
                {"text": "Agree with families to cover green-rated visits; record every change on the paper log",
                 "who": "Patch supervisors", "when": "Within 4 hours"},
                {"text": "Tell Short-Term Pathways the reduced discharge capacity so Purchasing can bridge",
                 "who": "KEaH Service Manager", "when": "Within 4 hours"},
                {"text": "Review fuel position and visit coverage with the Assistant Director",
                 "who": "Head of Kent Enablement at Home", "when": "Daily at 16:00"},
            ]},
            {"disruption": "ict", "title": "Mosaic or rostering system outage", "steps": [
                {"text": "Confirm the outage and expected restore time with the Cantium service desk",
                 "who": "KEaH Service Manager", "when": "Within 30 minutes"},
                {"text": "Open the overnight Emergency client report (restricted use) and printed rosters",
                 "who": "Patch supervisors", "when": "Within 1 hour"},
                {"text": "Record visits, medication prompts and new referrals on paper forms",
                 "who": "Support workers", "when": "For the duration"},
                {"text": "If the outage runs past 12 hours, re-plan the next day's rounds by hand",
                 "who": "Patch supervisors", "when": "By 16:00"},
                {"text": "Back-record all paper entries on Mosaic and the rostering system",
                 "who": "Patch supervisors", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Test which network is down; switch to handsets on the other network",
                 "who": "Patch supervisors", "when": "Within 30 minutes"},
                {"text": "Tell hospital discharge teams and Short-Term Pathways the alternative numbers by email",
                 "who": "KEaH Service Manager", "when": "Within 1 hour"},
                {"text": "Agree fixed check-in times with lone workers in place of phone contact",
                 "who": "Patch supervisors", "when": "Within 1 hour"},
                {"text": "Report the fault to Cantium and log the incident",
                 "who": "KEaH Service Manager", "when": "Within 1 hour"},
            ]},
            {"disruption": "staff", "title": "Staff shortage (sickness, pandemic, strike)", "steps": [
                {"text": "Calculate staffing against rostered hours for each patch from the weekly sit-rep",
                 "who": "KEaH Service Manager", "when": "Daily by 10:00"},
                {"text": "Below 75%: request redeployment of staff from other functions in the Directorate",
                 "who": "Head of Kent Enablement at Home", "when": "Same day"},
                {"text": "Offer overtime and extra shifts; pause enablement goals and Supporting Independence "
                         "reviews",
                 "who": "KEaH Service Manager", "when": "Same day"},
                {"text": "Below 50%: ask the Director and Assistant Director to share resource across the "
                         "Directorate",
                 "who": "Head of Kent Enablement at Home", "when": "Within 4 hours"},
                {"text": "Tell Short-Term Pathways and Commissioning which patches cannot take new clients",
                 "who": "KEaH Service Manager", "when": "Within 4 hours"},
            ]},
            {"disruption": "weather", "title": "Severe weather (snow, storm, flood, heat)", "steps": [
                {"text": "On a Met Office amber or red warning, review next-day rosters for routes at risk",
                 "who": "Patch supervisors", "when": "On warning"},
                {"text": "Phone red-rated clients to check heating, food, medication and water",
                 "who": "Patch supervisors", "when": "Within 4 hours"},
                {"text": "Pair staff for rural routes; 4x4 help requested through the Resilience team",
                 "who": "KEaH Service Manager", "when": "Within 4 hours"},
                {"text": "In heatwaves, add hydration checks and move visits to cooler times of day",
                 "who": "Patch supervisors", "when": "For the duration"},
                {"text": "Report clients at risk to the Resilience team for KRF welfare arrangements",
                 "who": "Head of Kent Enablement at Home", "when": "Within 4 hours"},
            ]},
            {"disruption": "premises", "title": "Loss of a KEaH base", "steps": [
                {"text": "Account for all staff on site and secure the building",
                 "who": "Patch supervisors", "when": "Immediately"},
                {"text": "Move the base team to home working or the nearest KCC office",
                 "who": "KEaH Service Manager", "when": "Within 2 hours"},
                {"text": "Collect the grab bag (printed rosters, key safe codes list, spare handset)",
                 "who": "Patch supervisors", "when": "Within 2 hours"},
                {"text": "Report to KCC Facilities and Infrastructure for a longer-term alternative",
                 "who": "KEaH Service Manager", "when": "Within 4 hours"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 75,
             "actions": "Redeploy staff from other functions in the Directorate to support KEaH critical functions"},
            {"level": "red", "below_percent": 50,
             "actions": (
                 "Director and Assistant Director facilitate Director-level sharing of resource across the "
                 "Directorate to support service delivery"
             )},
            {"level": "black", "below_percent": 35,
             "actions": (
                 "KEaH unable to take new clients countywide: report black on SHREWD, deliver red-rated visits "
                 "only, invoke the KCC Operational Pressures Escalation Group"
             )},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 2. Adult Social Care Connect (formerly ARMS)
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Adult Social Care Connect",
        "status": "approved",
        "owner": "Rachel Oyelaran", "author": "Imran Qureshi", "approver": "Daniel Hartley",
        "approved_on": "2026-05-20", "next_review": "2027-05-20",
        "scope": (
            "The four Adult Social Care Connect hubs (North Kent, West Kent, Ashford and Canterbury, Thanet and South "
            "Kent Coast): telephone and online contacts, safeguarding concerns at contact, contact assessments and "
            "referrals from health partners. Calls routed through the KCC Contact Centre are in scope from the point "
            "they are passed to a hub. Out of hours contacts are handled by the KCC Out of Hours Service."
        ),
        "invocation_criteria": (
            "Invoke when contacts cannot be answered or safeguarding concerns cannot be actioned at contact: loss of "
            "hub telephony or Mosaic for more than 1 hour, staffing below 70% across the hubs, loss of a hub office, "
            "or a cyber incident affecting KCC systems."
        ),
        "who_may_invoke": (
            "Service Manager, Adult Social Care Connect, or any hub Team Manager; the Assistant Director, North Kent "
            "is informed immediately. Out of hours the Capacity Manager on Call."
        ),
        "last_exercised": "2025-10-08",
        "versions": [
            {"version": "1.0", "issued": "2021-11-15",
             "summary": "ARMS plan reissued; extended winter hours and Contact Centre overflow added",
             "owner": "Rachel Oyelaran"},
            {"version": "2.0", "issued": "2023-04-03",
             "summary": "Area Referral Service split into four locality hubs under the Locality Operating Model",
             "owner": "Rachel Oyelaran"},
            {"version": "2.1", "issued": "2024-06-10",
             "summary": "Renamed Adult Social Care Connect; social worker safeguarding triage at contact",
             "owner": "Rachel Oyelaran"},
            {"version": "3.0", "issued": "2025-05-12",
             "summary": "Cyber attack card and paper Contact Record form added after KCC cyber exercise",
             "owner": "Rachel Oyelaran"},
            {"version": "3.1", "issued": "2026-05-20",
             "summary": "Annual review; hunt group diversion numbers and cascade refreshed",
             "owner": "Rachel Oyelaran"},
        ],
        "activities": [
            {"name": "Triage and action safeguarding concerns at contact",
             "description": (
                 "Screen safeguarding concerns from the public, providers and partners, make immediate safety "
                 "decisions and start Kent and Medway safeguarding adults procedures."
             ),
             "priority": 1, "rto_hours": 2, "mtpd_hours": 8,
             "minimum_service_level": "Every safeguarding concern screened by a social worker on the day it arrives",
             "minimum_staff": 6,
             "workarounds": (
                 "Concerns taken on the paper Contact Record form; immediate-risk decisions agreed by phone with the "
                 "hub Team Manager; Kent Police contacted directly where a crime is alleged. Back-recorded on "
                 "Mosaic within 24 hours of restore."
             ),
             "impacts": [
                 {"after": "1h", "score": 3, "harm": "people"},
                 {"after": "4h", "score": 4, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Answer and triage contacts from residents and professionals",
             "description": (
                 "Answer calls, emails and online contacts, give information and advice, and route people to the "
                 "right team or community resource."
             ),
             "priority": 2, "rto_hours": 4, "mtpd_hours": 24,
             "minimum_service_level": "Urgent calls answered; non-urgent callers given a call-back time",
             "minimum_staff": 14,
             "workarounds": (
                 "Hunt groups diverted to the KCC Contact Centre with an emergency script; urgent calls passed to "
                 "duty worker mobiles; voicemail and website message updated to give the emergency route."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "reputation"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Complete urgent contact assessments and arrange immediate support",
             "description": (
                 "Contact assessments for people at risk at home, including carer breakdown, with referral to KEaH, "
                 "Occupational Therapy or crisis support."
             ),
             "priority": 3, "rto_hours": 8, "mtpd_hours": 48,
             "minimum_service_level": "Contact assessments for people with no support in place completed same day",
             "minimum_staff": 6,
             "workarounds": (
                 "Paper contact assessment forms; KEaH and OT referrals by phone to the duty supervisor; "
                 "Emergency client report used to check existing involvement."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Process referrals from health partners",
             "description": (
                 "Referrals from rapid response, integrated care teams, GPs and community health into the "
                 "Promoting Independence triage workflow."
             ),
             "priority": 4, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Rapid response referrals screened daily; routine referrals queued",
             "minimum_staff": 4,
             "workarounds": "Secure email inbox checked twice daily; referrals logged on a spreadsheet until restore.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 1, "harm": "people"},
                 {"after": "1d", "score": 2, "harm": "people"},
                 {"after": "3d", "score": 3, "harm": "reputation"},
                 {"after": "1w", "score": 4, "harm": "people"},
             ]},
            {"name": "Provide information, advice and guidance online (Connect to Support)",
             "description": "Digital front door, online self-assessment and signposting to community resources.",
             "priority": 5, "rto_hours": 72, "mtpd_hours": 168,
             "minimum_service_level": "Website holding message with telephone route",
             "minimum_staff": 1,
             "workarounds": "Callers signposted by phone from the printed community resources directory.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 1, "harm": "reputation"},
                 {"after": "3d", "score": 2, "harm": "reputation"},
                 {"after": "1w", "score": 3, "harm": "people"},
             ]},
        ],
        "dependencies": [
            {"kind": "telephony", "name": "Contact centre telephony (hunt groups and call queuing)",
             "recovery_hours": 4,
             "activities": ["Triage and action safeguarding concerns at contact",
                            "Answer and triage contacts from residents and professionals"],
             "notes": (
                 "Cloud telephony managed by Cantium. Diverting the hunt groups to the KCC Contact Centre needs "
                 "Cantium to re-route them; out of hours this has taken up to 4 hours, leaving safeguarding callers "
                 "on duty mobiles only."
             )},
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Process referrals from health partners"],
             "notes": (
                 "Emergency client report is produced overnight every day and saved for restricted use should "
                 "Mosaic be down. Offline contact and safeguarding forms held in each hub keep safeguarding triage "
                 "and contact assessments going; only the referral workflow stops."
             )},
            {"kind": "it_system", "name": "Connect to Support digital front door", "recovery_hours": 48,
             "activities": ["Provide information, advice and guidance online (Connect to Support)"],
             "notes": "Third-party hosted platform; no contractual restore time below 2 days."},
            {"kind": "premises", "name": "Four hub offices", "recovery_hours": 4,
             "activities": ["Answer and triage contacts from residents and professionals",
                            "Complete urgent contact assessments and arrange immediate support"],
             "notes": "All staff have laptops and softphones; a lost hub moves to home working within 4 hours."},
            {"kind": "utilities_power", "name": "Power and broadband at hubs and home workers", "recovery_hours": 2,
             "activities": ["Answer and triage contacts from residents and professionals"],
             "notes": "A local outage at a hub is covered by the other three hubs taking its queue within 2 hours."},
            {"kind": "staff_skill", "name": "Qualified social workers for safeguarding decisions at contact",
             "recovery_hours": 2,
             "activities": ["Triage and action safeguarding concerns at contact"],
             "notes": "Duty social workers borrowed from locality community teams by agreement of the Team Manager."},
        ],
        "cascade": [
            {"position": 1, "person": "Rachel Oyelaran", "role": "Service Manager, Adult Social Care Connect",
             "called_by": None, "alternate": "Imran Qureshi"},
            {"position": 2, "person": "Daniel Hartley", "role": "Assistant Director, North Kent",
             "called_by": "Rachel Oyelaran", "alternate": "Sunita Varma"},
            {"position": 3, "person": "Imran Qureshi", "role": "Team Manager (calls the other hub Team Managers)",
             "called_by": "Rachel Oyelaran", "alternate": "Tessa Lowther"},
            {"position": 4, "person": "Tessa Lowther", "role": "Senior Contact Assessment Officer",
             "called_by": "Imran Qureshi", "alternate": None},
            {"position": 5, "person": "Neil Harcourt", "role": "Mosaic Business Systems Manager",
             "called_by": "Rachel Oyelaran", "alternate": None},
            {"position": 6, "person": "Kwame Asante", "role": "Resilience and Emergency Planning Manager",
             "called_by": "Rachel Oyelaran", "alternate": "Megan Pryce"},
        ],
        "cards": [
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Confirm scope of the fault (one hub or all) and log it with Cantium",
                 "who": "Team Manager", "when": "Within 15 minutes"},
                {"text": "Divert hunt groups to the KCC Contact Centre and issue the emergency call script",
                 "who": "Service Manager", "when": "Within 30 minutes"},
                {"text": "Publish duty mobile numbers to the Contact Centre, KEaH and hospital teams",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Update the website and voicemail with the emergency route for urgent concerns",
                 "who": "Service Manager", "when": "Within 1 hour"},
                {"text": "Return calls from the Contact Centre call-back list in order of risk",
                 "who": "Contact Assessment Officers", "when": "Every 2 hours"},
            ]},
            {"disruption": "ict", "title": "Mosaic outage", "steps": [
                {"text": "Confirm outage and restore estimate with the Mosaic Business Systems Manager",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Open the overnight Emergency client report (restricted use) for existing involvement",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Switch to paper Contact Record and safeguarding forms; number each form",
                 "who": "Contact Assessment Officers", "when": "Within 1 hour"},
                {"text": "Team Manager reviews every safeguarding form before the end of the day",
                 "who": "Team Manager", "when": "Daily at 16:00"},
                {"text": "Back-record all paper forms on Mosaic and reconcile the numbering",
                 "who": "Contact Assessment Officers", "when": "Within 24 hours of restore"},
            ]},
            {"disruption": "cyber", "title": "Cyber attack on KCC systems", "steps": [
                {"text": "Disconnect from the network if told to by KCC ICT; do not power off laptops",
                 "who": "All staff", "when": "Immediately"},
                {"text": "Switch to paper forms and the printed Emergency client report",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Agree a clean phone route with the Contact Centre and publish duty mobiles",
                 "who": "Service Manager", "when": "Within 2 hours"},
                {"text": "Record any suspected data loss and tell the Information Governance team",
                 "who": "Service Manager", "when": "Within 4 hours"},
                {"text": "Join the KCC cyber incident calls and brief the Assistant Director",
                 "who": "Service Manager", "when": "As scheduled"},
            ]},
            {"disruption": "power", "title": "Loss of power", "steps": [
                {"text": "Move the affected hub's queue to the other three hubs",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Send hub staff home to work if their homes have power",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Note callers who report no power at home and are vulnerable; pass to the Resilience team",
                 "who": "Contact Assessment Officers", "when": "For the duration"},
                {"text": "Report hub status to the Service Manager and the Resilience team",
                 "who": "Team Manager", "when": "Every 4 hours"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Confirm staff can work from home; office attendance only where needed",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Expect more calls from people whose home care is reduced; add duty cover",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Pass reports of missed care visits to Commissioning each day",
                 "who": "Team Manager", "when": "Daily at 15:00"},
                {"text": "Prioritise contacts about people with no informal support",
                 "who": "Contact Assessment Officers", "when": "For the duration"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Check staffing in each hub against the 70% OPEL threshold",
                 "who": "Team Manager", "when": "Daily by 09:30"},
                {"text": "Pool all four hubs into one virtual queue",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Ask locality Team Managers for duty social workers for safeguarding triage",
                 "who": "Service Manager", "when": "Within 4 hours"},
                {"text": "Suspend non-urgent outbound calls and online advice follow-ups",
                 "who": "Team Manager", "when": "Same day"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Move to home working on amber or red travel warnings",
                 "who": "Service Manager", "when": "On warning"},
                {"text": "Prepare for a spike in calls about missed care visits and cold homes",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Log vulnerable callers for KRF welfare checks through the Resilience team",
                 "who": "Contact Assessment Officers", "when": "For the duration"},
                {"text": "Report call volumes and waiting times to the Assistant Director",
                 "who": "Service Manager", "when": "Daily at 16:00"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Pool the four hubs into one queue; suspend non-urgent call-backs; overtime offered"},
            {"level": "red", "below_percent": 50,
             "actions": "Borrow duty social workers from locality teams; Contact Centre takes all first-line calls"},
            {"level": "black", "below_percent": 35,
             "actions": (
                 "Safeguarding and urgent contacts only; Assistant Director asks Director to redeploy staff across "
                 "Area boundaries"
             )},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 3. AMHP Service
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "AMHP Service",
        "status": "approved",
        "owner": "Declan Forsythe", "author": "Nadia Kowalski", "approver": "Tobias Renshaw",
        "approved_on": "2026-06-02", "next_review": "2027-06-02",
        "scope": (
            "The county AMHP Service day and out of hours rotas: screening requests for Mental Health Act "
            "assessments, section 136 place of safety assessments, applications and conveyance, warrants and "
            "statutory notifications. Covers the AMHP office base, duty mobiles, pool cars and AMHPs working from "
            "KMPT sites, acute hospitals and police custody."
        ),
        "invocation_criteria": (
            "Invoke when the service cannot guarantee a duty AMHP for every shift, or cannot receive or act on "
            "requests: fewer than the minimum AMHPs rostered; loss of the duty line; loss of power or access at the "
            "AMHP base; fuel disruption affecting travel; severe weather; or a critical incident at a KMPT site."
        ),
        "who_may_invoke": (
            "AMHP Service Manager or AMHP Team Manager; out of hours the Lead AMHP on the rota with the Senior on "
            "Call. The Assistant Director, Mental Health is informed within 1 hour."
        ),
        "last_exercised": "2024-09-18",
        "versions": [
            {"version": "1.0", "issued": "2021-12-06",
             "summary": "First issue; extra shifts and COVID-19 absence cover from winter pressures funding",
             "owner": "Declan Forsythe"},
            {"version": "1.1", "issued": "2022-04-11",
             "summary": "Agency AMHP arrangement and mutual aid with Medway recorded after winter 2021-22",
             "owner": "Declan Forsythe"},
            {"version": "2.0", "issued": "2024-10-07",
             "summary": "EES traffic planning assumptions; staff distributed across the full range of shifts",
             "owner": "Declan Forsythe"},
            {"version": "2.1", "issued": "2026-06-02",
             "summary": "Annual review; power loss card and duty desk relocation to KMPT sites added",
             "owner": "Declan Forsythe"},
        ],
        "activities": [
            {"name": "Respond to requests for Mental Health Act assessments",
             "description": (
                 "Receive and screen requests from KMPT, GPs, police, acute hospitals and nearest relatives, and "
                 "allocate a duty AMHP."
             ),
             "priority": 1, "rto_hours": 2, "mtpd_hours": 8,
             "minimum_service_level": "Every request screened by the duty AMHP within 1 hour; urgent ones allocated",
             "minimum_staff": 6,
             "workarounds": (
                 "Requests taken on the duty mobile if the referral line fails; paper MHA referral and assessment "
                 "forms in the duty grab bag; out of hours rota extended into the day if needed."
             ),
             "impacts": [
                 {"after": "1h", "score": 3, "harm": "people"},
                 {"after": "4h", "score": 4, "harm": "statutory"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Assess people detained under section 136",
             "description": (
                 "Attend place of safety suites and custody to assess people detained by police, within the "
                 "24-hour legal detention limit."
             ),
             "priority": 2, "rto_hours": 3, "mtpd_hours": 12,
             "minimum_service_level": "Every section 136 assessment started well within the 24-hour limit",
             "minimum_staff": 2,
             "workarounds": (
                 "Video assessment with the section 12 doctor where lawful and appropriate; assessments prioritised "
                 "by time of detention; mutual aid AMHP requested from Medway Council."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "statutory"},
                 {"after": "1d", "score": 5, "harm": "statutory"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "reputation"},
             ]},
            {"name": "Complete applications and arrange conveyance and beds",
             "description": (
                 "Complete statutory applications, arrange section 12 doctors, ambulance or secure conveyance and "
                 "a bed with KMPT bed management."
             ),
             "priority": 3, "rto_hours": 4, "mtpd_hours": 24,
             "minimum_service_level": "Applications completed and conveyance booked for every detention made",
             "minimum_staff": 2,
             "workarounds": (
                 "Paper statutory forms in every grab bag; KMPT bed management and SECAmb called on their direct "
                 "lines listed in the plan."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "statutory"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Apply for section 135 warrants",
             "description": "Apply to the magistrates' court for warrants to enter premises when needed.",
             "priority": 4, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Urgent warrant applications made the same or next working day",
             "minimum_staff": 1,
             "workarounds": "Out of hours warrant applications through the court's duty arrangements.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "statutory"},
                 {"after": "1w", "score": 4, "harm": "statutory"},
             ]},
            {"name": "Send nearest relative notifications and statutory reports",
             "description": "Inform and consult nearest relatives and file outcome reports.",
             "priority": 5, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Nearest relatives informed as soon as practicable",
             "minimum_staff": 1,
             "workarounds": "Phone contact recorded on paper; reports written up when Mosaic is restored.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "statutory"},
                 {"after": "4h", "score": 1, "harm": "statutory"},
                 {"after": "1d", "score": 2, "harm": "statutory"},
                 {"after": "3d", "score": 3, "harm": "statutory"},
                 {"after": "1w", "score": 4, "harm": "reputation"},
             ]},
        ],
        "dependencies": [
            {"kind": "telephony", "name": "AMHP duty line and duty mobiles", "recovery_hours": 4,
             "activities": ["Respond to requests for Mental Health Act assessments",
                            "Assess people detained under section 136"],
             "notes": (
                 "Duty line re-pointing to a mobile takes Cantium up to 4 hours out of hours. Referrers are given "
                 "the duty mobile numbers directly in the meantime."
             )},
            {"kind": "utilities_power", "name": "Mains power at the AMHP office base", "recovery_hours": 2,
             "activities": ["Complete applications and arrange conveyance and beds",
                            "Send nearest relative notifications and statutory reports"],
             "notes": (
                 "No standby generator at the office base. KMPT place of safety suites and acute hospitals have NHS "
                 "standby power, and the duty desk relocates there within 2 hours. Duty mobiles and laptops "
                 "charged at every handover; in-car chargers in pool cars."
             )},
            {"kind": "vehicles_fuel", "name": "Pool cars, AMHP own vehicles and fuel", "recovery_hours": 72,
             "activities": ["Respond to requests for Mental Health Act assessments",
                            "Assess people detained under section 136"],
             "notes": "Pool cars kept above half a tank. AMHPs are not on any national fuel priority list."},
            {"kind": "supplier", "name": "Section 12 doctors, SECAmb and secure conveyance", "recovery_hours": 4,
             "activities": ["Complete applications and arrange conveyance and beds"],
             "notes": (
                 "Second section 12 doctor and conveyance normally found within 4 hours; availability is the "
                 "commonest cause of delay at night and weekends."
             )},
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Send nearest relative notifications and statutory reports"],
             "notes": "Emergency client report is produced overnight every day and saved for restricted use."},
            {"kind": "staff_skill", "name": "Warranted Approved Mental Health Professionals", "recovery_hours": 168,
             "activities": ["Respond to requests for Mental Health Act assessments",
                            "Assess people detained under section 136"],
             "notes": (
                 "Only warranted AMHPs can make applications; other social workers cannot be redeployed in. Agency "
                 "AMHP cover took weeks to arrange in winter 2021-22."
             )},
        ],
        "cascade": [
            {"position": 1, "person": "Declan Forsythe", "role": "AMHP Service Manager",
             "called_by": None, "alternate": "Nadia Kowalski"},
            {"position": 2, "person": "Tobias Renshaw", "role": "Assistant Director, Mental Health",
             "called_by": "Declan Forsythe", "alternate": "Martin Oduya"},
            {"position": 3, "person": "Nadia Kowalski", "role": "AMHP Team Manager (calls day rota AMHPs)",
             "called_by": "Declan Forsythe", "alternate": "Grace Adebayo"},
            {"position": 4, "person": "Grace Adebayo", "role": "Lead AMHP, out of hours (calls night rota)",
             "called_by": "Declan Forsythe", "alternate": "Nadia Kowalski"},
            {"position": 5, "person": "Kwame Asante", "role": "Resilience and Emergency Planning Manager",
             "called_by": "Declan Forsythe", "alternate": "Megan Pryce"},
        ],
        "cards": [
            {"disruption": "power", "title": "Loss of power at the AMHP base", "steps": [
                {"text": "Take the duty mobile and grab bag; confirm the duty line still rings through",
                 "who": "Duty AMHP", "when": "Immediately"},
                {"text": "Tell KMPT bed management, police control and the KCC Out of Hours Service to use the "
                         "duty mobile",
                 "who": "Duty AMHP", "when": "Within 30 minutes"},
                {"text": "Relocate the duty desk to a KMPT site or acute hospital with standby power",
                 "who": "AMHP Team Manager", "when": "Within 2 hours"},
                {"text": "Use paper statutory forms; keep a written log of requests and decisions",
                 "who": "Duty AMHP", "when": "For the duration"},
                {"text": "Check all AMHPs on shift have charged phones; issue power banks from the grab bag",
                 "who": "AMHP Team Manager", "when": "Within 2 hours"},
                {"text": "If power is not back by handover, brief the out of hours Lead AMHP on the new location",
                 "who": "AMHP Team Manager", "when": "At handover"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Check fuel in all pool cars; keep above half a tank",
                 "who": "AMHP Team Manager", "when": "Immediately"},
                {"text": "Allocate pool cars to duty AMHPs first; agree car sharing for joint assessments",
                 "who": "AMHP Team Manager", "when": "Same shift"},
                {"text": "Agree video participation by section 12 doctors where lawful",
                 "who": "Duty AMHP", "when": "Per assessment"},
                {"text": "Ask the Resilience team to include AMHPs in any local fuel prioritisation",
                 "who": "AMHP Service Manager", "when": "Within 4 hours"},
            ]},
            {"disruption": "ict", "title": "Mosaic or laptop outage", "steps": [
                {"text": "Use paper forms and the overnight Emergency client report for history",
                 "who": "Duty AMHP", "when": "Immediately"},
                {"text": "Ask KMPT for relevant history by phone where the person is known to them",
                 "who": "Duty AMHP", "when": "Per assessment"},
                {"text": "Tell the AMHP Service Manager of any statutory record that cannot be completed in time",
                 "who": "AMHP Team Manager", "when": "Daily until restore"},
                {"text": "Back-record assessments and reports on Mosaic",
                 "who": "AMHPs", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of the duty line", "steps": [
                {"text": "Report the fault to Cantium and ask for the line to be re-pointed to the duty mobile",
                 "who": "Duty AMHP", "when": "Within 15 minutes"},
                {"text": "Email and phone the duty mobile number to KMPT, police control, A&E departments and the "
                         "Out of Hours Service",
                 "who": "AMHP Team Manager", "when": "Within 30 minutes"},
                {"text": "Check the old line's voicemail every hour if it is still reachable",
                 "who": "Duty AMHP", "when": "Hourly"},
                {"text": "Confirm the line is restored and tell partners",
                 "who": "AMHP Team Manager", "when": "On restore"},
            ]},
            {"disruption": "staff", "title": "AMHP staffing shortfall", "steps": [
                {"text": "Check each shift against minimum AMHP numbers for the next 72 hours",
                 "who": "AMHP Team Manager", "when": "Daily at 09:00"},
                {"text": "Offer additional shifts to warranted AMHPs, including warranted managers",
                 "who": "AMHP Team Manager", "when": "Same day"},
                {"text": "Request agency AMHP cover through the Business Delivery Unit",
                 "who": "AMHP Service Manager", "when": "Within 24 hours"},
                {"text": "Request mutual aid from Medway Council's AMHP service",
                 "who": "AMHP Service Manager", "when": "Within 24 hours"},
                {"text": "Tell KMPT and the ICB that only urgent assessments can be covered",
                 "who": "Assistant Director, Mental Health", "when": "Within 24 hours"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Review the rota for AMHPs living on routes likely to close",
                 "who": "AMHP Team Manager", "when": "On warning"},
                {"text": "Pre-position AMHPs near the main place of safety suites",
                 "who": "AMHP Team Manager", "when": "On warning"},
                {"text": "Agree with police and SECAmb how conveyance will work in snow or flood",
                 "who": "Duty AMHP", "when": "Per assessment"},
                {"text": "Report any assessment delayed by weather to the Service Manager",
                 "who": "Duty AMHP", "when": "Same shift"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Extra shifts offered; staff spread across all shifts; planned assessments rescheduled"},
            {"level": "red", "below_percent": 50,
             "actions": "Warranted managers join the rota; agency AMHP requested; mutual aid sought from Medway"},
            {"level": "black", "below_percent": 35,
             "actions": (
                 "Section 136 and A&E requests only; Assistant Director informs the Director and KMPT; critical "
                 "incident considered"
             )},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 4. Short-Term Pathways
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Short-Term Pathways",
        "status": "approved",
        "owner": "Owen Treharne", "author": "Leon Castellano", "approver": "Fiona Lindqvist",
        "approved_on": "2026-04-09", "next_review": "2027-04-09",
        "scope": (
            "Short-Term Pathway teams in the acute hospitals (William Harvey, Queen Elizabeth the Queen Mother, Kent "
            "and Canterbury, Darent Valley, Maidstone, Tunbridge Wells), community hospitals and Transfer of Care "
            "Hubs, including Social Care Discharge Co-ordinators and the OTA team supporting Short-Term Beds. "
            "Extended access working 08:00-18:00 on Saturdays, public and bank holidays is in scope."
        ),
        "invocation_criteria": (
            "Invoke when the service cannot support safe discharge: team staffing below 70% (OPEL amber) in any "
            "area; an acute trust critical incident; loss of power, Mosaic or SHREWD; loss of a hospital team base; "
            "or KEaH and the home care market unable to take discharges (KCC OPEL 3 or 4)."
        ),
        "who_may_invoke": (
            "Either Short-Term Pathway Service Manager or a Short-Term Pathway Team Manager; out of hours the "
            "Capacity Manager on Call. The Assistant Director for the area is informed within 1 hour."
        ),
        "last_exercised": "2025-11-12",
        "versions": [
            {"version": "1.0", "issued": "2021-06-30",
             "summary": "First issue aligned with the Operational Pressures Escalation Plan v1.1",
             "owner": "Owen Treharne"},
            {"version": "1.1", "issued": "2022-03-21",
             "summary": "Storm Eunice learning: hospital critical incident and power loss at team bases",
             "owner": "Owen Treharne"},
            {"version": "2.0", "issued": "2023-09-25",
             "summary": "OPEL Framework 2023/24; Transfer of Care Hubs; OTA team added",
             "owner": "Owen Treharne"},
            {"version": "3.0", "issued": "2026-04-09",
             "summary": "Annual review; KEaH expansion after Hilton decommissioning reflected",
             "owner": "Owen Treharne"},
        ],
        "activities": [
            {"name": "Support same-day hospital discharges on pathways 1 to 3",
             "description": (
                 "Agree discharge plans with ward and hub staff, request KEaH or care packages, and arrange "
                 "Short-Term Bed placements for people medically fit for discharge."
             ),
             "priority": 1, "rto_hours": 4, "mtpd_hours": 24,
             "minimum_service_level": (
                 "One social care lead in each acute hospital every day; all medically fit patients reviewed at "
                 "board rounds"
             ),
             "minimum_staff": 20,
             "workarounds": (
                 "Discharge co-ordinators work from ward lists and hub whiteboards; packages requested from "
                 "Purchasing by phone; where KEaH declines within 2 hours, Purchasing asked to start a package "
                 "within the 2-week timeframe; non-contracted providers used at OPEL 3."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "reputation"},
                 {"after": "3d", "score": 5, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "finance"},
             ]},
            {"name": "Update KCC OPEL indicators on SHREWD and attend system calls",
             "description": (
                 "Update staffing, caseload, referrals and assessment bed availability on SHREWD by 10:30 daily and "
                 "attend Whole System Escalation and D2A teleconference calls."
             ),
             "priority": 2, "rto_hours": 8, "mtpd_hours": 24,
             "minimum_service_level": "KCC OPEL status reported once a day and the system calls attended",
             "minimum_staff": 2,
             "workarounds": "Indicators emailed to the system control centre and read out on the calls.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 2, "harm": "reputation"},
                 {"after": "1d", "score": 3, "harm": "reputation"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 4, "harm": "people"},
             ]},
            {"name": "Assess and review people in Short-Term Beds",
             "description": (
                 "Assess people in Short-Term and assessment beds so they can go home or move on; the aim is 6 "
                 "weeks' length of stay."
             ),
             "priority": 3, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "People ready to leave a bed reviewed within 3 days",
             "minimum_staff": 6,
             "workarounds": (
                 "County Placement Co-ordinators' daily report used to prioritise; OTAs support mobility reviews "
                 "in the beds."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 2, "harm": "finance"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 4, "harm": "finance"},
             ]},
            {"name": "Complete Care Act assessments after discharge",
             "description": "Care Act assessments within 3 to 6 weeks of discharge for people supported home.",
             "priority": 4, "rto_hours": 72, "mtpd_hours": 168,
             "minimum_service_level": "Assessments for people with rising needs or safeguarding concerns only",
             "minimum_staff": 8,
             "workarounds": "Deprioritised from OPEL 3; packages continued until assessment.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "statutory"},
                 {"after": "4h", "score": 1, "harm": "statutory"},
                 {"after": "1d", "score": 1, "harm": "statutory"},
                 {"after": "3d", "score": 2, "harm": "statutory"},
                 {"after": "1w", "score": 3, "harm": "statutory"},
             ]},
        ],
        "dependencies": [
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Assess and review people in Short-Term Beds",
                            "Complete Care Act assessments after discharge"],
             "notes": (
                 "Discharge requests go on paper forms during an outage. Emergency client report is "
                 "produced overnight every day and saved for restricted use should Mosaic be down."
             )},
            {"kind": "it_system", "name": "SHREWD (Single Health Resilience Early Warning Database)",
             "recovery_hours": 8,
             "activities": ["Update KCC OPEL indicators on SHREWD and attend system calls"],
             "notes": "NHS-hosted; outages are usually short and covered by email reporting."},
            {"kind": "utilities_power", "name": "Power at hospital sites and KCC team bases", "recovery_hours": 4,
             "activities": ["Support same-day hospital discharges on pathways 1 to 3",
                            "Update KCC OPEL indicators on SHREWD and attend system calls"],
             "notes": (
                 "Acute hospitals run on standby generators but the KCC team rooms are not on essential circuits. "
                 "A hospital power failure often triggers a critical incident and a surge in discharges."
             )},
            {"kind": "supplier", "name": "KEaH and contracted Care and Support in the Home providers",
             "recovery_hours": 24,
             "activities": ["Support same-day hospital discharges on pathways 1 to 3"],
             "notes": (
                 "KEaH capacity is reported by patch and the homecare market through Commissioning. When both are "
                 "at OPEL 3 or 4 there is no same-day alternative, so discharges are delayed."
             )},
            {"kind": "premises", "name": "Hospital-based team offices", "recovery_hours": 4,
             "activities": ["Support same-day hospital discharges on pathways 1 to 3"],
             "notes": "Trusts may reclaim team rooms in critical incidents; staff move to the Transfer of Care Hub."},
            {"kind": "telephony", "name": "Mobile phones and Teams", "recovery_hours": 4,
             "activities": ["Support same-day hospital discharges on pathways 1 to 3",
                            "Update KCC OPEL indicators on SHREWD and attend system calls"],
             "notes": "Teleconference dial-in numbers held on paper in each team grab bag."},
            {"kind": "staff_skill", "name": "Social workers and OTs for Care Act and Mental Capacity assessments",
             "recovery_hours": 24,
             "activities": ["Assess and review people in Short-Term Beds",
                            "Complete Care Act assessments after discharge"],
             "notes": "Redeployment from Supporting Independence and Adult Community Teams, agreed within a day."},
        ],
        "cascade": [
            {"position": 1, "person": "Owen Treharne", "role": "Short-Term Pathway Service Manager (East Kent)",
             "called_by": None, "alternate": "Zara Holloway"},
            {"position": 2, "person": "Fiona Lindqvist", "role": "Director of Adult Social Care (East Kent)",
             "called_by": "Owen Treharne", "alternate": "Martin Oduya"},
            {"position": 3, "person": "Zara Holloway", "role": "Short-Term Pathway Service Manager (West Kent)",
             "called_by": "Owen Treharne", "alternate": None},
            {"position": 4, "person": "Leon Castellano", "role": "Team Manager (calls the hospital team managers)",
             "called_by": "Owen Treharne", "alternate": "Amy Sorensen"},
            {"position": 5, "person": "Amy Sorensen", "role": "Social Care Discharge Co-ordinator",
             "called_by": "Leon Castellano", "alternate": None},
            {"position": 6, "person": "Priya Natarajan", "role": "Head of Kent Enablement at Home",
             "called_by": "Owen Treharne", "alternate": "Colin Baptiste"},
            {"position": 7, "person": "Keith Aldred", "role": "County Placement Team Manager",
             "called_by": "Zara Holloway", "alternate": "Lucy Brannigan"},
            {"position": 8, "person": "Alison Markham", "role": "Capacity Manager on Call (out of hours)",
             "called_by": "Owen Treharne", "alternate": "Priya Natarajan"},
        ],
        "cards": [
            {"disruption": "power", "title": "Loss of power (hospital or team base)", "steps": [
                {"text": "Find out whether the trust has declared a critical incident and expects more discharges",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Move the team to a room on essential circuits or to the nearest KCC office",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Work from printed ward lists and the Emergency client report",
                 "who": "Discharge Co-ordinators", "when": "Within 1 hour"},
                {"text": "Confirm KEaH and assessment bed capacity by phone",
                 "who": "Discharge Co-ordinators", "when": "Within 2 hours"},
                {"text": "Check in-house residential units on the same supply before sending discharges there",
                 "who": "Team Manager", "when": "Before each placement"},
                {"text": "Report OPEL status by email if SHREWD cannot be reached",
                 "who": "Team Manager", "when": "By 10:30"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Base staff at the hospital nearest their home",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Replace home visits for Care Act assessments with phone or video where safe",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Expect home care providers to hand back calls; ask Purchasing for daily capacity",
                 "who": "Team Manager", "when": "Daily"},
                {"text": "Escalate discharge delays caused by lack of care to the A&E Delivery Board call",
                 "who": "Service Manager", "when": "On the next call"},
            ]},
            {"disruption": "ict", "title": "Mosaic or SHREWD outage", "steps": [
                {"text": "Confirm outage and restore estimate",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Use paper discharge request forms and phone Purchasing directly",
                 "who": "Discharge Co-ordinators", "when": "Within 1 hour"},
                {"text": "Email OPEL indicators to the system control centre",
                 "who": "Team Manager", "when": "By 10:30"},
                {"text": "Back-record on Mosaic",
                 "who": "All staff", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Use ward landlines and Teams on the hospital network",
                 "who": "Discharge Co-ordinators", "when": "Immediately"},
                {"text": "Give ward managers and the discharge lounge an alternative contact",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Use paper dial-in numbers for the system teleconference calls",
                 "who": "Service Manager", "when": "Per call"},
                {"text": "Report the fault to Cantium",
                 "who": "Team Manager", "when": "Within 1 hour"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Report team staffing % on SHREWD (green 70%+, amber 50-70, red 35-50, black under 35)",
                 "who": "Team Manager", "when": "By 10:30 daily"},
                {"text": "Redeploy staff between hospital teams within the area",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Notify the Assistant Director; request staff from Promoting and Supporting Independence "
                         "and Adult Community Teams",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Below 50%: ask the Director to approve redeployment across Area boundaries",
                 "who": "Service Manager", "when": "Within 4 hours"},
                {"text": "Deprioritise scheduled reviews and post-discharge Care Act assessments",
                 "who": "Team Manager", "when": "Same day"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Check staff can reach their hospital; redeploy to the nearest site",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Review people due home to rural addresses for safe transport and heating",
                 "who": "Discharge Co-ordinators", "when": "Per discharge"},
                {"text": "Apply cold weather or heatwave plan checks before each discharge",
                 "who": "Discharge Co-ordinators", "when": "For the duration"},
                {"text": "Report weather-related delays on the system calls",
                 "who": "Service Manager", "when": "Per call"},
            ]},
            {"disruption": "supplier", "title": "KEaH or home care market cannot take discharges", "steps": [
                {"text": "Confirm which KEaH patches are red or black and the homecare waiting list",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Use contracted or non-contracted providers to bridge until KEaH is available",
                 "who": "Discharge Co-ordinators", "when": "Same day"},
                {"text": "Consider residential or nursing placements from non-contracted providers and outside "
                         "Kent and Medway",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Discuss community hospital beds or spot purchase with health partners",
                 "who": "Service Manager", "when": "Within 24 hours"},
                {"text": "Initiate the KCC Operational Pressures Escalation Group if OPEL 4",
                 "who": "Service Manager", "when": "At OPEL 4"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": (
                 "Service Manager notifies the Assistant Director; temporary redeployment from Promoting and "
                 "Supporting Independence and Adult Community Teams"
             )},
            {"level": "red", "below_percent": 50,
             "actions": (
                 "Redeployment across Area boundaries; Director of Adult Social Care (East or West) may make "
                 "time-limited arrangements"
             )},
            {"level": "black", "below_percent": 35,
             "actions": (
                 "Report black on SHREWD; KCC Operational Pressures Escalation Group convened; Service Business "
                 "Continuity Plans implemented"
             )},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 5. In-house Residential Services
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "In-house Residential Services",
        "status": "approved",
        "owner": "Patricia Nwosu", "author": "Stuart Gillingham", "approver": "Rowan Ellery",
        "approved_on": "2026-07-21", "next_review": "2027-07-21",
        "scope": (
            "All KCC in-house registered care homes and Integrated Care Centres for older people, including "
            "Broadmeadow Integrated Care Centre and Hawkinge House: long-term, respite, short-term and assessment "
            "beds. Covers residents, staff on all shifts, buildings, plant and the suppliers each home relies on. "
            "Each home keeps a site annex with its floor plan, isolation points and evacuation routes."
        ),
        "invocation_criteria": (
            "Invoke on any loss of power, heating, water or telephony at a home; when staffing on a shift falls "
            "below the safe ratio; when a home cannot be used; on failure of a critical supplier (food, pharmacy, "
            "generator hire); on an amber or red weather warning; or on an infection outbreak that closes a home "
            "to admissions."
        ),
        "who_may_invoke": (
            "The Registered Manager or, on shift, the person in charge of the home (including the night deputy), "
            "who then calls the Head of In-house Provision or, out of hours, the Capacity Manager on Call."
        ),
        "last_exercised": "2025-08-20",
        "versions": [
            {"version": "1.0", "issued": "2021-09-30",
             "summary": "First issue of a single plan for all in-house homes, replacing separate home plans",
             "owner": "Patricia Nwosu"},
            {"version": "1.1", "issued": "2022-03-14",
             "summary": "Storms Eunice and Franklin: generator hire, air mattress and warmth procedures added",
             "owner": "Patricia Nwosu"},
            {"version": "2.0", "issued": "2023-04-17",
             "summary": "Lessons from Exercise Lemur (Nov 2022) and Exercise Mighty Oak (Mar 2023) on power loss",
             "owner": "Patricia Nwosu"},
            {"version": "2.1", "issued": "2023-08-31",
             "summary": "No-notice power outage exercise programme: torches, nurse call fallback, PSR registration",
             "owner": "Patricia Nwosu"},
            {"version": "3.0", "issued": "2025-07-14",
             "summary": "eMAR introduced; printed MAR backup and supplier contacts updated",
             "owner": "Patricia Nwosu"},
            {"version": "3.1", "issued": "2026-07-21",
             "summary": "Annual review; generator hire contract renewed with a 6-hour delivery target",
             "owner": "Patricia Nwosu"},
        ],
        "activities": [
            {"name": "Maintain safe 24-hour care for residents",
             "description": (
                 "Personal care, medication rounds, nutrition, hydration and supervision for every resident, day "
                 "and night."
             ),
             "priority": 1, "rto_hours": 1, "mtpd_hours": 4,
             "minimum_service_level": (
                 "Safe staffing on every unit; time-critical medicines given on time; drinks and food every 3 hours; "
                 "hourly checks on every resident if the nurse call system is down"
             ),
             "minimum_staff": 60,
             "workarounds": (
                 "Printed MAR charts refreshed weekly for use if eMAR is down; torches and head torches on every "
                 "unit; cold food menu and flasks; handbells and hourly checks in place of nurse call."
             ),
             "impacts": [
                 {"after": "1h", "score": 4, "harm": "people"},
                 {"after": "4h", "score": 5, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "reputation"},
             ]},
            {"name": "Keep residents warm and protect those on powered equipment",
             "description": (
                 "Protect residents who rely on dynamic air mattresses, hoists, oxygen concentrators and electric "
                 "heating, and keep communal areas warm."
             ),
             "priority": 2, "rto_hours": 2, "mtpd_hours": 6,
             "minimum_service_level": (
                 "Air mattresses sealed or residents repositioned every 2 hours; one warm lounge per unit; oxygen "
                 "from cylinders"
             ),
             "minimum_staff": 12,
             "workarounds": (
                 "Mattress transport caps fitted to hold pressure; manual repositioning with slide sheets; portable "
                 "hoists with charged batteries; oxygen cylinders ordered from the supplier; blankets and thermal "
                 "layers from the emergency store."
             ),
             "impacts": [
                 {"after": "1h", "score": 3, "harm": "people"},
                 {"after": "4h", "score": 4, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Evacuate or shelter residents if a building is unusable",
             "description": "Move residents to a safe part of the building, another home or a rest centre.",
             "priority": 3, "rto_hours": 4, "mtpd_hours": 12,
             "minimum_service_level": "All residents in a safe, warm place with their medicines and records",
             "minimum_staff": 20,
             "workarounds": (
                 "Horizontal evacuation first; residents moved to another in-house home or a contracted home with "
                 "vacancies found by the County Placement Team; KRF rest centre as a last resort."
             ),
             "impacts": [
                 {"after": "1h", "score": 3, "harm": "people"},
                 {"after": "4h", "score": 4, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "reputation"},
                 {"after": "1w", "score": 5, "harm": "finance"},
             ]},
            {"name": "Accept hospital discharges into assessment and short-term beds",
             "description": "Admit people from hospital on pathways 2 and 3, prioritising discharge referrals.",
             "priority": 4, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Admissions paused during the disruption; vacancies held for restart",
             "minimum_staff": 4,
             "workarounds": "Short-Term Pathways and the County Placement Team redirect to other beds.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 2, "harm": "people"},
                 {"after": "3d", "score": 3, "harm": "finance"},
                 {"after": "1w", "score": 4, "harm": "people"},
             ]},
            {"name": "Update vacant beds indicator and Capacity Tracker",
             "description": "Update vacant beds daily, twice daily when the OPEL status requires it.",
             "priority": 5, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Vacancies phoned to the County Placement Team once a day",
             "minimum_staff": 1,
             "workarounds": "Phone or text the County Placement Co-ordinator.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 1, "harm": "reputation"},
                 {"after": "3d", "score": 2, "harm": "reputation"},
                 {"after": "1w", "score": 2, "harm": "finance"},
             ]},
        ],
        "dependencies": [
            {"kind": "utilities_power", "name": "Mains electricity (UK Power Networks)", "recovery_hours": 12,
             "activities": ["Maintain safe 24-hour care for residents",
                            "Keep residents warm and protect those on powered equipment"],
             "notes": (
                 "During storms Eunice and Franklin some Kent properties were without power for over a day. All "
                 "homes are on the UKPN Priority Services Register. Only Broadmeadow has a fixed standby generator. "
                 "Boilers stop without power to pumps and controls, so heating is lost as well."
             )},
            {"kind": "supplier", "name": "Standby generator hire and fuel delivery", "recovery_hours": 6,
             "activities": ["Maintain safe 24-hour care for residents",
                            "Keep residents warm and protect those on powered equipment"],
             "notes": (
                 "Contracted 6-hour delivery target, longer in a wide-area event when hire stock runs out. Each "
                 "home without a fixed generator has a pre-installed connection point tested annually."
             )},
            {"kind": "telephony", "name": "Nurse call system and landlines", "recovery_hours": 1,
             "activities": ["Maintain safe 24-hour care for residents"],
             "notes": (
                 "Nurse call panels have battery backup of about 1 hour, by which time hourly checks and handbells "
                 "are in place. Landlines are digital (VoIP) and fail with the power; each home has a mobile."
             )},
            {"kind": "it_system", "name": "Electronic medication records (eMAR) and care planning",
             "recovery_hours": 1,
             "activities": ["Maintain safe 24-hour care for residents"],
             "notes": (
                 "Supplier restore can take 8 hours, but printed MAR charts refreshed weekly on every unit are in "
                 "use within the hour; changes since the last print are checked with the pharmacy."
             )},
            {"kind": "premises", "name": "Reciprocal beds in other in-house homes and contracted vacancies",
             "recovery_hours": 4,
             "activities": ["Evacuate or shelter residents if a building is unusable"],
             "notes": (
                 "In-house homes hold reciprocal arrangements; the County Placement Team finds contracted vacancies. "
                 "Repairs to a damaged home go through KCC Infrastructure and can take weeks."
             )},
            {"kind": "staff_skill", "name": "Care staff with medication competency", "recovery_hours": 1,
             "activities": ["Maintain safe 24-hour care for residents"],
             "notes": (
                 "At least one medication-competent senior per unit per shift; a senior from another unit covers "
                 "within the hour. Agency seniors need an induction before giving medicines."
             )},
        ],
        "cascade": [
            {"position": 1, "person": "Stuart Gillingham", "role": "Registered Manager (person in charge on site)",
             "called_by": None, "alternate": "Sam Okonjo"},
            {"position": 2, "person": "Patricia Nwosu", "role": "Head of In-house Provision",
             "called_by": "Stuart Gillingham", "alternate": "Joanna Petrakis"},
            {"position": 3, "person": "Rowan Ellery", "role": "Assistant Director, County Services",
             "called_by": "Patricia Nwosu", "alternate": "Bernadette Quinlan"},
            {"position": 4, "person": "Joanna Petrakis", "role": "Registered Manager, Hawkinge House (mutual aid)",
             "called_by": "Patricia Nwosu", "alternate": None},
            {"position": 5, "person": "Sam Okonjo", "role": "Deputy Manager (Nights)",
             "called_by": "Stuart Gillingham", "alternate": None},
            {"position": 6, "person": "Keith Aldred", "role": "County Placement Team Manager (alternative beds)",
             "called_by": "Patricia Nwosu", "alternate": "Lucy Brannigan"},
            {"position": 7, "person": "Kwame Asante", "role": "Resilience and Emergency Planning Manager",
             "called_by": "Patricia Nwosu", "alternate": "Megan Pryce"},
            {"position": 8, "person": "Owen Treharne", "role": "Short-Term Pathway Service Manager (pause admissions)",
             "called_by": "Patricia Nwosu", "alternate": "Zara Holloway"},
            {"position": 9, "person": "Eleanor Whitcombe", "role": "Corporate Director (if residents must move)",
             "called_by": "Rowan Ellery", "alternate": "Fiona Lindqvist"},
        ],
        "cards": [
            {"disruption": "power", "title": "Loss of power at a care home", "steps": [
                {"text": "Check every resident on powered equipment; fit air mattress transport caps and start "
                         "2-hourly repositioning; switch to oxygen cylinders",
                 "who": "Person in charge", "when": "Immediately"},
                {"text": "Issue torches; check emergency lighting; make sure lifts are empty",
                 "who": "Senior carer on each unit", "when": "Within 15 minutes"},
                {"text": "Call UK Power Networks (105) for a restoration estimate; quote Priority Services Register",
                 "who": "Person in charge", "when": "Within 15 minutes"},
                {"text": "Start the fixed generator (Broadmeadow) or call the generator hire contractor",
                 "who": "Person in charge", "when": "Within 30 minutes"},
                {"text": "Start hourly checks in place of nurse call; move residents to one warm lounge per unit",
                 "who": "Senior carer on each unit", "when": "Within 1 hour"},
                {"text": "Use printed MAR charts; give time-critical medicines on time",
                 "who": "Medication-competent senior", "when": "Next medication round"},
                {"text": "Call the Head of In-house Provision (or Capacity Manager on Call); pause admissions",
                 "who": "Person in charge", "when": "Within 1 hour"},
                {"text": "If no power or generator within 6 hours, agree moving residents with the Head of "
                         "In-house Provision and the County Placement Team",
                 "who": "Head of In-house Provision", "when": "At 6 hours"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "List staff who cannot get to work; rota those living within walking distance",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Check generator fuel level and order a top-up",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Arrange shift swaps to longer shifts to cut journeys",
                 "who": "Registered Manager", "when": "Within 24 hours"},
                {"text": "Confirm food, pharmacy and oxygen deliveries with suppliers",
                 "who": "Registered Manager", "when": "Within 24 hours"},
                {"text": "Report staffing and supply position to the Head of In-house Provision",
                 "who": "Registered Manager", "when": "Daily at 10:00"},
            ]},
            {"disruption": "ict", "title": "eMAR or care planning system outage", "steps": [
                {"text": "Switch to the printed MAR charts and paper care notes",
                 "who": "Person in charge", "when": "Immediately"},
                {"text": "Phone the pharmacy to confirm any changes since the last print",
                 "who": "Medication-competent senior", "when": "Within 2 hours"},
                {"text": "Report the fault to the system supplier and Cantium",
                 "who": "Registered Manager", "when": "Within 1 hour"},
                {"text": "Back-record paper entries on restore and check for missed doses",
                 "who": "Medication-competent senior", "when": "Within 24 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of nurse call or telephones", "steps": [
                {"text": "Start hourly checks on every resident; issue handbells to residents able to use them",
                 "who": "Person in charge", "when": "Immediately"},
                {"text": "Use the home's mobile phone; tell the Head of In-house Provision the number",
                 "who": "Person in charge", "when": "Within 30 minutes"},
                {"text": "Report the fault to the nurse call contractor and Cantium",
                 "who": "Registered Manager", "when": "Within 1 hour"},
                {"text": "Tell GPs, the pharmacy and families the temporary number",
                 "who": "Registered Manager", "when": "Within 4 hours"},
            ]},
            {"disruption": "premises", "title": "Building unusable (fire, flood, structure, heating)", "steps": [
                {"text": "Follow the fire plan; horizontal evacuation first; account for every resident and staff "
                         "member",
                 "who": "Person in charge", "when": "Immediately"},
                {"text": "Call the Head of In-house Provision or the Capacity Manager on Call",
                 "who": "Person in charge", "when": "Within 15 minutes"},
                {"text": "Ask the County Placement Team for vacancies in other in-house and contracted homes",
                 "who": "Head of In-house Provision", "when": "Within 1 hour"},
                {"text": "Move residents with medicines, MAR charts and care records; tell families",
                 "who": "Registered Manager", "when": "Within 4 hours"},
                {"text": "Notify CQC and the Resilience team",
                 "who": "Registered Manager", "when": "Within 24 hours"},
            ]},
            {"disruption": "staff", "title": "Staff shortage (sickness, outbreak, strike)", "steps": [
                {"text": "Check each shift for the next 72 hours against safe staffing",
                 "who": "Registered Manager", "when": "Daily at 09:00"},
                {"text": "Offer extra shifts to own staff before agency, limiting movement between settings",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Book agency staff; managers work on the floor",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Close to admissions and tell Short-Term Pathways and the County Placement Team",
                 "who": "Head of In-house Provision", "when": "Same day"},
                {"text": "Request mutual aid from other in-house homes and KEaH",
                 "who": "Head of In-house Provision", "when": "Within 24 hours"},
            ]},
            {"disruption": "weather", "title": "Severe weather (cold, heat, storm, flood)", "steps": [
                {"text": "Check generator fuel, grit, food and medicine stocks",
                 "who": "Registered Manager", "when": "On warning"},
                {"text": "In heat, monitor room temperatures every 4 hours and push fluids",
                 "who": "Senior carer on each unit", "when": "For the duration"},
                {"text": "In cold, keep residents' rooms above 18°C and check for falls outside",
                 "who": "Senior carer on each unit", "when": "For the duration"},
                {"text": "Arrange for staff to stay over or be collected by 4x4 if roads close",
                 "who": "Registered Manager", "when": "On warning"},
                {"text": "Secure loose garden furniture and check flood defences",
                 "who": "Maintenance staff", "when": "On warning"},
            ]},
            {"disruption": "supplier", "title": "Supplier failure (food, pharmacy, generator hire)", "steps": [
                {"text": "Check stock on site and how many days it covers",
                 "who": "Registered Manager", "when": "Within 2 hours"},
                {"text": "Use the alternative supplier listed in the home's annex",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "For medicines, ask the GP and an alternative pharmacy for urgent supply",
                 "who": "Medication-competent senior", "when": "Same day"},
                {"text": "Tell Commissioning and the Head of In-house Provision",
                 "who": "Registered Manager", "when": "Same day"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Agency staff booked; managers work on the floor; staff movement between homes limited"},
            {"level": "red", "below_percent": 50,
             "actions": "Close to admissions; mutual aid from other in-house homes and KEaH; notify CQC"},
            {"level": "black", "below_percent": 35,
             "actions": (
                 "Assistant Director and Director informed; temporary transfer of residents considered with the "
                 "County Placement Team"
             )},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 6. County Placement Team (review overdue)
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "County Placement Team",
        "status": "approved",
        "owner": "Keith Aldred", "author": "Lucy Brannigan", "approver": "Hugh Salter",
        "approved_on": "2025-09-30", "next_review": "2026-09-30",
        "scope": (
            "Placement sourcing and purchasing for residential, nursing, respite, assessment bed and Short-Term Bed "
            "placements countywide, daily assessment bed reporting, vacant bed information and the weekend and bank "
            "holiday service supporting hospital discharge."
        ),
        "invocation_criteria": (
            "Invoke when the team cannot source or contract placements: Mosaic or purchasing systems down for more "
            "than 4 hours; staffing below 70%; loss of telephony; failure of a care home provider needing emergency "
            "moves; or KCC OPEL 3 or 4 with no contracted capacity."
        ),
        "who_may_invoke": "County Placement Team Manager or Head of Business Delivery Unit.",
        "last_exercised": "2024-09-18",
        "versions": [
            {"version": "1.0", "issued": "2021-01-11",
             "summary": "First issue; weekend and bank holiday working for winter 2020-21",
             "owner": "Keith Aldred"},
            {"version": "1.1", "issued": "2022-10-03",
             "summary": "Provider failure and emergency moves section added",
             "owner": "Keith Aldred"},
            {"version": "2.0", "issued": "2024-09-30",
             "summary": "EES exercise learning; Capacity Tracker replaces spreadsheet vacancy list",
             "owner": "Keith Aldred"},
            {"version": "2.1", "issued": "2025-09-30",
             "summary": "Annual review; cascade and out of hours numbers updated",
             "owner": "Keith Aldred"},
        ],
        "activities": [
            {"name": "Arrange emergency placements for carer breakdown and safeguarding",
             "description": "Find and contract a same-day bed when someone cannot stay safely at home.",
             "priority": 1, "rto_hours": 4, "mtpd_hours": 12,
             "minimum_service_level": "Every emergency placement request sourced the same day",
             "minimum_staff": 2,
             "workarounds": (
                 "Vacancies from the Capacity Tracker print taken each morning; placement agreed by phone and "
                 "confirmed by email with a paper placement form; service agreement raised on Mosaic after restore."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Source and purchase placements for hospital discharge",
             "description": "Source assessment, short-term and long-term beds for people medically fit to leave.",
             "priority": 2, "rto_hours": 8, "mtpd_hours": 24,
             "minimum_service_level": "Pathway 2 and 3 requests sourced within one working day",
             "minimum_staff": 4,
             "workarounds": (
                 "Paper placement forms; non-contracted providers and providers in other areas used where capacity "
                 "is available (OPEL 3)."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "reputation"},
                 {"after": "1d", "score": 4, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "finance"},
                 {"after": "1w", "score": 5, "harm": "finance"},
             ]},
            {"name": "Report daily on assessment bed placements",
             "description": (
                 "Daily report on each assessment bed placement; placements over 3 weeks escalated for immediate "
                 "action."
             ),
             "priority": 3, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Report issued every working day",
             "minimum_staff": 1,
             "workarounds": "Report compiled from the Capacity Tracker and provider phone calls.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 2, "harm": "finance"},
                 {"after": "3d", "score": 3, "harm": "finance"},
                 {"after": "1w", "score": 3, "harm": "people"},
             ]},
            {"name": "Maintain vacant bed information and SHREWD indicator",
             "description": "Keep vacant bed details for older persons' homes and update SHREWD daily.",
             "priority": 4, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Assessment bed availability reported daily",
             "minimum_staff": 1,
             "workarounds": "Phone round of in-house units and the main contracted homes.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 2, "harm": "reputation"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 3, "harm": "people"},
             ]},
            {"name": "Notify providers at week 8 of the 12-week property disregard",
             "description": "Tell providers in time for discharge or funding arrangements at the end of the disregard.",
             "priority": 5, "rto_hours": 168, "mtpd_hours": 336,
             "minimum_service_level": "Notices sent within the same fortnight",
             "minimum_staff": 1,
             "workarounds": "Letters sent from templates held on the shared drive.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 1, "harm": "finance"},
                 {"after": "3d", "score": 1, "harm": "finance"},
                 {"after": "1w", "score": 2, "harm": "finance"},
             ]},
        ],
        "dependencies": [
            {"kind": "it_system", "name": "Mosaic (service agreements and purchasing)", "recovery_hours": 24,
             "activities": ["Arrange emergency placements for carer breakdown and safeguarding",
                            "Source and purchase placements for hospital discharge"],
             "notes": (
                 "Service agreements cannot be raised without Mosaic. Placements are made on paper and authorised "
                 "by the Team Manager, but some providers will not admit without a service agreement."
             )},
            {"kind": "it_system", "name": "Capacity Tracker and SHREWD", "recovery_hours": 8,
             "activities": ["Maintain vacant bed information and SHREWD indicator",
                            "Report daily on assessment bed placements"],
             "notes": "National and NHS-hosted systems; short outages covered by phone rounds."},
            {"kind": "telephony", "name": "Team telephony and softphones", "recovery_hours": 4,
             "activities": ["Arrange emergency placements for carer breakdown and safeguarding",
                            "Source and purchase placements for hospital discharge"],
             "notes": "Work mobiles issued to all placement officers."},
            {"kind": "supplier", "name": "Contracted residential and nursing home providers", "recovery_hours": 72,
             "activities": ["Arrange emergency placements for carer breakdown and safeguarding",
                            "Source and purchase placements for hospital discharge"],
             "notes": (
                 "Thirteen homes were under contract suspension in 2023 and vacancies fall during outbreaks; "
                 "non-contracted and out-of-area beds take days to agree."
             )},
            {"kind": "staff_skill", "name": "Placement officers with delegated purchasing authority",
             "recovery_hours": 4,
             "activities": ["Arrange emergency placements for carer breakdown and safeguarding",
                            "Source and purchase placements for hospital discharge"],
             "notes": "Only four officers hold delegated authority; Team Manager can authorise in their absence."},
        ],
        "cascade": [
            {"position": 1, "person": "Keith Aldred", "role": "County Placement Team Manager",
             "called_by": None, "alternate": "Lucy Brannigan"},
            {"position": 2, "person": "Hugh Salter", "role": "Head of Business Delivery Unit",
             "called_by": "Keith Aldred", "alternate": "Rowan Ellery"},
            {"position": 3, "person": "Lucy Brannigan", "role": "County Placement Co-ordinator (calls officers)",
             "called_by": "Keith Aldred", "alternate": None},
            {"position": 4, "person": "Sian Llewellyn", "role": "Commissioning Manager (provider issues)",
             "called_by": "Keith Aldred", "alternate": None},
            {"position": 5, "person": "Zara Holloway", "role": "Short-Term Pathway Service Manager (West Kent)",
             "called_by": "Lucy Brannigan", "alternate": "Owen Treharne"},
        ],
        "cards": [
            {"disruption": "ict", "title": "Mosaic or Capacity Tracker outage", "steps": [
                {"text": "Confirm outage and restore estimate with the Mosaic Business Systems Manager",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Use the morning Capacity Tracker print and phone providers directly",
                 "who": "Placement officers", "when": "Within 1 hour"},
                {"text": "Record each placement on a paper placement form authorised by the Team Manager",
                 "who": "Placement officers", "when": "Per placement"},
                {"text": "Raise service agreements on Mosaic for every paper placement",
                 "who": "Placement officers", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Switch to work mobiles; tell Short-Term Pathways and the in-house homes",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Use email for non-urgent provider contact",
                 "who": "Placement officers", "when": "For the duration"},
                {"text": "Report the fault to Cantium",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Check team voicemail once lines return and clear call-backs in risk order",
                 "who": "Placement officers", "when": "On restore"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Check staffing against the 70% threshold and the weekend rota",
                 "who": "Team Manager", "when": "Daily at 09:00"},
                {"text": "Prioritise emergency placements and hospital discharges; pause disregard letters",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Ask the Head of Business Delivery Unit for staff with purchasing experience",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Team Manager authorises placements personally if no delegated officer is available",
                 "who": "Team Manager", "when": "For the duration"},
            ]},
            {"disruption": "supplier", "title": "Care home provider failure", "steps": [
                {"text": "Get the resident list and needs from the provider and Commissioning",
                 "who": "Team Manager", "when": "Within 2 hours"},
                {"text": "Source alternative beds, in-house first, then contracted and non-contracted",
                 "who": "Placement officers", "when": "Within 24 hours"},
                {"text": "Agree move dates with families and the receiving homes",
                 "who": "Placement officers", "when": "Within 48 hours"},
                {"text": "Report progress to Commissioning and the Head of Business Delivery Unit",
                 "who": "Team Manager", "when": "Daily"},
            ]},
            {"disruption": "power", "title": "Loss of power", "steps": [
                {"text": "Move to home working or another KCC office",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Ask in-house homes and contracted homes on the same supply if they can still admit",
                 "who": "Placement officers", "when": "Within 2 hours"},
                {"text": "Hold vacancies for residents who may need to move from homes without power",
                 "who": "Team Manager", "when": "Within 2 hours"},
                {"text": "Report homes without power and residents who may need to move to the Resilience team",
                 "who": "Team Manager", "when": "Every 4 hours"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Move to home working on amber or red warnings",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Check homes can accept admissions and transport can reach them",
                 "who": "Placement officers", "when": "Per placement"},
                {"text": "Report homes affected by flood or power loss to the Resilience team",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Cover the weekend and bank holiday rota with staff able to work from home",
                 "who": "Team Manager", "when": "For the duration"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Emergency and discharge placements only; weekend rota protected"},
            {"level": "red", "below_percent": 50,
             "actions": "Business Delivery Unit staff redeployed; Team Manager authorises all placements"},
            {"level": "black", "below_percent": 35,
             "actions": "Head of Business Delivery Unit asks the Director for cross-Directorate support"},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 7. Occupational Therapy
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Occupational Therapy",
        "status": "approved",
        "owner": "Miriam Castle", "author": "Ellis Rowntree", "approver": "Rowan Ellery",
        "approved_on": "2026-02-17", "next_review": "2027-02-17",
        "scope": (
            "Occupational Therapists and Occupational Therapy Assistants across Kent, including OT input to KEaH, "
            "Home First and Short-Term Beds, urgent response for carer breakdown, equipment prescribing through the "
            "Integrated Community Equipment Service, and adaptations. OTs in the Short-Term Pathway teams follow "
            "that service's plan for discharge work."
        ),
        "invocation_criteria": (
            "Invoke when urgent OT assessments or equipment for discharge cannot be delivered: staffing below 70%; "
            "ICES unable to deliver; fuel disruption affecting home visits; severe weather; or loss of Mosaic or "
            "the ICES ordering portal for more than a working day."
        ),
        "who_may_invoke": "Head of Occupational Therapy or an OT Senior Practitioner acting as duty lead.",
        "last_exercised": "2025-03-12",
        "versions": [
            {"version": "1.0", "issued": "2022-01-17",
             "summary": "First issue; temporary OTA recruitment and agency OT cover for winter 2021-22",
             "owner": "Miriam Castle"},
            {"version": "2.0", "issued": "2023-10-02",
             "summary": "Eleven OTAs in Short-Term Pathways; trusted assessor arrangement with KEaH",
             "owner": "Miriam Castle"},
            {"version": "2.1", "issued": "2025-02-10",
             "summary": "ICES supplier failure card and single-handed care review added",
             "owner": "Miriam Castle"},
            {"version": "2.2", "issued": "2026-02-17",
             "summary": "Annual review; fuel card updated from exercise learning",
             "owner": "Miriam Castle"},
        ],
        "activities": [
            {"name": "Provide urgent OT response to prevent carer breakdown or admission",
             "description": (
                 "Same or next day visits where moving and handling, falls or equipment problems put a carer or "
                 "the person at immediate risk."
             ),
             "priority": 1, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Urgent referrals triaged daily and visited within 24 hours where needed",
             "minimum_staff": 6,
             "workarounds": (
                 "Phone or video triage; KEaH trusted assessors supply simple equipment; urgent equipment drawn "
                 "from the ICES emergency stock."
             ),
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "people"},
             ]},
            {"name": "Prescribe equipment for hospital discharge through ICES",
             "description": "Order beds, hoists and other equipment so people can go home from hospital.",
             "priority": 2, "rto_hours": 24, "mtpd_hours": 48,
             "minimum_service_level": "Discharge equipment ordered the same day as the request",
             "minimum_staff": 4,
             "workarounds": "Orders phoned or emailed to the ICES provider; recycled stock used where safe.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 1, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "finance"},
                 {"after": "1w", "score": 5, "harm": "people"},
             ]},
            {"name": "Support enablement and Short-Term Beds (OTAs)",
             "description": "OTA input to reduce deconditioning and review moving and handling.",
             "priority": 3, "rto_hours": 72, "mtpd_hours": 168,
             "minimum_service_level": "People due to leave Short-Term Beds seen first",
             "minimum_staff": 5,
             "workarounds": "KEaH support workers follow existing OT programmes.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 1, "harm": "finance"},
                 {"after": "3d", "score": 2, "harm": "people"},
                 {"after": "1w", "score": 3, "harm": "finance"},
             ]},
            {"name": "Carry out routine OT assessments and adaptations",
             "description": "Planned assessments, major adaptations and Disabled Facilities Grant referrals.",
             "priority": 4, "rto_hours": 168, "mtpd_hours": 672,
             "minimum_service_level": "Waiting list held and reviewed for rising risk",
             "minimum_staff": 2,
             "workarounds": "Waiting list triaged by phone every fortnight.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 1, "harm": "reputation"},
                 {"after": "3d", "score": 1, "harm": "people"},
                 {"after": "1w", "score": 2, "harm": "people"},
             ]},
        ],
        "dependencies": [
            {"kind": "supplier", "name": "Integrated Community Equipment Service (ICES) provider",
             "recovery_hours": 48,
             "activities": ["Provide urgent OT response to prevent carer breakdown or admission",
                            "Prescribe equipment for hospital discharge through ICES"],
             "notes": (
                 "Delivery, installation and recycling are fuel-dependent; the provider's own plan covers depots. "
                 "Emergency stock held for 24-hour delivery in normal conditions only."
             )},
            {"kind": "vehicles_fuel", "name": "Staff own vehicles and fuel", "recovery_hours": 72,
             "activities": ["Provide urgent OT response to prevent carer breakdown or admission",
                            "Support enablement and Short-Term Beds (OTAs)"],
             "notes": "All OTs and OTAs use their own cars; visits clustered by area during fuel disruption."},
            {"kind": "it_system", "name": "ICES online ordering portal", "recovery_hours": 24,
             "activities": ["Prescribe equipment for hospital discharge through ICES"],
             "notes": "Provider-hosted; phone and email ordering available during outages."},
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Prescribe equipment for hospital discharge through ICES",
                            "Carry out routine OT assessments and adaptations"],
             "notes": "Emergency client report is produced overnight every day and saved for restricted use."},
            {"kind": "staff_skill", "name": "Qualified OTs (moving and handling, single-handed care)",
             "recovery_hours": 24,
             "activities": ["Provide urgent OT response to prevent carer breakdown or admission"],
             "notes": "OTs moved off routine work within a day; a 9.5% national OT vacancy rate limits agency cover."},
        ],
        "cascade": [
            {"position": 1, "person": "Miriam Castle", "role": "Head of Occupational Therapy",
             "called_by": None, "alternate": "Ellis Rowntree"},
            {"position": 2, "person": "Rowan Ellery", "role": "Assistant Director, County Services",
             "called_by": "Miriam Castle", "alternate": "Daniel Hartley"},
            {"position": 3, "person": "Ellis Rowntree", "role": "OT Senior Practitioner (calls area OTs)",
             "called_by": "Miriam Castle", "alternate": None},
            {"position": 4, "person": "Bethany Crane", "role": "OTA Team Lead (calls OTAs)",
             "called_by": "Ellis Rowntree", "alternate": None},
            {"position": 5, "person": "Sian Llewellyn", "role": "Commissioning Manager (ICES contract)",
             "called_by": "Miriam Castle", "alternate": None},
        ],
        "cards": [
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Collect each OT's and OTA's fuel position and home area",
                 "who": "OT Senior Practitioner", "when": "Immediately"},
                {"text": "Reallocate urgent visits to staff living nearest; move other visits to phone or video",
                 "who": "OT Senior Practitioner", "when": "Same day"},
                {"text": "Confirm with ICES which deliveries are at risk and agree priorities",
                 "who": "Head of Occupational Therapy", "when": "Within 4 hours"},
                {"text": "Tell Short-Term Pathways which discharge equipment will be late",
                 "who": "OT Senior Practitioner", "when": "Within 4 hours"},
            ]},
            {"disruption": "supplier", "title": "ICES provider cannot deliver", "steps": [
                {"text": "Get the provider's list of delayed orders and expected dates",
                 "who": "Head of Occupational Therapy", "when": "Within 2 hours"},
                {"text": "RAG-rate delayed orders; red for hospital discharge and carer breakdown",
                 "who": "OT Senior Practitioner", "when": "Within 4 hours"},
                {"text": "Agree spot purchase or loan from health partners for red orders",
                 "who": "Commissioning Manager", "when": "Same day"},
                {"text": "Escalate to contract management and the Assistant Director",
                 "who": "Head of Occupational Therapy", "when": "Within 24 hours"},
            ]},
            {"disruption": "ict", "title": "Mosaic or ICES portal outage", "steps": [
                {"text": "Order urgent equipment by phone or email to ICES",
                 "who": "OTs", "when": "Immediately"},
                {"text": "Record assessments on paper and keep a log of orders",
                 "who": "OTs", "when": "For the duration"},
                {"text": "Tell Short-Term Pathways of any discharge delayed by the outage",
                 "who": "OT Senior Practitioner", "when": "Same day"},
                {"text": "Back-record on Mosaic and reconcile orders with ICES",
                 "who": "OTs", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Check staffing against the 70% threshold",
                 "who": "OT Senior Practitioner", "when": "Daily at 09:00"},
                {"text": "Pause routine assessments; keep urgent and discharge work",
                 "who": "Head of Occupational Therapy", "when": "Same day"},
                {"text": "Request agency OT cover",
                 "who": "Head of Occupational Therapy", "when": "Within 48 hours"},
                {"text": "Ask KEaH trusted assessors to take simple equipment requests",
                 "who": "Head of Occupational Therapy", "when": "Same day"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Review visits on rural routes; move to phone or video where safe",
                 "who": "OT Senior Practitioner", "when": "On warning"},
                {"text": "Check with ICES about delivery routes and depots",
                 "who": "Head of Occupational Therapy", "when": "On warning"},
                {"text": "Prioritise people whose equipment failure leaves them unable to get out of bed",
                 "who": "OTs", "when": "For the duration"},
                {"text": "Report people at risk from cold or heat to the Resilience team for KRF welfare checks",
                 "who": "Head of Occupational Therapy", "when": "Within 24 hours"},
            ]},
            {"disruption": "power", "title": "Loss of power (people using powered equipment)", "steps": [
                {"text": "Ask ICES for the list of people with powered beds, hoists and mattresses in the area",
                 "who": "OT Senior Practitioner", "when": "Within 2 hours"},
                {"text": "Phone each person or carer to check battery back-up and safe transfers",
                 "who": "OTs", "when": "Within 4 hours"},
                {"text": "Pass people at risk to the Resilience team for KRF welfare checks",
                 "who": "Head of Occupational Therapy", "when": "Within 4 hours"},
                {"text": "Ask ICES for emergency call-outs to replace failed mattress pumps and hoist batteries",
                 "who": "OT Senior Practitioner", "when": "Within 8 hours"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Switch to work mobiles and Teams",
                 "who": "OTs", "when": "Immediately"},
                {"text": "Give ASC Connect and Short-Term Pathways the duty OT mobile number",
                 "who": "OT Senior Practitioner", "when": "Within 1 hour"},
                {"text": "Report the fault to Cantium",
                 "who": "OT Senior Practitioner", "when": "Within 1 hour"},
                {"text": "Check the team voicemail once lines return and call back in order of risk",
                 "who": "OTs", "when": "On restore"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Routine assessments paused; urgent and discharge work protected"},
            {"level": "red", "below_percent": 50,
             "actions": "Agency OTs requested; OTAs redeployed to urgent work; KEaH trusted assessors used"},
            {"level": "black", "below_percent": 35,
             "actions": "Urgent response only; Assistant Director asks for redeployment across the Directorate"},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 8. Shared Lives
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Shared Lives",
        "status": "approved",
        "owner": "Yvonne Sturgess", "author": "Ravi Chandran", "approver": "Patricia Nwosu",
        "approved_on": "2026-01-26", "next_review": "2027-01-26",
        "scope": (
            "The Kent Shared Lives scheme: long-term arrangements, short breaks and day support provided by approved "
            "Shared Lives carers in their own homes, and the scheme office that matches, supports and monitors them. "
            "Carers keep their own household emergency plans, which the scheme checks at annual review."
        ),
        "invocation_criteria": (
            "Invoke when arrangements cannot continue safely: sudden carer illness or death; several carers affected "
            "at once by power loss, flooding or severe weather; fuel disruption preventing day support; or scheme "
            "staffing below 70%."
        ),
        "who_may_invoke": "Registered Manager, Shared Lives, or the Shared Lives Co-ordinator on duty.",
        "last_exercised": "2025-06-04",
        "versions": [
            {"version": "1.0", "issued": "2022-05-09",
             "summary": "First issue; storms Eunice and Franklin welfare call list added",
             "owner": "Yvonne Sturgess"},
            {"version": "1.1", "issued": "2024-01-22",
             "summary": "Emergency placement carer pool and in-house respite fallback",
             "owner": "Yvonne Sturgess"},
            {"version": "2.0", "issued": "2026-01-26",
             "summary": "Annual review; carers' own emergency plans checked at annual review",
             "owner": "Yvonne Sturgess"},
        ],
        "activities": [
            {"name": "Respond when a Shared Lives arrangement breaks down",
             "description": "Find a safe alternative the same day when a carer cannot continue.",
             "priority": 1, "rto_hours": 4, "mtpd_hours": 24,
             "minimum_service_level": "Everyone whose arrangement ends has a safe place to stay that night",
             "minimum_staff": 2,
             "workarounds": (
                 "Emergency carer pool first; then an in-house respite bed via the Head of In-house Provision; "
                 "family members contacted from the person's support plan."
             ),
             "impacts": [
                 {"after": "1h", "score": 3, "harm": "people"},
                 {"after": "4h", "score": 4, "harm": "people"},
                 {"after": "1d", "score": 5, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "statutory"},
                 {"after": "1w", "score": 5, "harm": "reputation"},
             ]},
            {"name": "Make welfare contact with carers and people supported",
             "description": "Phone or visit carers during wide-area disruption to check everyone is safe.",
             "priority": 2, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Every long-term arrangement contacted within 24 hours of a wide-area event",
             "minimum_staff": 3,
             "workarounds": "Printed carer contact list held by the Registered Manager and Co-ordinator.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "statutory"},
                 {"after": "1w", "score": 4, "harm": "statutory"},
             ]},
            {"name": "Provide short breaks and day support",
             "description": "Planned short breaks for family carers and day support with Shared Lives carers.",
             "priority": 3, "rto_hours": 72, "mtpd_hours": 168,
             "minimum_service_level": "Short breaks kept where a family carer is at risk of breakdown",
             "minimum_staff": 2,
             "workarounds": "Breaks rescheduled with families; carers paired locally.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 1, "harm": "people"},
                 {"after": "1d", "score": 2, "harm": "people"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 3, "harm": "reputation"},
             ]},
            {"name": "Recruit, assess and approve new carers",
             "description": "Carer recruitment, assessments and approval panel.",
             "priority": 4, "rto_hours": 336, "mtpd_hours": 1344,
             "minimum_service_level": "Panel dates moved; applicants kept informed",
             "minimum_staff": 1,
             "workarounds": "Panel held on Teams.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "reputation"},
                 {"after": "4h", "score": 1, "harm": "reputation"},
                 {"after": "1d", "score": 1, "harm": "reputation"},
                 {"after": "3d", "score": 1, "harm": "reputation"},
                 {"after": "1w", "score": 2, "harm": "finance"},
             ]},
        ],
        "dependencies": [
            {"kind": "staff_skill", "name": "Approved carers available for emergency placements", "recovery_hours": 24,
             "activities": ["Respond when a Shared Lives arrangement breaks down"],
             "notes": "Only a handful of carers are approved for emergency placements at any time."},
            {"kind": "telephony", "name": "Scheme office telephony and duty mobile", "recovery_hours": 4,
             "activities": ["Respond when a Shared Lives arrangement breaks down",
                            "Make welfare contact with carers and people supported"],
             "notes": "Carers hold the duty mobile number; out of hours via the KCC Out of Hours Service."},
            {"kind": "utilities_power", "name": "Power at carers' homes", "recovery_hours": 12,
             "activities": ["Make welfare contact with carers and people supported"],
             "notes": "People who depend on powered equipment are registered on the UKPN Priority Services Register."},
            {"kind": "vehicles_fuel", "name": "Carers' and co-ordinators' own vehicles", "recovery_hours": 72,
             "activities": ["Provide short breaks and day support"],
             "notes": "Day support relies on carers driving people to activities; welfare contact is by phone."},
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Recruit, assess and approve new carers"],
             "notes": "Carer and placement records; printed contact list covers welfare calls."},
        ],
        "cascade": [
            {"position": 1, "person": "Yvonne Sturgess", "role": "Registered Manager, Shared Lives",
             "called_by": None, "alternate": "Ravi Chandran"},
            {"position": 2, "person": "Patricia Nwosu", "role": "Head of In-house Provision",
             "called_by": "Yvonne Sturgess", "alternate": "Rowan Ellery"},
            {"position": 3, "person": "Ravi Chandran", "role": "Shared Lives Co-ordinator (calls carers)",
             "called_by": "Yvonne Sturgess", "alternate": None},
            {"position": 4, "person": "Megan Pryce", "role": "Resilience and Emergency Planning Officer",
             "called_by": "Yvonne Sturgess", "alternate": "Kwame Asante"},
        ],
        "cards": [
            {"disruption": "power", "title": "Loss of power at carers' homes", "steps": [
                {"text": "Identify carers in the affected postcodes from the printed list",
                 "who": "Shared Lives Co-ordinator", "when": "Within 1 hour"},
                {"text": "Phone each household, starting with people on powered equipment",
                 "who": "Shared Lives Co-ordinator", "when": "Within 4 hours"},
                {"text": "Arrange a move to another carer or respite bed where a home is cold or unsafe",
                 "who": "Registered Manager", "when": "Within 8 hours"},
                {"text": "Pass households needing welfare support to the Resilience team",
                 "who": "Registered Manager", "when": "Within 4 hours"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Ask carers which day support and short breaks they can still cover",
                 "who": "Shared Lives Co-ordinator", "when": "Same day"},
                {"text": "Pair carers locally for day support; cancel non-essential trips",
                 "who": "Shared Lives Co-ordinator", "when": "Within 24 hours"},
                {"text": "Keep short breaks where a family carer is at risk of breakdown",
                 "who": "Registered Manager", "when": "Within 24 hours"},
                {"text": "Tell families and referrers of any short break or day support that cannot go ahead",
                 "who": "Shared Lives Co-ordinator", "when": "Within 24 hours"},
            ]},
            {"disruption": "staff", "title": "Carer or scheme staff shortage", "steps": [
                {"text": "Check scheme staffing against the 70% threshold",
                 "who": "Registered Manager", "when": "Daily"},
                {"text": "Prioritise breakdown response and welfare calls; pause recruitment",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Ask the Head of In-house Provision for respite beds if carers are ill",
                 "who": "Registered Manager", "when": "Same day"},
                {"text": "Tell carers the revised duty arrangements and out of hours route",
                 "who": "Shared Lives Co-ordinator", "when": "Same day"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Remind carers of their household emergency plans",
                 "who": "Shared Lives Co-ordinator", "when": "On warning"},
                {"text": "Phone carers in flood warning areas and rural locations",
                 "who": "Shared Lives Co-ordinator", "when": "Within 24 hours"},
                {"text": "Cancel day trips and outdoor activities in heat or storm warnings",
                 "who": "Shared Lives Co-ordinator", "when": "On warning"},
                {"text": "Arrange a move to another carer or respite bed if a carer's home is flooded or cold",
                 "who": "Registered Manager", "when": "Within 8 hours"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Text all carers the temporary duty number",
                 "who": "Registered Manager", "when": "Within 1 hour"},
                {"text": "Tell the KCC Out of Hours Service the temporary number",
                 "who": "Registered Manager", "when": "Within 1 hour"},
                {"text": "Report the fault to Cantium",
                 "who": "Shared Lives Co-ordinator", "when": "Within 1 hour"},
                {"text": "Confirm the line is restored and text carers the usual number again",
                 "who": "Shared Lives Co-ordinator", "when": "On restore"},
            ]},
            {"disruption": "ict", "title": "Mosaic outage", "steps": [
                {"text": "Use the printed carer contact list and placement register",
                 "who": "Shared Lives Co-ordinator", "when": "Immediately"},
                {"text": "Report the outage to Cantium and the Mosaic Business Systems Manager",
                 "who": "Shared Lives Co-ordinator", "when": "Within 1 hour"},
                {"text": "Give the KCC Out of Hours Service a printed carer contact list",
                 "who": "Registered Manager", "when": "Before 17:00"},
                {"text": "Record contacts on paper and back-record on restore",
                 "who": "Shared Lives Co-ordinator", "when": "Within 48 hours of restore"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Recruitment paused; breakdown response and welfare calls prioritised"},
            {"level": "red", "below_percent": 50,
             "actions": "In-house Provision managers cover the duty rota"},
            {"level": "black", "below_percent": 35,
             "actions": "Head of In-house Provision takes over scheme oversight and informs the Assistant Director"},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 9. Sensory and Autism Services (draft, never approved)
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Sensory and Autism Services",
        "status": "draft",
        "owner": "Philippa Grange", "author": "Aidan Murtagh", "approver": None,
        "approved_on": None, "next_review": "2027-01-31",
        "scope": (
            "Sensory Services (d/Deaf, deafblind and visual impairment) and the specialist autism advice function, "
            "including rehabilitation officers, BSL-accessible contact routes and sensory equipment. Draft pending "
            "agreement of the interpreter supplier's own continuity arrangements."
        ),
        "invocation_criteria": (
            "Invoke when d/Deaf or deafblind people cannot reach the service (SMS, email or video relay down), the "
            "interpreting supplier cannot provide BSL interpreters for urgent work, or staffing falls below 70%."
        ),
        "who_may_invoke": "Service Manager, Sensory and Autism Services, or the Team Manager, Sensory Services.",
        "last_exercised": None,
        "versions": [
            {"version": "0.1", "issued": "2026-09-08",
             "summary": "First draft after the Autism Service moved into the community teams",
             "owner": "Philippa Grange"},
            {"version": "0.2", "issued": "2026-10-21",
             "summary": "Interpreter supplier and SMS contact route added after SMT feedback",
             "owner": "Philippa Grange"},
        ],
        "activities": [
            {"name": "Respond to urgent contacts from d/Deaf and deafblind people",
             "description": "Answer SMS, email and video relay contacts and arrange urgent support.",
             "priority": 1, "rto_hours": 8, "mtpd_hours": 48,
             "minimum_service_level": "Urgent contacts answered the same working day in the person's language",
             "minimum_staff": 2,
             "workarounds": "Duty mobile for SMS; remote video interpreting through the supplier's app.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "statutory"},
                 {"after": "3d", "score": 4, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Safeguarding and crisis support for sensory-impaired and autistic adults",
             "description": "Specialist input to safeguarding enquiries and crisis situations.",
             "priority": 2, "rto_hours": 24, "mtpd_hours": 72,
             "minimum_service_level": "Specialist advice available to community teams each working day",
             "minimum_staff": 2,
             "workarounds": "Community team leads the enquiry with phone advice from the specialist team.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 3, "harm": "people"},
                 {"after": "3d", "score": 4, "harm": "statutory"},
                 {"after": "1w", "score": 4, "harm": "statutory"},
             ]},
            {"name": "Provide visual impairment rehabilitation and sensory equipment",
             "description": "Mobility and daily living rehabilitation and equipment such as flashing doorbells.",
             "priority": 3, "rto_hours": 168, "mtpd_hours": 504,
             "minimum_service_level": "Safety-critical equipment (smoke alarms for d/Deaf people) fitted",
             "minimum_staff": 1,
             "workarounds": "Kent Fire and Rescue Service asked to fit specialist smoke alarms.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 1, "harm": "people"},
                 {"after": "1d", "score": 1, "harm": "people"},
                 {"after": "3d", "score": 2, "harm": "people"},
                 {"after": "1w", "score": 2, "harm": "reputation"},
             ]},
        ],
        "dependencies": [
            {"kind": "supplier", "name": "BSL interpreting and communication support provider", "recovery_hours": 24,
             "activities": ["Respond to urgent contacts from d/Deaf and deafblind people"],
             "notes": "Supplier's continuity plan not yet received; no guaranteed urgent response time."},
            {"kind": "it_system", "name": "SMS text service and video relay", "recovery_hours": 2,
             "activities": ["Respond to urgent contacts from d/Deaf and deafblind people"],
             "notes": (
                 "Cantium-managed SMS gateway (restore up to a day); the published number moves to the duty "
                 "mobile within 2 hours."
             )},
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Safeguarding and crisis support for sensory-impaired and autistic adults"],
             "notes": "Emergency client report is produced overnight every day and saved for restricted use."},
            {"kind": "staff_skill", "name": "Rehabilitation officers for visual impairment", "recovery_hours": 168,
             "activities": ["Provide visual impairment rehabilitation and sensory equipment"],
             "notes": "Very small specialist pool; no agency market for qualified rehabilitation officers."},
        ],
        "cascade": [
            {"position": 1, "person": "Philippa Grange", "role": "Service Manager, Sensory and Autism Services",
             "called_by": None, "alternate": "Aidan Murtagh"},
            {"position": 2, "person": "Sunita Varma", "role": "Assistant Director, West Kent",
             "called_by": "Philippa Grange", "alternate": None},
            {"position": 3, "person": "Aidan Murtagh", "role": "Team Manager, Sensory Services (calls team)",
             "called_by": "Philippa Grange", "alternate": None},
        ],
        "cards": [
            {"disruption": "ict", "title": "SMS, email or video relay outage", "steps": [
                {"text": "Switch the published SMS number to the duty mobile",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Post a BSL video and text notice on the website with the temporary route",
                 "who": "Service Manager", "when": "Within 4 hours"},
                {"text": "Ask ASC Connect to flag any contact from a d/Deaf person to the duty worker",
                 "who": "Team Manager", "when": "Within 2 hours"},
                {"text": "Report the fault to Cantium",
                 "who": "Team Manager", "when": "Within 1 hour"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Confirm SMS and email routes still work",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Give ASC Connect and the Out of Hours Service the duty mobile number",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Report the fault to Cantium",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Check SMS and email inboxes every hour while phones are down",
                 "who": "Sensory Services staff", "when": "Hourly"},
            ]},
            {"disruption": "supplier", "title": "Interpreting supplier unavailable", "steps": [
                {"text": "Ask the supplier for a restore time and remote interpreting options",
                 "who": "Team Manager", "when": "Within 2 hours"},
                {"text": "Use BSL-fluent staff for urgent work and the framework's second supplier",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Reschedule non-urgent appointments and tell people in their preferred format",
                 "who": "Sensory Services staff", "when": "Within 24 hours"},
                {"text": "Escalate to the framework contract manager if urgent requests go unmet for 24 hours",
                 "who": "Service Manager", "when": "At 24 hours"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Check staffing against the 70% threshold",
                 "who": "Team Manager", "when": "Daily"},
                {"text": "Pause rehabilitation programmes; keep urgent contact and safeguarding",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Ask community teams to lead safeguarding with phone advice",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Tell people on the caseload about any delays in their preferred format",
                 "who": "Team Manager", "when": "Within 24 hours"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Send warnings in accessible formats (SMS, BSL video) to people on the caseload",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Check deafblind people living alone have a way to get help",
                 "who": "Sensory Services staff", "when": "Within 24 hours"},
                {"text": "Pass people at risk to the Resilience team",
                 "who": "Service Manager", "when": "Within 24 hours"},
                {"text": "Ask the Resilience team to include BSL video warnings in KRF public messaging",
                 "who": "Service Manager", "when": "On warning"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Rehabilitation programmes paused; urgent contact and safeguarding protected"},
            {"level": "red", "below_percent": 50,
             "actions": "Community teams lead safeguarding with specialist phone advice"},
            {"level": "black", "below_percent": 35,
             "actions": "Urgent contacts only; Assistant Director informed"},
        ],
    },
    # ------------------------------------------------------------------------------------------------------------
    # 10. Older People and Physical Disability - Thanet and South Kent Coast (draft revision awaiting sign-off)
    # ------------------------------------------------------------------------------------------------------------
    {
        "service": "Older People and Physical Disability - Thanet and South Kent Coast",
        "status": "draft",
        "owner": "Marcus Ingleby", "author": "Chloe Ashworth", "approver": None,
        "approved_on": None, "next_review": "2027-01-15",
        "scope": (
            "Older People and Physical Disability community teams covering Thanet, Dover and Folkestone and Hythe: "
            "safeguarding enquiries, Care Act assessments and reviews, care and support planning, Direct Payments "
            "and follow-up of handed-back care packages. Draft 2.0 reflects the merger of the Margate and Dover team "
            "bases and is awaiting Assistant Director sign-off."
        ),
        "invocation_criteria": (
            "Invoke when the team cannot meet urgent Care Act or safeguarding duties: staffing below 70%; several "
            "providers handing back care at once (fuel disruption, outbreak); Operation Brock or EES traffic "
            "disruption preventing travel; loss of the team base; or loss of Mosaic for more than a working day."
        ),
        "who_may_invoke": (
            "Service Manager or either Team Manager; the Assistant Director, Thanet and South Kent Coast is informed "
            "the same day."
        ),
        "last_exercised": "2024-09-18",
        "versions": [
            {"version": "1.0", "issued": "2023-05-15",
             "summary": "First issue for the locality team under the Locality Operating Model",
             "owner": "Marcus Ingleby"},
            {"version": "1.1", "issued": "2024-10-07",
             "summary": "EES and Operation Brock assumptions: assessments completed within staff's own communities",
             "owner": "Marcus Ingleby"},
            {"version": "1.2", "issued": "2025-10-13",
             "summary": "Annual review; handback follow-up procedure with Commissioning",
             "owner": "Marcus Ingleby"},
            {"version": "2.0", "issued": "2026-11-02",
             "summary": "Margate and Dover bases merged; cascade rewritten; awaiting sign-off",
             "owner": "Marcus Ingleby"},
        ],
        "activities": [
            {"name": "Respond to safeguarding enquiries and urgent Care Act duties",
             "description": "Section 42 enquiries and urgent assessments where someone is at immediate risk.",
             "priority": 1, "rto_hours": 8, "mtpd_hours": 24,
             "minimum_service_level": "A duty worker and duty Team Manager every working day",
             "minimum_staff": 5,
             "workarounds": (
                 "Duty rota drawn from staff living nearest the base; paper safeguarding forms; Emergency client "
                 "report for existing involvement."
             ),
             "impacts": [
                 {"after": "1h", "score": 2, "harm": "people"},
                 {"after": "4h", "score": 3, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "statutory"},
                 {"after": "3d", "score": 5, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "statutory"},
             ]},
            {"name": "Follow up people whose commissioned care is handed back",
             "description": (
                 "Welfare checks and interim arrangements when a homecare provider cannot deliver, until KEaH or "
                 "another provider takes over."
             ),
             "priority": 2, "rto_hours": 12, "mtpd_hours": 48,
             "minimum_service_level": "Everyone without an informal carer contacted the same day as the handback",
             "minimum_staff": 4,
             "workarounds": "Handback list from Commissioning worked through by phone in order of risk.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "people"},
                 {"after": "4h", "score": 2, "harm": "people"},
                 {"after": "1d", "score": 4, "harm": "people"},
                 {"after": "3d", "score": 5, "harm": "people"},
                 {"after": "1w", "score": 5, "harm": "reputation"},
             ]},
            {"name": "Authorise care packages and Direct Payments",
             "description": "Agree and authorise new and changed packages and Direct Payment budgets.",
             "priority": 3, "rto_hours": 72, "mtpd_hours": 168,
             "minimum_service_level": "Urgent packages authorised by the duty Team Manager",
             "minimum_staff": 2,
             "workarounds": "Paper authorisation by the Team Manager, entered on Mosaic on restore.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "finance"},
                 {"after": "4h", "score": 1, "harm": "finance"},
                 {"after": "1d", "score": 2, "harm": "people"},
                 {"after": "3d", "score": 3, "harm": "people"},
                 {"after": "1w", "score": 4, "harm": "people"},
             ]},
            {"name": "Complete Care Act assessments and scheduled reviews",
             "description": "Planned assessments and annual reviews from the locality waiting list.",
             "priority": 4, "rto_hours": 168, "mtpd_hours": 504,
             "minimum_service_level": "Scheduled reviews deprioritised; waiting list triaged weekly",
             "minimum_staff": 3,
             "workarounds": "Phone reviews where safe; deep dives of caseloads to reallocate.",
             "impacts": [
                 {"after": "1h", "score": 1, "harm": "statutory"},
                 {"after": "4h", "score": 1, "harm": "statutory"},
                 {"after": "1d", "score": 1, "harm": "statutory"},
                 {"after": "3d", "score": 2, "harm": "statutory"},
                 {"after": "1w", "score": 2, "harm": "reputation"},
             ]},
        ],
        "dependencies": [
            {"kind": "it_system", "name": "Mosaic", "recovery_hours": 24,
             "activities": ["Authorise care packages and Direct Payments",
                            "Complete Care Act assessments and scheduled reviews"],
             "notes": (
                 "Emergency client report is produced overnight every day and saved for restricted use; paper "
                 "safeguarding forms keep duty work going."
             )},
            {"kind": "supplier", "name": "Commissioned Care and Support in the Home providers", "recovery_hours": 72,
             "activities": ["Follow up people whose commissioned care is handed back"],
             "notes": "Thanet has the largest share of people waiting for care; few providers have spare capacity."},
            {"kind": "vehicles_fuel", "name": "Staff own vehicles and fuel", "recovery_hours": 72,
             "activities": ["Follow up people whose commissioned care is handed back"],
             "notes": "Operation Brock and port traffic can close the A20 and M20 around Dover and Folkestone."},
            {"kind": "premises", "name": "Merged team base, Margate", "recovery_hours": 48,
             "activities": ["Complete Care Act assessments and scheduled reviews"],
             "notes": "Staff work from home or the Ashford office if the base is lost."},
            {"kind": "telephony", "name": "Team telephony and duty mobile", "recovery_hours": 4,
             "activities": ["Respond to safeguarding enquiries and urgent Care Act duties"],
             "notes": "Duty mobile held by the duty Team Manager."},
        ],
        "cascade": [
            {"position": 1, "person": "Marcus Ingleby", "role": "Service Manager, OPPD Thanet and South Kent Coast",
             "called_by": None, "alternate": "Chloe Ashworth"},
            {"position": 2, "person": "Bernadette Quinlan", "role": "Assistant Director, Thanet and South Kent Coast",
             "called_by": "Marcus Ingleby", "alternate": "Fiona Lindqvist"},
            {"position": 3, "person": "Chloe Ashworth", "role": "Team Manager (calls team members)",
             "called_by": "Marcus Ingleby", "alternate": None},
            {"position": 4, "person": "Sian Llewellyn", "role": "Commissioning Manager (handbacks)",
             "called_by": "Marcus Ingleby", "alternate": None},
            {"position": 5, "person": "Colin Baptiste", "role": "KEaH Service Manager (East Kent) (bridging)",
             "called_by": "Chloe Ashworth", "alternate": "Shauna McBride"},
        ],
        "cards": [
            {"disruption": "supplier", "title": "Homecare provider handbacks", "steps": [
                {"text": "Get the handback list from Commissioning with each person's needs and informal support",
                 "who": "Team Manager", "when": "Within 2 hours"},
                {"text": "RAG-rate the list; phone red-rated people and their families",
                 "who": "Duty workers", "when": "Same day"},
                {"text": "Ask KEaH to bridge red-rated people (provider of last resort)",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Agree interim Direct Payments or family cover where KEaH cannot",
                 "who": "Team Manager", "when": "Within 24 hours"},
                {"text": "Report numbers still without care to the Assistant Director",
                 "who": "Service Manager", "when": "Daily at 16:00"},
            ]},
            {"disruption": "fuel", "title": "Fuel supply disruption", "steps": [
                {"text": "Move home visits to phone or video where safe; visits only for safeguarding",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Allocate urgent visits to staff living nearest the person",
                 "who": "Team Manager", "when": "Same day"},
                {"text": "Expect more handbacks; follow the supplier card",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Report staff unable to travel and visits missed to the Assistant Director",
                 "who": "Service Manager", "when": "Daily at 16:00"},
            ]},
            {"disruption": "ict", "title": "Mosaic outage", "steps": [
                {"text": "Open the Emergency client report; use paper safeguarding and authorisation forms",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Keep a numbered log of paper forms",
                 "who": "Duty workers", "when": "For the duration"},
                {"text": "Duty Team Manager reviews every paper safeguarding form",
                 "who": "Team Manager", "when": "Daily at 16:00"},
                {"text": "Back-record on Mosaic",
                 "who": "All staff", "when": "Within 48 hours of restore"},
            ]},
            {"disruption": "telephony", "title": "Loss of telephony", "steps": [
                {"text": "Switch the duty line to the duty mobile",
                 "who": "Team Manager", "when": "Within 30 minutes"},
                {"text": "Tell ASC Connect and providers the temporary number",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Report the fault to Cantium",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Check the team voicemail once lines return and call back in order of risk",
                 "who": "Duty workers", "when": "On restore"},
            ]},
            {"disruption": "staff", "title": "Staff shortage", "steps": [
                {"text": "Check staffing against the 70% threshold",
                 "who": "Team Manager", "when": "Daily at 09:00"},
                {"text": "Deprioritise scheduled reviews; keep duty and safeguarding",
                 "who": "Service Manager", "when": "Same day"},
                {"text": "Ask the Assistant Director for staff from other Area teams",
                 "who": "Service Manager", "when": "Within 24 hours"},
                {"text": "Tell ASC Connect which work the team cannot take this week",
                 "who": "Team Manager", "when": "Same day"},
            ]},
            {"disruption": "weather", "title": "Severe weather", "steps": [
                {"text": "Check staff can reach the base; move to home working on amber or red warnings",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Identify people living alone in coastal flood and rural areas",
                 "who": "Team Manager", "when": "On warning"},
                {"text": "Phone red-rated people to check heating, food and medicine",
                 "who": "Duty workers", "when": "Within 24 hours"},
                {"text": "Pass people at risk to the Resilience team for KRF welfare checks",
                 "who": "Service Manager", "when": "Within 24 hours"},
            ]},
            {"disruption": "power", "title": "Loss of power", "steps": [
                {"text": "Move the team to home working or the Ashford office",
                 "who": "Team Manager", "when": "Within 1 hour"},
                {"text": "Identify people on the caseload with powered equipment in the affected area",
                 "who": "Duty workers", "when": "Within 4 hours"},
                {"text": "Phone them and pass anyone at risk to the Resilience team",
                 "who": "Duty workers", "when": "Within 4 hours"},
                {"text": "Report team status and people at risk to the Assistant Director",
                 "who": "Service Manager", "when": "Every 4 hours"},
            ]},
        ],
        "thresholds": [
            {"level": "amber", "below_percent": 70,
             "actions": "Scheduled reviews deprioritised; duty and safeguarding protected"},
            {"level": "red", "below_percent": 50,
             "actions": "Temporary redeployment from other Area teams agreed by the Assistant Director"},
            {"level": "black", "below_percent": 35,
             "actions": "Director of Adult Social Care (East Kent) makes time-limited arrangements across Areas"},
        ],
    },
]
