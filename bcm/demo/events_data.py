"""Demo exercises and past incidents, with debriefs, lessons and recommendations.

Grounded in Kent County Council Adult Social Care and Health committee papers (see ``/work/shared/seeds``):
the review of the Pressures Plan 2021-22 (fuel crisis September-October 2021; storms Eunice and Franklin,
18-21 February 2022), the Pressures Plan 2021-22 resilience deliverables (emergency contact cascade test,
September 2021; grab-bags; Mosaic outage procedures), and the Pressures Plan 2023-24 (multi-agency Exercise Lemur,
November 2022; Exercise Mighty Oak, March 2023; the service power outage exercise programme, completed August 2023;
the service fuel supply disruption exercise programme, 2023).

All people are invented and hold job titles found in the seeds. Phone numbers are in Ofcom's drama ranges.
Times are local (Europe/London), as written in a paper log. Pure data: no imports beyond typing.
"""

from typing import Any

PEOPLE: list[dict[str, Any]] = [
    {"name": "Kwame Asante", "job_title": "Resilience and Emergency Planning Manager, Adult Social Care and Health",
     "team": "Resilience and Emergency Planning", "work_phone": "01632 960121", "mobile": "07700 900121",
     "out_of_hours": "07700 900621", "email": "kwame.asante@example.kent.gov.uk", "on_call_role": "Silver (tactical)"},
    {"name": "Megan Pryce", "job_title": "Resilience and Emergency Planning Officer",
     "team": "Resilience and Emergency Planning", "work_phone": "01632 960122", "mobile": "07700 900122",
     "out_of_hours": "07700 900622", "email": "megan.pryce@example.kent.gov.uk",
     "on_call_role": "Bronze (operational)"},
    {"name": "Priya Raman", "job_title": "Business Continuity Officer", "team": "ASCH Resilience",
     "work_phone": "01632 960731", "mobile": "07700 900731", "out_of_hours": "07700 900741",
     "email": "priya.raman@example.kent.gov.uk", "on_call_role": None},
    {"name": "Joe Farrant", "job_title": "Directorate Business and Planning Officer",
     "team": "ASCH Directorate Business and Planning", "work_phone": "01632 960732", "mobile": "07700 900732",
     "out_of_hours": "07700 900742", "email": "joe.farrant@example.kent.gov.uk", "on_call_role": "Incident loggist"},
    {"name": "Martin Oduya", "job_title": "Director of Adult Social Care (West Kent)",
     "team": "Directorate Management Team", "work_phone": "01632 960102", "mobile": "07700 900102",
     "out_of_hours": "07700 900602", "email": "martin.oduya@example.kent.gov.uk", "on_call_role": "Gold (strategic)"},
    {"name": "Fiona Lindqvist", "job_title": "Director of Adult Social Care (East Kent)",
     "team": "Directorate Management Team", "work_phone": "01632 960103", "mobile": "07700 900103",
     "out_of_hours": "07700 900603", "email": "fiona.lindqvist@example.kent.gov.uk",
     "on_call_role": "Gold (strategic)"},
    {"name": "Alison Markham", "job_title": "Area Operations Manager - West Kent (Chair, Directorate Resilience Group)",
     "team": "West Kent", "work_phone": "01632 960117", "mobile": "07700 900117", "out_of_hours": "07700 900617",
     "email": "alison.markham@example.kent.gov.uk", "on_call_role": "Capacity Manager on Call"},
    {"name": "Bernadette Quinlan", "job_title": "Assistant Director, Thanet and South Kent Coast",
     "team": "Thanet and South Kent Coast", "work_phone": "01632 960114", "mobile": "07700 900114",
     "out_of_hours": "07700 900614", "email": "bernadette.quinlan@example.kent.gov.uk",
     "on_call_role": "Silver (tactical)"},
    {"name": "Owen Treharne", "job_title": "Short-Term Pathway Service Manager (East Kent)",
     "team": "Short-Term Pathways", "work_phone": "01632 960161", "mobile": "07700 900161",
     "out_of_hours": "07700 900661", "email": "owen.treharne@example.kent.gov.uk", "on_call_role": "Senior on Call"},
    {"name": "Priya Natarajan", "job_title": "Head of Kent Enablement at Home", "team": "Kent Enablement at Home",
     "work_phone": "01632 960131", "mobile": "07700 900131", "out_of_hours": "07700 900631",
     "email": "priya.natarajan@example.kent.gov.uk", "on_call_role": "Capacity Manager on Call"},
    {"name": "Rachel Oyelaran", "job_title": "Service Manager, Adult Social Care Connect",
     "team": "Adult Social Care Connect", "work_phone": "01632 960141", "mobile": "07700 900141",
     "out_of_hours": "07700 900641", "email": "rachel.oyelaran@example.kent.gov.uk", "on_call_role": "Senior on Call"},
    {"name": "Declan Forsythe", "job_title": "AMHP Service Manager", "team": "AMHP Service",
     "work_phone": "01632 960151", "mobile": "07700 900151", "out_of_hours": "07700 900651",
     "email": "declan.forsythe@example.kent.gov.uk", "on_call_role": "Senior on Call"},
    {"name": "Patricia Nwosu", "job_title": "Head of In-house Provision", "team": "In-house Residential Services",
     "work_phone": "01632 960171", "mobile": "07700 900171", "out_of_hours": "07700 900671",
     "email": "patricia.nwosu@example.kent.gov.uk", "on_call_role": "Capacity Manager on Call"},
    {"name": "Fiona Castell", "job_title": "Registered Manager, In-house Establishment",
     "team": "In-house Residential Services", "work_phone": "01632 960733", "mobile": "07700 900733",
     "out_of_hours": "07700 900743", "email": "fiona.castell@example.kent.gov.uk", "on_call_role": None},
    {"name": "Keith Aldred", "job_title": "County Placement Team Manager", "team": "County Placement Team",
     "work_phone": "01632 960182", "mobile": "07700 900182", "out_of_hours": "07700 900682",
     "email": "keith.aldred@example.kent.gov.uk", "on_call_role": None},
    {"name": "Miriam Castle", "job_title": "Head of Occupational Therapy", "team": "Occupational Therapy",
     "work_phone": "01632 960191", "mobile": "07700 900191", "out_of_hours": "07700 900691",
     "email": "miriam.castle@example.kent.gov.uk", "on_call_role": "Senior on Call"},
    {"name": "Sian Llewellyn", "job_title": "Commissioning Manager, Care and Support in the Home",
     "team": "Strategic Commissioning", "work_phone": "01632 960124", "mobile": "07700 900124",
     "out_of_hours": "07700 900124", "email": "sian.llewellyn@example.kent.gov.uk", "on_call_role": None},
    {"name": "Neil Harcourt", "job_title": "Mosaic Business Systems Manager",
     "team": "ASCH Digital and Business Systems", "work_phone": "01632 960123", "mobile": "07700 900123",
     "out_of_hours": "07700 900623", "email": "neil.harcourt@example.kent.gov.uk", "on_call_role": None},
    {"name": "Mark Dunstan", "job_title": "Fleet and Facilities Manager", "team": "KCC Infrastructure",
     "work_phone": "01632 960734", "mobile": "07700 900734", "out_of_hours": "07700 900744",
     "email": "mark.dunstan@example.kent.gov.uk", "on_call_role": None},
    {"name": "Ian Tolhurst", "job_title": "Emergency Planning Officer, Kent Resilience Team",
     "team": "Kent Resilience Forum", "work_phone": "01632 960735", "mobile": "07700 900735",
     "out_of_hours": "07700 900745", "email": "ian.tolhurst@example.kent.gov.uk", "on_call_role": "KRF Duty Officer"},
    {"name": "Claire Beaumont", "job_title": "EPRR Manager, NHS Kent and Medway",
     "team": "NHS Kent and Medway (partner)", "work_phone": "01632 960736", "mobile": "07700 900736",
     "out_of_hours": "07700 900746", "email": "claire.beaumont@example.nhs.uk", "on_call_role": "NHS Director on Call"},
]

