"""ecan-desktop: a patient-held, encrypted oncology record that travels across borders."""

__version__ = "0.1.0"
