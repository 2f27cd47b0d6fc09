"""Apache Airflow provider for PaySecure Pinless Web Services (Acculynk).

This module is imported by every Airflow process that discovers providers, so
it deliberately imports nothing: the version lives here and nowhere else.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
