from meetingkit.cli import main

raise SystemExit(main())
