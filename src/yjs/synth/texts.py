"""Stock phrases for synthetic case notes: short, generic and about no one in particular."""

from __future__ import annotations

FOR_DESISTANCE = (
    "Wants to get back into college and has a place offered for September.",
    "Good relationship with his grandmother, who supervises evenings.",
    "Engages well with the boxing club coach.",
    "Has started a construction taster course and attends most days.",
    "Says he wants to stay away from the older peers he offended with.",
)
AGAINST_DESISTANCE = (
    "Regular cannabis use; peers are involved in offending.",
    "Not in education since a permanent exclusion last year.",
    "Frequent missing episodes from home at night.",
    "Conflict at home and periods of sofa-surfing.",
    "Concerns about exploitation by older young people.",
)
MOTIVATION = (
    "Motivated to complete the order and says he wants a fresh start.",
    "Ambivalent; attends but minimises the offence.",
    "Motivated when sessions are practical and short.",
)
STRENGTHS = (
    "Supportive parent who attends appointments.",
    "Good at sport and enjoys practical tasks.",
    "Stable placement with an experienced foster carer.",
    "Honest about the offence and shows some victim empathy.",
)
SAFETY = (
    "Risk of exploitation; known to the missing and exploited children panel.",
    "Self-harm history; CAMHS referral made.",
    "Vulnerable when using substances late at night.",
    "No current concerns beyond the offending itself.",
)
HARM = (
    "Harm most likely when in a group and under the influence.",
    "Carried a knife for self-protection; no use of it so far.",
    "Past violence towards a parent during arguments at home.",
    "Offending so far has been acquisitive with no violence.",
)
WHO_AT_RISK = (
    "Members of the public, in particular other young people in the town centre.",
    "His mother and younger siblings at home.",
    "Known peers involved in a dispute with him.",
    "Staff at his residential placement.",
    "The victim of the index offence, who lives nearby.",
)
NATURE_OF_RISK = (
    "Physical violence, possibly with a weapon, during disputes between groups.",
    "Verbal aggression escalating to physical assault when challenged at home.",
    "Robbery of phones and cash using threats.",
    "Intimidation and threats towards the victim.",
)
DESISTANCE_OBJECTIVES = (
    "Attend the education provision at least four days a week.",
    "Complete six sessions of the consequential thinking programme.",
    "Take part in the reparation project and write a letter of apology.",
)
CHILD_SAFETY_OBJECTIVES = (
    "Attend the substance misuse worker's sessions fortnightly.",
    "Agree a safety plan with his carer for evenings and weekends.",
    "Keep the CAMHS appointments and tell staff if he feels unsafe.",
)
OTHERS_SAFETY_OBJECTIVES = (
    "No contact with the victim; respect the exclusion zone.",
    "Work on conflict resolution with his key worker.",
    "Curfew monitored and any breach reported the same day.",
)
CONTINGENCY = (
    "If he goes missing, carer reports to police at once and the case manager convenes a strategy meeting.",
    "If risk increases, the case manager calls a risk management meeting within five working days.",
    "If he is found with a weapon, police are informed and the plan is reviewed the same week.",
)
PROGRESS = (
    "Attending well and completing the planned sessions.",
    "Engagement has dipped; two missed appointments this quarter.",
    "Good progress at school; no further police contact.",
    "Mixed progress: attends, but substance use continues.",
)
REVIEW_CHANGES = (
    "Moved to a new placement; the plan now includes the new carer.",
    "Started college; sessions moved to after college hours.",
    "Arrested on suspicion of a new offence; risk rating reviewed.",
)
SIGNIFICANT_CHANGES = (
    "Change of placement.",
    "Arrested on suspicion of a further offence.",
    "Permanently excluded from school.",
    "Reported missing for two nights.",
    "Became a victim of an assault.",
)
OVERSIGHT = (
    "Agreed. Analysis of risk is proportionate.",
    "Agreed; please add the police intelligence to the harm section at the next review.",
    "Countersigned. Good use of the school's information.",
)
CONTACT_NOTES = (
    "Session on the consequences of offending.",
    "Reviewed the week; discussed college attendance.",
    "Worked on the reparation task.",
    "Discussed substance use and harm reduction.",
    "",
)
CLOSURE = {
    "completed": "Order completed",
    "early": "Completed early for good progress",
    "resentenced": "Superseded by a new outcome",
    "breached": "Stopped engaging; the programme ended before it was completed",
    "transferred": "Transferred to another youth justice service",
}
