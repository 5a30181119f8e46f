from jzfacts.cli.app import main

main()
