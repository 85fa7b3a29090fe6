"""Settings from `summarizer.toml` and SUMMARIZER_* environment variables (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource


def default_db() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / "summarizer.db"


class Settings(BaseSettings):
    """Where things live and how extraction runs. Environment beats the file; the CLI beats both."""

    model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", toml_file="summarizer.toml", extra="ignore")

    db: Path = Field(default_factory=default_db)
    backend: str = "auto"

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource, env_settings, dotenv_settings, file_secret_settings
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


def load_settings(config: Path | None = None, **overrides) -> Settings:
    """Settings from `config` (default ./summarizer.toml if present), the environment and `overrides`."""
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if config is not None:
        class FromFile(Settings):
            model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", toml_file=config, extra="ignore")

        return FromFile(**overrides)
    return Settings(**overrides)
