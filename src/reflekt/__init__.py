"""reflekt: a private desktop journal for learning at work."""

__version__ = "0.1.0"
APP_ID = "se.reflekt.Reflekt"
