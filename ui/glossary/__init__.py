"""Edit > Glossary…: the committee's own words (short forms, hard words, allowed words), which
the paper checker uses before MeetingKit's built-in lists. Import and export as CSV."""
