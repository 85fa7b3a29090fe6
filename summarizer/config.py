"""Settings from `summarizer.toml` and the environment (pydantic-settings)."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from pathlib import Path
from typing import Literal, get_args

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from .dbpath import default_db
from .labels import one_of


def default_prompts() -> Path:
    """The prompts shipped inside the package; they are edited in prompts/ at the top of the repository."""
    from importlib.resources import files

    # A Path for every install on a file system (pip, pipx, editable): only a zip import would not give one.
    return files("summarizer.prompt_files")


class Price(BaseModel):
    """What a model costs, in US dollars per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


_ENV_PREFIXES = ("summarizer_", "openai_")  # the only environment variables read as settings


def _env(name: str, *more: str) -> AliasChoices:
    """The file key `name`, SUMMARIZER_NAME, then the given variables (OPENAI_API_KEY, …)."""
    return AliasChoices(name, f"SUMMARIZER_{name.upper()}", *more)


class Source(BaseModel):
    """One place `summarizer run` collects articles from: a folder or file, a web page, or an RSS/Atom
    feed, with what the reader knows of its unit when the text may not say it."""

    model_config = ConfigDict(extra="forbid")
    path: Path | None = None
    url: str | None = None
    feed: str | None = None
    province: str | None = None
    unit: str | None = None

    @model_validator(mode="after")
    def _one_place(self) -> Source:
        if sum(x is not None for x in (self.path, self.url, self.feed)) != 1:
            raise ValueError("cần đúng một trong path, url, feed")
        for link in (self.url, self.feed):
            if link is not None and not link.startswith(("http://", "https://")):
                raise ValueError(f"{link!r} không phải địa chỉ http(s)")
        return self

    @property
    def where(self) -> str:
        return str(self.path or self.url or self.feed)

    @property
    def hint(self) -> str | None:
        """The unit and province as the unit finder reads them: "huyện Bạch Thông, tỉnh Bắc Kạn"."""
        province = self.province and re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s+", "", self.province.strip(), flags=re.IGNORECASE)
        parts = [self.unit.strip() if self.unit else None, f"tỉnh {province}" if province else None]
        return ", ".join(p for p in parts if p) or None


class Email(BaseModel):
    """Sending the digest by e-mail; the password comes from SUMMARIZER_SMTP_PASSWORD, not the file."""

    model_config = ConfigDict(extra="forbid")
    host: str
    port: int = Field(587, ge=1, le=65535)
    starttls: bool = True
    ca_file: Path | None = Field(None, description="CA certificates to trust for STARTTLS besides the system's (a private mail server).")
    username: str | None = None
    sender: str
    to: list[str] = Field(min_length=1)
    timeout: float = Field(30.0, gt=0)


class Webhook(BaseModel):
    """POSTing the digest (its JSON, and the names of the files written) to an address."""

    model_config = ConfigDict(extra="forbid")
    url: str
    timeout: float = Field(30.0, gt=0)


