"""The prompt files, shipped inside the wheel as summarizer.prompt_files (see pyproject.toml)."""
