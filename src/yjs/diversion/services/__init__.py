"""Changes to the out-of-court pipeline: one function per thing a user means to do, each in a transaction.

The modules follow the pipeline: intake (notifications and matching), screening, proposal (and the
brief assessment), panel (decisions and escalation), outcome (delivery and follow-up), scrutiny.
Every change of stage goes through steps.advance, which asks diversion.pipeline whether it is allowed.
"""