class Run(BaseModel):
    """What `summarizer run` does besides collecting: when the digest is due, where it goes."""

    model_config = ConfigDict(extra="forbid")
    out: Path = Path("out")
    formats: list[Literal["md", "html", "json", "docx"]] = ["md", "html"]
    due_day: int = Field(3, ge=1, le=28, description="The digest of a month is due from this day of the next month.")
    lock_wait: float = Field(60.0, ge=0, description="Seconds a run waits for another one to finish.")
    fetch_timeout: float = Field(20.0, gt=0)
    fetch_attempts: int = Field(3, ge=1, le=10)
    host_delay: float = Field(1.0, ge=0, description="Seconds between two requests to one host.")
    max_page_mb: float = Field(5.0, gt=0)
    email: Email | None = None
    webhook: Webhook | None = None


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
    max_attempts: int = Field(4, ge=1, le=20, description="Tries per request on 429, 5xx and resets; a timeout is retried once at most.")
    max_repairs: int = Field(2, ge=0, le=5, description="Times an invalid or ungrounded answer is sent back.")
    backoff: float = Field(1.0, ge=0, description="First wait between transport retries, in seconds; doubles.")
    max_wait: float = Field(60.0, ge=0, description="Longest wait between retries, Retry-After included.")
    # How the answer is held to the schema: json_schema (strict JSON Schema), json_object_schema
    # (a JSON object with the schema beside it: llama.cpp), json_mode (a plain JSON object); the last
    # two also put the schema in the prompt. auto: the best one the server takes, remembered per endpoint.
    structured_output: Literal["auto", "json_schema", "json_object_schema", "json_mode"] = "auto"
    chunk_chars: int = Field(12000, ge=1000, description="Articles longer than this are sent in parts.")
    max_tokens: int | None = Field(None, ge=256, description="Cap on the answer's length; None = sized to each part of the article.")
    cache: bool = Field(True, description="Answer a request made before from the store, without a call (--no-cache: ask again).")
    prompts_dir: Path = Field(default_factory=default_prompts)
    office: str | None = Field(None, description="Issuing office at the top of the Word and HTML digests; --office beats it.")
    # `summarizer --debug` or SUMMARIZER_DEBUG=1: a bug met while extracting raises, with its traceback.
    debug: bool = False
    prices: dict[str, Price] = Field(default_factory=dict, description="Model name -> price, for `summarizer usage`.")
    # `summarizer run`: the sources it collects from, and its schedule and deliveries.
    sources: list[Source] = Field(default_factory=list)
    run: Run = Field(default_factory=Run)
    smtp_password: SecretStr | None = None

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource, env_settings, dotenv_settings, file_secret_settings
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The bare file key of an aliased field (`base_url`, `api_key`) would match an environment
        # variable of that name too (BASE_URL, api_key, any case): an unrelated service's key
        # would be sent to the model endpoint. Only our own variables and OpenAI's are read.
        env_settings.env_vars = {k: v for k, v in env_settings.env_vars.items() if k.lower().startswith(_ENV_PREFIXES)}
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    def chosen_backend(self, name: str | None = None) -> str:
        """'auto' is the LLM backend when a model is configured, else the rules engine."""
        name = name or self.backend
        if name == "auto":
            return "llm" if self.model else "rules"
        return name


class ConfigError(Exception):
    """A setting that cannot be used; the message names where its value came from."""

    def __init__(self, message: str, option: bool = False):
        super().__init__(message)
        self.option = option  # the bad value was given as a command-line option


def load_settings(config: Path | None = None, **overrides) -> Settings:
    """Settings from `config` (default ./summarizer.toml if present), the environment and `overrides`.

    `overrides` are the command-line options (`--db`, `--backend`); a bad value raises ConfigError
    naming the option, the environment variable or the file (and key) it came from.
    """
    overrides = {k: v for k, v in overrides.items() if v is not None}
    cls = Settings
    if config is not None:
        class FromFile(Settings):
            model_config = SettingsConfigDict(env_prefix="SUMMARIZER_", toml_file=config, extra="ignore")

        cls = FromFile
    file = config or Path("summarizer.toml")
    try:
        return cls(**overrides)
    except ValidationError as e:
        errors = [_explain(err, file, overrides) for err in e.errors()]
        raise ConfigError("; ".join(msg for msg, _ in errors), option=any(opt for _, opt in errors)) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: không phải văn bản UTF-8") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{file}: không đọc được TOML ({e})") from None
    except OSError as e:
        raise ConfigError(f"{file}: không đọc được ({e.strerror})") from None


def _aliases(field: str) -> list[str]:
    alias = Settings.model_fields[field].validation_alias
    return [c for c in alias.choices if isinstance(c, str)] if isinstance(alias, AliasChoices) else []


def _env_names(field: str) -> list[str]:
    """The environment variables that set a field, in the order pydantic-settings tries them."""
    return [c for c in _aliases(field) if c != field] or [f"SUMMARIZER_{field.upper()}"]