EXERCISES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ September 2021: contact cascade test
    {
        "name": "ASCH Emergency Contact Cascade Test 2021",
        "type": "call_cascade_test",
        "multi_agency": False,
        "date": "2021-09-15",
        "scenario": (
            "No-notice test at 07:30 of the new ASCH emergency contact arrangements (Pressures Plan 2021-22 "
            "deliverable, September 2021). The Resilience team starts the cascade to DMT, Assistant Directors and "
            "service managers, who cascade to their team managers. Every named contact must acknowledge by text or "
            "call within 60 minutes; the test uses the contact lists held in the new ASC Incident Management Toolkit."
        ),
        "facilitator": "Megan Pryce",
        "participants": [
            "Kwame Asante", "Martin Oduya", "Fiona Lindqvist", "Alison Markham", "Bernadette Quinlan", "Owen Treharne",
            "Priya Natarajan", "Rachel Oyelaran", "Declan Forsythe", "Patricia Nwosu", "Keith Aldred", "Miriam Castle",
        ],
        "plans_tested": [
            "Kent Enablement at Home", "Adult Social Care Connect", "AMHP Service", "Short-Term Pathways",
            "In-house Residential Services", "County Placement Team", "Occupational Therapy",
        ],
        "objectives": [
            {"text": "Reach 90% of named contacts within 60 minutes of the cascade starting",
             "rating": "partially_met"},
            {"text": "Validate the new cascade procedure and Incident Management Toolkit contact lists",
             "rating": "met"},
            {"text": "Confirm out-of-hours numbers are current for every service manager", "rating": "not_met"},
            {"text": "Engage the broader staff group and give team managers a chance to rehearse", "rating": "met"},
        ],
        "debriefs": [
            {"type": "hot", "date": "2021-09-15", "facilitator": "Megan Pryce",
             "observations": [
                 {"kind": "went_well",
                  "text": "31 of 38 contacts (82%) acknowledged within 60 minutes; all DMT members within 20 minutes.",
                  "themes": ["call cascade"]},
                 {"kind": "improvement",
                  "text": ("7 contacts unreachable: 5 numbers out of date after the service realignment, "
                           "2 people on leave with no alternate named."),
                  "themes": ["call cascade", "staffing"]},
                 {"kind": "improvement",
                  "text": "Cascade relies on mobile phones only; no second route if a mobile network is down.",
                  "themes": ["call cascade", "communications"]},
                 {"kind": "notable_practice",
                  "text": ("KEaH team managers added a WhatsApp broadcast acknowledgement that gave the service "
                           "manager a live picture of who had replied."),
                  "themes": ["call cascade", "communications"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: call cascade contact details go out of date quickly after staff moves, "
                      "and no alternate is named for people on leave."),
             "themes": ["call cascade"],
             "recommendations": [
                 {"text": ("Service managers verify their call cascade contacts (work, mobile, out-of-hours) every "
                           "quarter and after any staff change, naming an alternate for every role."),
                  "owner": "Priya Raman", "due": "2021-12-31", "status": "embedded",
                  "evidence": ("Quarterly verification return introduced October 2021; January 2022 check showed "
                               "38 of 38 contacts confirmed with alternates recorded in every service BCP."),
                  "verified_by": "In-house Residential Power Outage Exercise Programme 2023",
                  "plan": None, "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: the cascade has a single route (mobile phone); a second route is needed "
                      "for when a network or handset is unavailable."),
             "themes": ["call cascade", "communications"],
             "recommendations": [
                 {"text": ("Add a second contact route (landline or personal number) and a named neighbouring team "
                           "to every service call cascade; paper copies held in on-call grab-bags."),
                  "owner": "Kwame Asante", "due": "2021-11-30", "status": "implemented",
                  "evidence": ("Grab-bag for senior / on-call managers issued November 2021 with paper cascade "
                               "sheets listing two routes per contact."),
                  "verified_by": None, "plan": "Kent Enablement at Home", "risk": None},
             ]},
        ],
    },
    # ------------------------------------------------------------------ November 2022: Exercise Lemur
    {
        "name": "Exercise Lemur",
        "type": "tabletop",
        "multi_agency": True,
        "date": "2022-11-16",
        "scenario": (
            "Kent Resilience Forum multi-agency tabletop. Winter 2022-23: a gas supply shortfall leads to planned "
            "rota load disconnections under the Electricity Supply Emergency Code, three-hour blocks repeated over "
            "several days during a cold spell, with high demand on hospital discharge. Participants work through "
            "the impact on care homes, people at home on powered equipment, in-house residential services and staff "
            "who cannot travel or work from home while their block is off."
        ),
        "facilitator": "Ian Tolhurst",
        "participants": [
            "Kwame Asante", "Megan Pryce", "Alison Markham", "Patricia Nwosu", "Priya Natarajan", "Rachel Oyelaran",
            "Sian Llewellyn", "Claire Beaumont",
        ],
        "plans_tested": ["In-house Residential Services", "Kent Enablement at Home", "Adult Social Care Connect"],
        "objectives": [
            {"text": "Understand how rota disconnection blocks apply to ASCH premises and in-house units",
             "rating": "partially_met"},
            {"text": "Identify people who draw on care and support who depend on powered equipment",
             "rating": "partially_met"},
            {"text": "Agree how ASCH and NHS partners share welfare information through the KRF cell",
             "rating": "met"},
            {"text": "Test messaging to providers, people who draw on care and unpaid carers", "rating": "not_met"},
        ],
        "debriefs": [
            {"type": "hot", "date": "2022-11-16", "facilitator": "Ian Tolhurst",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Strong joint working with NHS Kent and Medway; welfare arrangements built on the storms "
                           "Eunice and Franklin Vulnerable People and Communities Cell were understood by all."),
                  "themes": ["power", "communications"]},
                 {"kind": "improvement",
                  "text": ("No service knew which rota disconnection block its premises fall in; protected-site "
                           "status of in-house units was assumed, not checked."),
                  "themes": ["power"]},
                 {"kind": "improvement",
                  "text": ("No pre-prepared messages for providers or people who draw on care; drafting on the day "
                           "took the group 40 minutes."),
                  "themes": ["communications", "power"]},
                 {"kind": "improvement",
                  "text": ("Staff availability during disconnections (schools closing, childcare, no home broadband) "
                           "has not been assessed."),
                  "themes": ["staffing", "power"]},
                 {"kind": "notable_practice",
                  "text": ("Adult Social Care Connect proposed diverting its front-door line to a team outside the "
                           "affected block - a workaround other services can copy."),
                  "themes": ["communications", "power"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: services do not know which rota disconnection block covers each of their "
                      "premises, so cannot plan for a planned outage."),
             "themes": ["power"],
             "recommendations": [
                 {"text": ("Record the rota disconnection block letter and protected status for every ASCH premises "
                           "and in-house unit in the service BCP dependency list."),
                  "owner": "Priya Raman", "due": "2023-02-28", "status": "embedded",
                  "evidence": ("Block letters recorded against all 41 ASCH sites in BCP dependency lists, "
                               "February 2023."),
                  "verified_by": "Exercise Mighty Oak", "plan": "In-house Residential Services", "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: messages to providers, people who draw on care and unpaid carers about "
                      "power outages must be prepared in advance."),
             "themes": ["communications", "power"],
             "recommendations": [
                 {"text": ("Prepare pre-scripted messages (provider bulletin, text to people on the powered-equipment "
                           "list, carers' leaflet) as an annex to the emerging KCC Power Outage Response Plan."),
                  "owner": "Kwame Asante", "due": "2023-03-31", "status": "implemented",
                  "evidence": "Template messages approved by KCC Communications and held in plan annex C, March 2023.",
                  "verified_by": None, "plan": None, "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: the effect of power disruption on staff availability (childcare, travel, "
                      "home working without power) has not been assessed."),
             "themes": ["staffing", "power"],
             "recommendations": [
                 {"text": ("Add a staff-availability planning assumption for power disruption to the Operational "
                           "Capacity Management Plan and the workforce risk."),
                  "owner": "Alison Markham", "due": "2023-06-30", "status": "identified",
                  "evidence": None, "verified_by": None, "plan": None, "risk": "AH0033"},
             ]},
        ],
    },
    # ------------------------------------------------------------------ March 2023: Exercise Mighty Oak
    {
        "name": "Exercise Mighty Oak",
        "type": "tabletop",
        "multi_agency": True,
        "date": "2023-03-22",
        "scenario": (
            "National power outage: total loss of the GB electricity grid at 05:00 on a weekday in March. "
            "Restoration through the black start process takes up to seven days; mobile networks and the internet "
            "fail within hours as backup batteries run down; fuel distribution is disrupted; water supply pressure "
            "falls. The ASCH cell works through days 1, 3 and 7 alongside the Kent Resilience Forum."
        ),
        "facilitator": "Kwame Asante",
        "participants": [
            "Megan Pryce", "Priya Raman", "Martin Oduya", "Alison Markham", "Patricia Nwosu", "Fiona Castell",
            "Priya Natarajan", "Rachel Oyelaran", "Owen Treharne", "Neil Harcourt", "Ian Tolhurst", "Claire Beaumont",
        ],
        "plans_tested": [
            "In-house Residential Services", "Kent Enablement at Home", "Adult Social Care Connect",
            "Short-Term Pathways",
        ],
        "objectives": [
            {"text": "Test in-house residential arrangements for a loss of power lasting more than 24 hours",
             "rating": "partially_met"},
            {"text": "Test how ASCH keeps command and control without mobile phones or internet", "rating": "not_met"},
            {"text": "Identify the people at highest risk at home when Mosaic cannot be reached",
             "rating": "partially_met"},
            {"text": "Confirm ASCH's place in the KRF response and the NHS discharge arrangements", "rating": "met"},
        ],
        "debriefs": [
            {"type": "hot", "date": "2023-03-22", "facilitator": "Kwame Asante",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Rota block letters recorded after Exercise Lemur let the group see at once which sites "
                           "lose power."),
                  "themes": ["power"]},
                 {"kind": "improvement",
                  "text": "Nobody knew how to reach on-call managers once mobile networks fail.",
                  "themes": ["call cascade", "communications", "power"]},
                 {"kind": "improvement",
                  "text": "The emergency client report is on laptops that last about four hours on battery.",
                  "themes": ["mosaic", "power"]},
             ]},
            {"type": "cold", "date": "2023-04-19", "facilitator": "Megan Pryce",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Loss-of-power response cards issued to in-house units after the February 2022 storms were "
                           "used confidently by registered managers for the first 24 hours."),
                  "themes": ["power"]},
                 {"kind": "went_well",
                  "text": ("Joint view with NHS Kent and Medway on pausing non-urgent discharges and prioritising "
                           "people on powered equipment was reached within the first hour."),
                  "themes": ["communications"]},
                 {"kind": "improvement",
                  "text": ("Service BCPs assume outages under 24 hours; none describe days 3 to 7 (food, water, "
                           "heating, medication fridges, generator refuelling)."),
                  "themes": ["power", "fuel"]},
                 {"kind": "improvement",
                  "text": ("No pre-agreed rendezvous points or fixed reporting times for when phones and internet "
                           "are down; the call cascade cannot run."),
                  "themes": ["call cascade", "communications"]},
                 {"kind": "improvement",
                  "text": ("Mosaic and the overnight emergency client report both become unavailable once laptop "
                           "batteries run out; there is no paper list of people at highest risk."),
                  "themes": ["mosaic", "power"]},
                 {"kind": "improvement",
                  "text": ("Generator fuel stocks at in-house units cover 24-48 hours; resupply depends on KCC "
                           "Infrastructure contracts that were not tested."),
                  "themes": ["fuel", "power"]},
                 {"kind": "improvement",
                  "text": ("Assumptions about how many staff could reach work without fuel, phones or childcare "
                           "were untested and probably optimistic."),
                  "themes": ["staffing", "power"]},
                 {"kind": "notable_practice",
                  "text": ("A registered manager described a 'night box' (torches, batteries, paper MAR charts, "
                           "wind-up radio) kept at every unit - suggested for all in-house services."),
                  "themes": ["power"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: ASCH resilience plans stop at 24 hours; a prolonged outage needs its own "
                      "plan covering days 3 to 7."),
             "themes": ["power"],
             "recommendations": [
                 {"text": ("Contribute the ASCH annex (in-house residential, KEaH, people on powered equipment) to the "
                           "KCC Power Outage Response Plan under development."),
                  "owner": "Kwame Asante", "due": "2023-12-31", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "In-house Residential Services", "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: without phones or internet the call cascade cannot run; fall-back "
                      "arrangements must be agreed in advance."),
             "themes": ["call cascade", "communications"],
             "recommendations": [
                 {"text": ("Agree a rendezvous point per locality and fixed reporting times (10:00 and 16:00) for "
                           "when phones and internet are down; print them on every call cascade sheet."),
                  "owner": "Alison Markham", "due": "2023-07-31", "status": "embedded",
                  "evidence": ("Rendezvous points and reporting times added to all service call cascades and grab-bag "
                               "sheets, June 2023."),
                  "verified_by": "In-house Residential Power Outage Exercise Programme 2023",
                  "plan": None, "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: when Mosaic and laptops are unavailable, services have no paper record of "
                      "the people at highest risk."),
             "themes": ["mosaic", "power"],
             "recommendations": [
                 {"text": ("Print a weekly paper list of people at highest risk (double-handed calls, oxygen, end of "
                           "life, powered equipment) for each locality grab-bag, handled as OFFICIAL-SENSITIVE."),
                  "owner": "Neil Harcourt", "due": "2023-09-30", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "Kent Enablement at Home", "risk": "AH0037"},
             ]},
            {"text": ("Lesson identified: staff availability assumptions in a prolonged outage are untested."),
             "themes": ["staffing"],
             "recommendations": [
                 {"text": ("Survey staff travel distance, fuel dependence and caring responsibilities to set "
                           "realistic attendance assumptions for each service BCP."),
                  "owner": "Priya Natarajan", "due": "2023-10-31", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "Kent Enablement at Home", "risk": "AH0033"},
             ]},
        ],
    },
    # ------------------------------------------------------------------ Summer 2023: power outage programme
    {
        "name": "In-house Residential Power Outage Exercise Programme 2023",
        "type": "functional",
        "multi_agency": False,
        "date": "2023-08-16",
        "scenario": (
            "Service power outage exercise programme (Pressures Plan 2023-24, completed August 2023): no-notice "
            "drills at each in-house residential unit between June and August 2023. A simulated loss of mains power "
            "at night is declared by the facilitator; the unit runs its loss-of-power response card, starts the call "
            "cascade to the Senior on Call and reports at the agreed fixed times. Embeds lessons from Exercise Lemur "
            "and Exercise Mighty Oak."
        ),
        "facilitator": "Priya Raman",
        "participants": ["Patricia Nwosu", "Fiona Castell", "Bernadette Quinlan", "Megan Pryce", "Mark Dunstan"],
        "plans_tested": ["In-house Residential Services"],
        "objectives": [
            {"text": "Each unit completes its loss-of-power response card within 30 minutes", "rating": "met"},
            {"text": "Call cascade reaches the Senior on Call and Service Manager within 30 minutes", "rating": "met"},
            {"text": "Units report at fixed times when told phones are unavailable", "rating": "met"},
            {"text": "Confirm generator connection and refuelling arrangements at each unit",
             "rating": "partially_met"},
        ],
        "debriefs": [
            {"type": "hot", "date": "2023-08-16", "facilitator": "Priya Raman",
             "observations": [
                 {"kind": "went_well",
                  "text": "All units completed their loss-of-power card within 30 minutes; emergency lighting held.",
                  "themes": ["power"]},
                 {"kind": "went_well",
                  "text": ("Call cascade reached every named contact or their alternate within 25 minutes at all "
                           "units, using the quarterly-verified lists."),
                  "themes": ["call cascade"]},
                 {"kind": "went_well",
                  "text": "Units used the fixed reporting times when told the phones were down.",
                  "themes": ["call cascade", "communications"]},
                 {"kind": "improvement",
                  "text": "Two units had torches with flat batteries; battery checks are not on the weekly checklist.",
                  "themes": ["power"]},
                 {"kind": "improvement",
                  "text": ("Night staff at one unit were unsure when to escalate to the Senior on Call rather than "
                           "the registered manager."),
                  "themes": ["call cascade", "staffing"]},
                 {"kind": "notable_practice",
                  "text": "'Night box' introduced at one unit after Exercise Mighty Oak worked well in the drill.",
                  "themes": ["power"]},
             ]},
        ],
        "lessons": [
            {"text": "Lesson identified: emergency equipment (torches, batteries) is not checked routinely.",
             "themes": ["power"],
             "recommendations": [
                 {"text": ("Add torch, battery and night-box checks to the weekly health and safety checklist at "
                           "every in-house unit."),
                  "owner": "Patricia Nwosu", "due": "2023-09-30", "status": "implemented",
                  "evidence": "Weekly checklist v3 issued 4 September 2023; completion reviewed at September DRG.",
                  "verified_by": None, "plan": "In-house Residential Services", "risk": None},
            ]},
            {"text": ("Lesson identified: night staff need a clear trigger for escalating a loss of power to the "
                      "Senior on Call."),
             "themes": ["call cascade", "staffing"],
             "recommendations": [
                 {"text": ("Add an escalation trigger ('power not restored within 1 hour, or any resident on powered "
                           "equipment') to the loss-of-power response card and night staff induction."),
                  "owner": "Fiona Castell", "due": "2023-11-30", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "In-house Residential Services", "risk": None},
             ]},
        ],
    },
    # ------------------------------------------------------------------ Autumn 2023: fuel programme
    {
        "name": "Fuel Supply Disruption Exercise Programme 2023",
        "type": "tabletop",
        "multi_agency": False,
        "date": "2023-10-04",
        "scenario": (
            "Service fuel supply disruption exercise programme (Pressures Plan 2023-24): to test the operational "
            "response to fuel supply disruption and embed lessons from the September 2021 incident. Scenario: "
            "industrial action and panic buying close most Kent forecourts for ten days; the National Emergency "
            "Plan for Fuel designates filling stations for priority users; contracted home care providers report "
            "care workers unable to refuel their own cars."
        ),
        "facilitator": "Megan Pryce",
        "participants": [
            "Kwame Asante", "Priya Natarajan", "Owen Treharne", "Miriam Castle", "Keith Aldred", "Declan Forsythe",
            "Sian Llewellyn", "Mark Dunstan", "Neil Harcourt",
        ],
        "plans_tested": [
            "Kent Enablement at Home", "Short-Term Pathways", "AMHP Service", "Occupational Therapy",
            "County Placement Team",
        ],
        "objectives": [
            {"text": "Test the essential car user register and letters of authority introduced after 2021",
             "rating": "met"},
            {"text": "Test the daily provider sitrep and escalation of calls at risk", "rating": "met"},
            {"text": "Prioritise visits and assessments when staff travel is limited", "rating": "partially_met"},
            {"text": "Identify gaps to raise in multi-agency fuel policy", "rating": "met"},
        ],
        "debriefs": [
            {"type": "hot", "date": "2023-10-04", "facilitator": "Megan Pryce",
             "observations": [
                 {"kind": "went_well",
                  "text": "KEaH produced its essential car user list from the register in under ten minutes.",
                  "themes": ["fuel"]},
                 {"kind": "improvement",
                  "text": "AMHPs are not on any essential user list, although MHA assessments are statutory.",
                  "themes": ["fuel", "staffing"]},
             ]},
            {"type": "cold", "date": "2023-10-25", "facilitator": "Kwame Asante",
             "observations": [
                 {"kind": "went_well",
                  "text": ("The essential car user register and pre-signed letters of authority worked as designed; "
                           "KEaH and Short-Term Pathways had lists ready within the first hour."),
                  "themes": ["fuel"]},
                 {"kind": "went_well",
                  "text": ("The daily provider sitrep gave Commissioning a count of calls at risk by locality by "
                           "11:00 on day 1, against three days in 2021."),
                  "themes": ["fuel", "communications"]},
                 {"kind": "improvement",
                  "text": ("AMHP Service has no fuel prioritisation for statutory Mental Health Act assessments and "
                           "relies on AMHPs' own cars."),
                  "themes": ["fuel", "staffing"]},
                 {"kind": "improvement",
                  "text": ("Mosaic cannot sort or filter scheduled visits by travel distance, so rescheduling "
                           "around staff who cannot drive was done by hand."),
                  "themes": ["mosaic", "fuel"]},
                 {"kind": "improvement",
                  "text": ("Occupational Therapy could move some assessments to video, but no list shows which "
                           "assessments are safe to do remotely."),
                  "themes": ["staffing"]},
                 {"kind": "improvement",
                  "text": ("The 10-day fuel self-sufficiency assumption in the national plan remains unachievable "
                           "for KCC; bunkered fuel covers pool vehicles only."),
                  "themes": ["fuel"]},
                 {"kind": "notable_practice",
                  "text": ("County Placement Team grouped new placements by locality to cut care worker travel, "
                           "an idea worth writing into the BCP."),
                  "themes": ["fuel", "staffing"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: AMHPs carrying out statutory assessments have no fuel prioritisation."),
             "themes": ["fuel", "staffing"],
             "recommendations": [
                 {"text": ("Add AMHPs to the essential car user register and ask the KRF fuel group to include "
                           "AMHPs in priority user arrangements."),
                  "owner": "Declan Forsythe", "due": "2024-03-31", "status": "identified",
                  "evidence": None, "verified_by": None, "plan": "AMHP Service", "risk": "OPS0059"},
             ]},
            {"text": ("Lesson identified: Mosaic does not support rescheduling visits by distance during fuel "
                      "disruption."),
             "themes": ["mosaic", "fuel"],
             "recommendations": [
                 {"text": ("Raise a change request through the Mosaic Systems Group for a visit report sortable by "
                           "postcode district and worker base."),
                  "owner": "Neil Harcourt", "due": "2024-06-30", "status": "identified",
                  "evidence": None, "verified_by": None, "plan": "Short-Term Pathways", "risk": "AH0037"},
             ]},
            {"text": ("Lesson identified: services need a pre-agreed list of which assessments can safely be done "
                      "remotely when staff cannot travel."),
             "themes": ["staffing"],
             "recommendations": [
                 {"text": ("Agree and record in the OT BCP which assessment types may be done by video or telephone "
                           "during travel disruption."),
                  "owner": "Miriam Castle", "due": "2024-01-31", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "Occupational Therapy", "risk": None},
             ]},
        ],
    },
]

INCIDENTS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ September-October 2021: fuel crisis
    {
        "title": "Fuel supply crisis",
        "disruptions": ["fuel", "supplier", "staff"],
        "started": "2021-09-24T09:00",
        "stood_down": "2021-10-15T17:00",
        "status": "closed",
        "lead": "Alison Markham",
        "services": [
            "Kent Enablement at Home", "Short-Term Pathways", "County Placement Team", "Occupational Therapy",
            "AMHP Service",
        ],
        "opel": [
            {"at": "2021-09-24T12:00", "level": 2,
             "reason": ("Panic buying; forecourts closing across Kent; KEaH and provider care workers reporting "
                        "difficulty refuelling.")},
            {"at": "2021-09-27T09:00", "level": 3,
             "reason": ("Providers unable to service a significant number of contracted home care calls; KEaH "
                        "staffing 64%; hospital discharge flow slowing.")},
            {"at": "2021-10-06T09:00", "level": 2,
             "reason": "Forecourt supply improving in the South East; provider missed calls falling for three days."},
            {"at": "2021-10-15T12:00", "level": 1,
             "reason": "Fuel supply back to normal; provider sitreps show no calls at risk. Stand down agreed."},
        ],
        "sitreps": [
            {"at": "2021-09-25T12:00", "service": "Kent Enablement at Home", "staffing_percent": 78,
             "issues": "Nine enablement workers could not refuel; visits covered by double-ups from nearby rounds."},
            {"at": "2021-09-27T12:00", "service": "Kent Enablement at Home", "staffing_percent": 64,
             "issues": ("Below 75%: redeployment from other functions requested. 212 visits rescheduled; no "
                        "critical (double-handed or medication) visits missed.")},
            {"at": "2021-09-27T12:00", "service": "Short-Term Pathways", "staffing_percent": 72,
             "issues": "Hospital assessments moved to telephone where safe; two discharges delayed awaiting care."},
            {"at": "2021-09-28T12:00", "service": "County Placement Team", "staffing_percent": 90,
             "issues": "Providers declining new packages in rural West Kent; brokerage sourcing by locality."},
            {"at": "2021-09-29T12:00", "service": "Occupational Therapy", "staffing_percent": 70,
             "issues": "Non-urgent home visits paused; urgent equipment assessments continuing."},
            {"at": "2021-10-04T12:00", "service": "Kent Enablement at Home", "staffing_percent": 81,
             "issues": "Above 75% threshold again; redeployed staff returned to base teams."},
        ],
        "log": [
            # 0
            {"logged_at": "2021-09-24T09:10", "event_at": "2021-09-24T09:00", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Reports of forecourt closures following national news of tanker driver shortages; panic "
                      "buying across Kent. KEaH reports two workers unable to refuel before morning round."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 1
            {"logged_at": "2021-09-24T11:05", "event_at": "2021-09-24T11:00", "author": "Alison Markham",
             "kind": "decision",
             "text": ("Invoke the ASCH Fuel Supply Disruption Response Plan and the Incident Management Plan; "
                      "Alison Markham to lead, Kwame Asante to coordinate, daily call at 09:30."),
             "rationale": ("Disruption expected to last days not hours; care workers depend on own vehicles; "
                           "early invocation lets services apply response options before visits are missed."),
             "options": ("1) Monitor only until visits missed; 2) Invoke fuel plan for KEaH only; "
                         "3) Invoke fuel plan and Incident Management Plan directorate-wide (chosen)."),
             "late_reason": None, "corrects": None},
            # 2
            {"logged_at": "2021-09-24T11:40", "event_at": "2021-09-24T11:30", "author": "Kwame Asante",
             "kind": "communication",
             "text": ("Message to all service managers: apply BCP fuel options - prioritise visits by need, cluster "
                      "rounds, car share, avoid non-essential journeys, report fuel problems through the daily call."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 3
            {"logged_at": "2021-09-24T14:20", "event_at": "2021-09-24T14:10", "author": "Sian Llewellyn",
             "kind": "action",
             "text": ("Contacted contracted home care providers by email and phone for their position: care workers "
                      "unable to travel, calls at risk, BCP invoked."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 4
            {"logged_at": "2021-09-25T10:00", "event_at": "2021-09-25T09:50", "author": "Priya Natarajan",
             "kind": "information",
             "text": "KEaH staffing 78%; nine workers unable to refuel. Critical visits all covered.",
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 5
            {"logged_at": "2021-09-27T09:45", "event_at": "2021-09-27T09:30", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Daily call: 14 providers report missed calls over the weekend, about 310 calls; KEaH "
                      "staffing 64%, below the 75% redeployment threshold."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 6
            {"logged_at": "2021-09-27T10:10", "event_at": "2021-09-27T10:00", "author": "Alison Markham",
             "kind": "decision",
             "text": ("Raise ASCH to OPEL 3. Redeploy staff with own fuel and suitable training from other functions "
                      "to KEaH; prioritise visits by RAG: red (medication, double-handed, lives alone) always kept."),
             "rationale": ("KEaH below 75% threshold in the BCP; missed provider calls create risk to people who "
                           "live alone; red-rated visits cannot be deferred without harm."),
             "options": ("1) Hold at OPEL 2 and accept deferred visits; 2) Redeploy staff and RAG visits (chosen); "
                         "3) Ask families and unpaid carers to cover all non-red visits (used alongside)."),
             "late_reason": None, "corrects": None},
            # 7
            {"logged_at": "2021-09-27T11:30", "event_at": "2021-09-27T11:20", "author": "Sian Llewellyn",
             "kind": "communication",
             "text": ("Provider bulletin issued: daily sitrep by 11:00 (calls at risk, staff unable to travel); "
                      "escalate any red-rated call at risk to the County Placement Team duty line."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 8
            {"logged_at": "2021-09-27T16:00", "event_at": "2021-09-27T15:50", "author": "Keith Aldred",
             "kind": "action",
             "text": ("Worked with voluntary sector partners and families to cover 38 red-rated calls providers "
                      "could not make; welfare calls arranged for 64 people."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 9
            {"logged_at": "2021-09-28T09:40", "event_at": "2021-09-28T09:30", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Government announced military tanker drivers on standby. National guidance on priority fuel "
                      "users does not include care workers or district nurses using their own vehicles."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 10
            {"logged_at": "2021-09-28T10:15", "event_at": "2021-09-28T10:05", "author": "Martin Oduya",
             "kind": "decision",
             "text": ("Issue KCC letters of authority to KEaH and Short-Term Pathways staff on essential visits, and "
                      "ask the KRF to press for care workers to be treated as priority users."),
             "rationale": ("Care workers excluded from national prioritisation; a letter from KCC helps staff "
                           "explain need at forecourts operating discretionary priority; KRF is the route to "
                           "central government."),
             "options": ("1) Wait for national guidance to change; 2) Letters of authority plus KRF escalation "
                         "(chosen); 3) Lease fuel from KCC Infrastructure bunkered supply (not enough stock)."),
             "late_reason": None, "corrects": None},
            # 11
            {"logged_at": "2021-09-29T08:30", "event_at": "2021-09-28T17:30", "author": "Priya Natarajan",
             "kind": "action",
             "text": "127 letters of authority issued to KEaH and Short-Term Pathways staff by email and in person.",
             "rationale": None, "options": None,
             "late_reason": ("Issued across three bases late on 28 September; confirmed count only available "
                             "next morning from team managers' returns."),
             "corrects": None},
            # 12
            {"logged_at": "2021-09-29T09:50", "event_at": "2021-09-29T09:45", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Correction to entry 5: provider missed calls over the weekend were about 230, not 310; one "
                      "provider's return had been counted twice."),
             "rationale": None, "options": None, "late_reason": None, "corrects": 5},
            # 13
            {"logged_at": "2021-10-04T09:45", "event_at": "2021-10-04T09:30", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Military drivers began deliveries today. KEaH staffing back to 81%; redeployed staff returned "
                      "to base teams."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 14
            {"logged_at": "2021-10-06T09:40", "event_at": "2021-10-06T09:30", "author": "Alison Markham",
             "kind": "decision",
             "text": "Step down to OPEL 2; daily call reduced to Monday, Wednesday and Friday.",
             "rationale": ("Missed calls falling for three consecutive days and all red-rated calls covered; "
                           "forecourt supply improving in the South East."),
             "options": "1) Stay at OPEL 3 for another week; 2) Step down with reduced call frequency (chosen).",
             "late_reason": None, "corrects": None},
            # 15
            {"logged_at": "2021-10-15T12:10", "event_at": "2021-10-15T12:00", "author": "Alison Markham",
             "kind": "decision",
             "text": "Stand down the incident at 17:00 today; debrief to be arranged by ASCH Resilience.",
             "rationale": "No calls at risk in provider sitreps for five days; fuel supply normal across Kent.",
             "options": "1) Keep a watching brief for a further week; 2) Stand down and debrief (chosen).",
             "late_reason": None, "corrects": None},
            # 16
            {"logged_at": "2021-10-15T17:05", "event_at": "2021-10-15T17:00", "author": "Kwame Asante",
             "kind": "communication",
             "text": "Stand-down message sent to DMT, service managers and providers. Debrief set for 10 November.",
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
        ],
        "debriefs": [
            {"type": "post_incident", "date": "2021-11-10", "facilitator": "Kwame Asante",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Fuel Supply Disruption Response Plan, Incident Management Plan and service BCPs "
                           "maintained all critical functions; no one was put at risk."),
                  "themes": ["fuel"]},
                 {"kind": "went_well",
                  "text": ("Joint working with providers, voluntary sector, families and unpaid carers covered every "
                           "red-rated call providers could not make."),
                  "themes": ["fuel", "communications"]},
                 {"kind": "improvement",
                  "text": ("It took three days to get a reliable count of provider calls at risk; returns came in "
                           "different formats and one was double counted."),
                  "themes": ["communications", "fuel"]},
                 {"kind": "improvement",
                  "text": ("No ready list of which staff are essential car users; letters of authority were drafted "
                           "and counted during the incident."),
                  "themes": ["fuel", "staffing"]},
                 {"kind": "improvement",
                  "text": ("Redeployment to KEaH was slowed by the lack of a current list of staff skills and "
                           "who holds their own fuel."),
                  "themes": ["staffing"]},
                 {"kind": "notable_practice",
                  "text": ("RAG-rating visits (red always kept) gave staff a clear, defensible basis for deferring "
                           "visits."),
                  "themes": ["fuel"]},
             ]},
            {"type": "multi_agency", "date": "2021-11-24", "facilitator": "Ian Tolhurst",
             "observations": [
                 {"kind": "improvement",
                  "text": ("The national plan recommends organisations be self-sufficient in fuel for up to 10 days; "
                           "this has clear logistical challenges and had not been implemented."),
                  "themes": ["fuel"]},
                 {"kind": "improvement",
                  "text": ("People delivering critical services in their own vehicles, including district nurses and "
                           "care workers, were excluded from national guidance on which vehicles to prioritise."),
                  "themes": ["fuel", "staffing"]},
                 {"kind": "notable_practice",
                  "text": ("A cross-border LRF group was set up to collate lessons and feed them back to central "
                           "government."),
                  "themes": ["fuel", "communications"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: services had no ready list of essential car users or pre-approved letters "
                      "of authority."),
             "themes": ["fuel"],
             "recommendations": [
                 {"text": ("Keep an essential car user register in the KEaH and Short-Term Pathways BCPs, reviewed "
                           "quarterly, with pre-approved letters of authority in the grab-bag."),
                  "owner": "Priya Natarajan", "due": "2022-03-31", "status": "embedded",
                  "evidence": "Register added to KEaH BCP v4.0 (March 2022); letter template held in grab-bag.",
                  "verified_by": "Fuel Supply Disruption Exercise Programme 2023",
                  "plan": "Kent Enablement at Home", "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: provider returns in different formats delayed a reliable picture of calls "
                      "at risk."),
             "themes": ["fuel", "communications"],
             "recommendations": [
                 {"text": ("Adopt one daily provider sitrep template (calls at risk by locality, staff unable to "
                           "travel, BCP status) in the Fuel Supply Disruption Response Plan."),
                  "owner": "Sian Llewellyn", "due": "2022-01-31", "status": "embedded",
                  "evidence": "Template in Fuel Supply Disruption Response Plan v3, January 2022; issued to providers.",
                  "verified_by": "Fuel Supply Disruption Exercise Programme 2023",
                  "plan": "County Placement Team", "risk": None},
             ]},
            {"text": ("Lesson identified: care workers using their own vehicles are excluded from national fuel "
                      "priority guidance, and 10-day fuel self-sufficiency is not achievable."),
             "themes": ["fuel"],
             "recommendations": [
                 {"text": ("Through the cross-border LRF fuel group, ask central government to include care workers "
                           "using own vehicles as priority users."),
                  "owner": "Kwame Asante", "due": "2022-06-30", "status": "implemented",
                  "evidence": ("Submission made through the cross-border LRF group to DLUHC, May 2022; "
                               "minuted at Directorate Resilience Group, June 2022."),
                  "verified_by": None, "plan": None, "risk": "AH0011"},
                 {"text": ("Give DLUHC a local view of the 10-day fuel planning assumption and assess bunkered fuel "
                           "options for in-house residential generators and pool vehicles."),
                  "owner": "Mark Dunstan", "due": "2022-09-30", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": "In-house Residential Services", "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: redeployment is slow without a current list of staff skills and travel "
                      "options."),
             "themes": ["staffing"],
             "recommendations": [
                 {"text": ("Keep a directorate redeployment register (skills, DBS, driving, base) refreshed each "
                           "autumn as part of the Operational Capacity Management Plan."),
                  "owner": "Alison Markham", "due": "2022-10-31", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": None, "risk": "AH0033"},
             ]},
        ],
    },
    # ------------------------------------------------------------------ February 2022: storms Eunice and Franklin
    {
        "title": "Storms Eunice and Franklin",
        "disruptions": ["power", "weather", "telephony"],
        "started": "2022-02-18T05:30",
        "stood_down": "2022-02-21T18:00",
        "status": "closed",
        "lead": "Kwame Asante",
        "services": [
            "In-house Residential Services", "Kent Enablement at Home", "Adult Social Care Connect",
            "Short-Term Pathways", "AMHP Service",
        ],
        "opel": [
            {"at": "2022-02-18T06:00", "level": 2,
             "reason": ("Met Office red warning for wind, 10:00-15:00; danger to life from flying debris and fallen "
                        "trees; travel disruption expected.")},
            {"at": "2022-02-18T14:00", "level": 3,
             "reason": ("Power lost at two in-house residential units and to about 40 KEaH clients; telephone and "
                        "internet lost at the Thanet office.")},
            {"at": "2022-02-19T12:00", "level": 2,
             "reason": "Power restored to both in-house units; network operator restoring remaining homes."},
            {"at": "2022-02-21T16:00", "level": 1,
             "reason": "Storm Franklin passed with local flooding only; all services normal; stand down at 18:00."},
        ],
        "sitreps": [
            {"at": "2022-02-18T12:00", "service": "Kent Enablement at Home", "staffing_percent": 68,
             "issues": ("Non-critical visits paused during the red warning; red-rated visits only. Several roads "
                        "closed by fallen trees.")},
            {"at": "2022-02-18T12:00", "service": "Adult Social Care Connect", "staffing_percent": 85,
             "issues": "Calls diverted from the Thanet office; staff working from home where power holds."},
            {"at": "2022-02-18T16:00", "service": "In-house Residential Services", "staffing_percent": 92,
             "issues": ("Two units on emergency lighting; one resident's air mattress without power. Generator "
                        "requested from KCC Infrastructure.")},
            {"at": "2022-02-19T12:00", "service": "In-house Residential Services", "staffing_percent": 95,
             "issues": "Mains power restored to both units by 09:40; no resident harmed."},
            {"at": "2022-02-19T12:00", "service": "Kent Enablement at Home", "staffing_percent": 80,
             "issues": "Welfare calls completed to all KEaH clients without power; 6 referred to KRF welfare cell."},
            {"at": "2022-02-21T12:00", "service": "AMHP Service", "staffing_percent": 90,
             "issues": "Two assessments delayed by flooding on the A28; rearranged the same day."},
        ],
        "log": [
            # 0
            {"logged_at": "2022-02-18T05:42", "event_at": "2022-02-18T05:30", "author": "Kwame Asante",
             "kind": "information",
             "text": ("Met Office red warning for wind for Kent, 10:00-15:00 today; amber warning continues. "
                      "Kent Resilience Forum partners on standby."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 1
            {"logged_at": "2022-02-18T06:10", "event_at": "2022-02-18T06:00", "author": "Kwame Asante",
             "kind": "decision",
             "text": ("Activate the directorate Incident Management Plan; Kwame Asante to lead, Megan Pryce as "
                      "loggist; OPEL 2; calls at 07:00, 12:00 and 16:00."),
             "rationale": ("A red warning means danger to life and widespread disruption; activating before staff "
                           "travel lets services act on their BCPs in time."),
             "options": ("1) Monitor through normal management; 2) Activate Incident Management Plan (chosen); "
                         "3) Ask DMT for a Gold-led response (held in reserve)."),
             "late_reason": None, "corrects": None},
            # 2
            {"logged_at": "2022-02-18T07:20", "event_at": "2022-02-18T07:10", "author": "Priya Natarajan",
             "kind": "decision",
             "text": ("KEaH to pause non-critical visits 10:00-15:00; red-rated visits (medication, double-handed, "
                      "lives alone) brought forward before 10:00 or made after 15:00 where safe."),
             "rationale": "Staff safety on the roads during the red warning; red-rated visits protected.",
             "options": ("1) Continue all visits with risk assessment; 2) Pause all visits for the day; "
                         "3) Pause non-critical visits during the warning only (chosen)."),
             "late_reason": None, "corrects": None},
            # 3
            {"logged_at": "2022-02-18T07:35", "event_at": "2022-02-18T07:30", "author": "Megan Pryce",
             "kind": "communication",
             "text": ("All-staff message: avoid travel 10:00-15:00 unless on a critical visit; check in with your "
                      "team manager before and after each journey."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 4
            {"logged_at": "2022-02-18T11:55", "event_at": "2022-02-18T11:45", "author": "Rachel Oyelaran",
             "kind": "information",
             "text": ("Telephone and internet lost at the Thanet office; Adult Social Care Connect line diverted to "
                      "West Kent team. Mosaic unavailable at the site."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 5
            {"logged_at": "2022-02-18T13:50", "event_at": "2022-02-18T13:40", "author": "Patricia Nwosu",
             "kind": "information",
             "text": ("Power lost at two in-house residential units (Swale and Thanet). Emergency lighting on; "
                      "one resident on an air mattress at the Thanet unit."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 6
            {"logged_at": "2022-02-18T14:05", "event_at": "2022-02-18T14:00", "author": "Kwame Asante",
             "kind": "decision",
             "text": ("Raise to OPEL 3. Residents stay in place at both units with welfare measures; request a "
                      "generator from KCC Infrastructure for the Thanet unit."),
             "rationale": ("Moving frail residents in a red warning carries more risk than staying put; the network "
                           "operator estimates restoration within 24 hours; the air mattress has a four-hour "
                           "battery, so a generator is needed."),
             "options": ("1) Move residents to the sister unit (roads unsafe, unit at capacity); 2) Stay in place "
                         "with welfare measures and a generator (chosen); 3) Ask NHS partners for step-up beds."),
             "late_reason": None, "corrects": None},
            # 7
            {"logged_at": "2022-02-18T14:20", "event_at": "2022-02-18T14:15", "author": "Patricia Nwosu",
             "kind": "action",
             "text": ("Registered managers: extra blankets, hot drinks from gas hob, hourly resident checks; "
                      "air-mattress resident repositioned by hand every two hours."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 8
            {"logged_at": "2022-02-18T14:40", "event_at": "2022-02-18T14:30", "author": "Priya Natarajan",
             "kind": "information",
             "text": ("About 40 KEaH clients without power; welfare calls starting. People who cannot stay warm to "
                      "be referred to the KRF Vulnerable People and Communities Cell."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 9
            {"logged_at": "2022-02-18T16:30", "event_at": "2022-02-18T16:20", "author": "Kwame Asante",
             "kind": "communication",
             "text": ("Sitrep to the KRF Vulnerable People and Communities Cell; ASCH asked for network operator "
                      "priority services information for people in the affected postcodes."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 10
            {"logged_at": "2022-02-18T21:15", "event_at": "2022-02-18T17:30", "author": "Megan Pryce",
             "kind": "action",
             "text": "Generator delivered and connected at the Thanet unit; air mattress and fridge running.",
             "rationale": None, "options": None,
             "late_reason": ("Loggist lost power and mobile signal at home from 16:45; entry written up from paper "
                             "notes when signal returned."),
             "corrects": None},
            # 11
            {"logged_at": "2022-02-18T21:25", "event_at": "2022-02-18T21:20", "author": "Megan Pryce",
             "kind": "information",
             "text": ("Correction to entry 5: the second unit without power was in Dover, not Swale; the Swale unit "
                      "kept power throughout."),
             "rationale": None, "options": None, "late_reason": None, "corrects": 5},
            # 12
            {"logged_at": "2022-02-19T09:50", "event_at": "2022-02-19T09:40", "author": "Patricia Nwosu",
             "kind": "information",
             "text": "Mains power restored to both in-house units; generator released back to KCC Infrastructure.",
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 13
            {"logged_at": "2022-02-19T12:10", "event_at": "2022-02-19T12:00", "author": "Kwame Asante",
             "kind": "decision",
             "text": "Step down to OPEL 2; keep Incident Management Plan active for Storm Franklin on 20-21 February.",
             "rationale": ("Both units restored and all KEaH welfare calls complete, but a further named storm is "
                           "forecast within 48 hours."),
             "options": ("1) Stand down fully and re-activate if needed; 2) Step down to OPEL 2 and keep the "
                         "structure in place (chosen)."),
             "late_reason": None, "corrects": None},
            # 14
            {"logged_at": "2022-02-21T07:15", "event_at": "2022-02-21T07:00", "author": "Bernadette Quinlan",
             "kind": "information",
             "text": ("Storm Franklin overnight: local flooding, A28 closed near Ashford. No further power loss at "
                      "ASCH sites. Two AMHP assessments to be rearranged."),
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
            # 15
            {"logged_at": "2022-02-21T16:05", "event_at": "2022-02-21T16:00", "author": "Kwame Asante",
             "kind": "decision",
             "text": ("Stand down the incident at 18:00; internal debrief in March alongside the KRF multi-agency "
                      "debrief."),
             "rationale": "All services normal; no outstanding welfare referrals; warnings lifted.",
             "options": "1) Keep OPEL 2 overnight; 2) Stand down at 18:00 (chosen).",
             "late_reason": None, "corrects": None},
            # 16
            {"logged_at": "2022-02-21T18:05", "event_at": "2022-02-21T18:00", "author": "Megan Pryce",
             "kind": "communication",
             "text": "Stand-down message sent to DMT, service managers and the KRF cell.",
             "rationale": None, "options": None, "late_reason": None, "corrects": None},
        ],
        "debriefs": [
            {"type": "post_incident", "date": "2022-03-09", "facilitator": "Megan Pryce",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Service level BCPs let critical services continue with limited or minor disruption; "
                           "early activation before staff travelled was valued."),
                  "themes": ["communications"]},
                 {"kind": "went_well",
                  "text": "Registered managers kept residents warm and safe for 20 hours without mains power.",
                  "themes": ["power"]},
                 {"kind": "improvement",
                  "text": ("In-house units had no site-specific loss-of-power card; nobody on site knew where the "
                           "generator connection point was, which delayed connection."),
                  "themes": ["power"]},
                 {"kind": "improvement",
                  "text": ("Two team managers in Thanet were unreachable for about four hours: landlines and internet "
                           "were down and their mobiles had no signal; the cascade had no other route."),
                  "themes": ["call cascade", "communications", "telephony"]},
                 {"kind": "improvement",
                  "text": ("Staff at the Thanet office could not reach Mosaic, and several on-call managers did not "
                           "know the overnight emergency client report existed."),
                  "themes": ["mosaic", "communications"]},
                 {"kind": "improvement",
                  "text": "The loggist lost power at home and kept the log on paper; entries were written up late.",
                  "themes": ["power"]},
                 {"kind": "notable_practice",
                  "text": ("Adult Social Care Connect diverted its line to the West Kent team within 15 minutes; "
                           "callers noticed no difference."),
                  "themes": ["communications", "telephony"]},
             ]},
            {"type": "multi_agency", "date": "2022-03-23", "facilitator": "Ian Tolhurst",
             "observations": [
                 {"kind": "went_well",
                  "text": ("Welfare for households without power was coordinated through the KRF Vulnerable People "
                           "and Communities Cell."),
                  "themes": ["power", "communications"]},
                 {"kind": "improvement",
                  "text": ("Sharing network operator priority services data with ASCH took most of a day; there is no "
                           "standing data-sharing agreement."),
                  "themes": ["power", "communications"]},
             ]},
        ],
        "lessons": [
            {"text": ("Lesson identified: in-house residential units need a site-specific loss-of-power response "
                      "card, including generator connection."),
             "themes": ["power"],
             "recommendations": [
                 {"text": ("Write a loss-of-power response card for each in-house unit: emergency lighting, warmth, "
                           "powered equipment, generator connection point and who to call."),
                  "owner": "Patricia Nwosu", "due": "2022-09-30", "status": "embedded",
                  "evidence": "Cards issued to every in-house unit and filed in the service BCP, August 2022.",
                  "verified_by": "In-house Residential Power Outage Exercise Programme 2023",
                  "plan": "In-house Residential Services", "risk": "AH0011"},
             ]},
            {"text": ("Lesson identified: local loss of phones and internet left managers unreachable; the call "
                      "cascade needs an alternate route."),
             "themes": ["call cascade", "communications"],
             "recommendations": [
                 {"text": ("Name a neighbouring team as the alternate contact for every team in each service call "
                           "cascade, so a team cut off can be reached or covered."),
                  "owner": "Priya Raman", "due": "2022-07-31", "status": "implemented",
                  "evidence": "All service call cascades updated with a paired neighbouring team, July 2022.",
                  "verified_by": None, "plan": "Adult Social Care Connect", "risk": None},
             ]},
            {"text": ("Lesson identified: on-call managers did not know how to use the overnight emergency client "
                      "report when Mosaic could not be reached."),
             "themes": ["mosaic", "communications"],
             "recommendations": [
                 {"text": ("Add the emergency client report location and access steps to the on-call grab-bag "
                           "checklist and the MOSAIC Outage Operational Procedures."),
                  "owner": "Neil Harcourt", "due": "2022-06-30", "status": "implemented",
                  "evidence": "Grab-bag checklist v2 and MOSAIC Outage Operational Procedures updated, June 2022.",
                  "verified_by": None, "plan": "Adult Social Care Connect", "risk": "AH0037"},
             ]},
            {"text": ("Lesson identified: there is no standing agreement to share network operator priority "
                      "services data with ASCH in a power emergency."),
             "themes": ["power", "communications"],
             "recommendations": [
                 {"text": ("Agree a data-sharing protocol through the KRF for priority services register data in "
                           "power emergencies, with information governance sign-off."),
                  "owner": "Kwame Asante", "due": "2022-12-31", "status": "in_progress",
                  "evidence": None, "verified_by": None, "plan": None, "risk": "AH0038"},
             ]},
        ],
    },
]
