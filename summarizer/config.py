"""Settings from `summarizer.toml` and the environment (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource


def default_db() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("summarizer", appauthor=False)) / "summarizer.db"


def default_prompts() -> Path:
    return Path(__file__).resolve().parent.parent / "prompts"


class Price(BaseModel):
    """What a model costs, in US dollars per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


def _env(name: str, *more: str) -> AliasChoices:
    """The file key `name`, SUMMARIZER_NAME, then the given variables (OPENAI_API_KEY, …)."""
    return AliasChoices(name, f"SUMMARIZER_{name.upper()}", *more)


class Settings(BaseSettings):
    """Where things live and how extraction runs. Environment beats the file; the CLI beats both."""

    model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", toml_file="summarizer.toml", extra="ignore")

    db: Path = Field(default_factory=default_db)
    backend: Literal["auto", "rules", "llm"] = "auto"
    # sources.MAX_FILE_MB, repeated so that reading settings does not import the readers.
    max_file_mb: float = Field(5.0, gt=0, description="Larger input files are skipped, unread (MB of 2**20 bytes).")

    # The LLM backend: any OpenAI-compatible endpoint. `auto` uses it when `model` is set.
    model: str | None = None
    base_url: str | None = Field(None, validation_alias=_env("base_url", "OPENAI_BASE_URL"))
    api_key: SecretStr | None = Field(None, validation_alias=_env("api_key", "OPENAI_API_KEY"))
    temperature: float = Field(0.0, ge=0, le=2)
    timeout: float = Field(120.0, gt=0, description="Seconds to wait for one answer.")
    max_concurrency: int = Field(4, ge=1, le=256)
    max_attempts: int = Field(4, ge=1, le=20, description="Tries per request on 429, 5xx, timeouts and resets.")
    max_repairs: int = Field(2, ge=0, le=5, description="Times an invalid or ungrounded answer is sent back.")
    backoff: float = Field(1.0, ge=0, description="First wait between transport retries, in seconds; doubles.")
    max_wait: float = Field(60.0, ge=0, description="Longest wait between retries, Retry-After included.")
    structured_output: Literal["auto", "json_schema", "json_mode"] = "auto"
    chunk_chars: int = Field(12000, ge=1000, description="Articles longer than this are sent in parts.")
    max_tokens: int | None = Field(None, ge=256, description="Cap on the answer's length; None = server default.")
    prompts_dir: Path = Field(default_factory=default_prompts)
    prices: dict[str, Price] = Field(default_factory=dict, description="Model name -> price, for `summarizer usage`.")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource, env_settings, dotenv_settings, file_secret_settings
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    def chosen_backend(self, name: str | None = None) -> str:
        """'auto' is the LLM backend when a model is configured, else the rules engine."""
        name = name or self.backend
        if name == "auto":
            return "llm" if self.model else "rules"
        return name


def load_settings(config: Path | None = None, **overrides) -> Settings:
    """Settings from `config` (default ./summarizer.toml if present), the environment and `overrides`."""
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if config is not None:
        class FromFile(Settings):
            model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", toml_file=config, extra="ignore")

        return FromFile(**overrides)
    return Settings(**overrides)
