"""Pure FHIR helpers: no Qt, no database."""
