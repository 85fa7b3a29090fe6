"""summarizer: Vietnamese local-government review-meeting news in, a monthly cross-district digest out."""

__version__ = "0.1.0"
