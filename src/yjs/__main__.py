from yjs.cli import main

main()
