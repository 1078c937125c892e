"""Sending the meeting pack: the check dialog, going to fix a problem, and the Overview tab's
pack section (deadline, budget, and when the pack went out)."""
