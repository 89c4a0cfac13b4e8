from kompas.cli import main

raise SystemExit(main())
