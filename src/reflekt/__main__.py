from reflekt.cli import run

run()