def _field(key: str) -> str | None:
    return next((name for name in Settings.model_fields if key == name or key in _aliases(name)), None)


def _toml_key(loc: tuple) -> str:
    return ".".join(str(k) if re.fullmatch(r"[A-Za-z0-9_-]+", str(k)) else f'"{k}"' for k in loc)


def _explain(err: dict, file: Path, overrides: dict) -> tuple[str, bool]:
    """One validation error as a Vietnamese phrase naming its source; and whether that was an option."""
    field = _field(str(err["loc"][0])) if err["loc"] else None
    option = field in overrides
    environ = {k.upper() for k in os.environ}
    env = next((v for v in _env_names(field) if v.upper() in environ), None) if field and not option else None
    if option:
        where = f"--{field.replace('_', '-')}"
    elif env:
        where = env
    else:
        where = f"{file}: {_toml_key((field or err['loc'][0], *err['loc'][1:]))}"
    if err["type"] == "missing":
        return f"{where}: thiếu giá trị", option
    if err["type"] == "extra_forbidden":
        return f"{where}: khóa không xác định", option
    if err["type"] == "value_error":  # a check of ours across fields: its reason says it all
        return f"{where}: {str(err['ctx']['error'])}", option
    value = err["input"]
    shown = repr(value) if isinstance(value, str) else str(value)
    if field and SecretStr in get_args(Settings.model_fields[field].annotation):
        shown = "giá trị"  # an API key is never printed, even a malformed one
    return f"{where}: {shown} không hợp lệ ({_reason(err, field)})", option


_BOUNDS = {"greater_than_equal": ("ge", "≥"), "greater_than": ("gt", ">"), "less_than_equal": ("le", "≤"), "less_than": ("lt", "<")}
_KINDS = {
    "int_parsing": "phải là số nguyên", "int_type": "phải là số nguyên", "int_from_float": "phải là số nguyên",
    "float_parsing": "phải là số", "float_type": "phải là số", "bool_parsing": "phải là true hoặc false",
    "bool_type": "phải là true hoặc false", "string_type": "phải là chuỗi", "dict_type": "phải là bảng",
    "model_type": "phải là bảng", "model_attributes_type": "phải là bảng", "list_type": "phải là danh sách",
    "too_short": "cần ít nhất một giá trị",
}


def _reason(err: dict, field: str | None) -> str:
    kind = err["type"]
    if kind == "literal_error" and field and get_args(Settings.model_fields[field].annotation):
        return "chọn " + one_of(get_args(Settings.model_fields[field].annotation))
    if kind == "literal_error":  # a nested setting ([run] formats)
        return "chọn " + err["ctx"]["expected"].replace(" or ", " hoặc ")
    if kind in _BOUNDS:
        key, sign = _BOUNDS[kind]
        return f"phải {sign} {err['ctx'][key]:g}"
    return _KINDS.get(kind, err["msg"])


def config_warnings(path: Path) -> list[str]:
    """One line per key of a settings file that no setting reads: a typo there is otherwise silently
    ignored (a misspelt `model` quietly means the rules engine). Errors are load_settings' to report."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    names = list(Settings.model_fields)
    accepted = {key.lower() for name in names for key in (name, *_aliases(name))}
    warnings = [_unknown(path, (key,), names) for key in data if key.lower() not in accepted]
    prices = data.get("prices")
    for model, price in prices.items() if isinstance(prices, dict) else ():
        if isinstance(price, dict):
            warnings += [_unknown(path, ("prices", model, key), list(Price.model_fields)) for key in price if key not in Price.model_fields]
    return warnings


def _unknown(path: Path, loc: tuple, names: list[str]) -> str:
    close = difflib.get_close_matches(str(loc[-1]), names, n=1)
    hint = f" (có phải '{close[0]}'?)" if close else ""
    return f"{path}: khóa không xác định '{_toml_key(loc)}'{hint}"
