"""The patient's own entries ("My entries"): medicines they take, symptoms and side effects with a
grade, and notes, written to the vault as FHIR resources marked as reported by the patient.

- :mod:`.catalogue`: the short list of common side effects (with their SNOMED CT codes), the grade
  words and the validation messages, marked for translation;
- :mod:`.resources`: what the patient typed, its validation, and the FHIR R4 resources built
  from it;
- :mod:`.save`: saving, changing and deleting entries in the vault (on the vault's thread).

The record reads them back in :mod:`ecan_desktop.record.patient_entries`.
"""
