"""The Overview tab: the meeting at a glance, the pack deadline and what still needs doing."""
