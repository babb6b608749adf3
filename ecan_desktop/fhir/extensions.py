"""FHIR extensions that ecan-desktop itself writes."""

# On the later copies of one fact that several sources reported, in an exported IPS bundle: the
# value references the entry of the first copy, so that importing the bundle keeps them linked.
SAME_FACT_EXTENSION = "urn:ecan-desktop:extension:same-fact-as"
