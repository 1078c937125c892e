"""The parts of the "Run the meeting" tab: the Time to think session (engine, clock, saving
turns), the facilitator panel, the start-a-round form, raised hands, time shares, the presenter
view for a shared screen, and the "Who was heard" summary."""
