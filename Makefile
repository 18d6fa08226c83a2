# Shortcuts for the scripts in scripts/ (which work without make too).
.PHONY: demo test lint bench samples clean

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

lint:
	bash scripts/bootstrap.sh
	.venv/bin/ruff check pipeline dictionaries tests benchmarks samples
	.venv/bin/ruff format --check pipeline dictionaries tests benchmarks samples

bench:
	bash scripts/bootstrap.sh
	.venv/bin/python benchmarks/ocr_accuracy.py

samples:
	bash scripts/bootstrap.sh
	.venv/bin/python samples/make_samples.py

clean:
	rm -rf out .pytest_cache .ruff_cache
