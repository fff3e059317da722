"""The privacy guard's words: the kinds of identifier it finds, their labels, the sentence
explaining each finding, and the guidance it paraphrases.

The detectors are in privacy.py (dates of birth in privacy_dates.py); these words are kept
apart from the regular expressions so that they can be read, reviewed and reworded on
their own.
"""

from __future__ import annotations

__all__ = ["GUIDANCE", "KIND_LABELS"]

NHS_NUMBER = "nhs_number"
DATE_OF_BIRTH = "date_of_birth"
POSTCODE = "postcode"
PHONE = "phone"
EMAIL = "email"
AGE = "age"
TITLE_NAME = "title_name"

KIND_LABELS: dict[str, str] = {
    NHS_NUMBER: "NHS number",
    DATE_OF_BIRTH: "Possible date of birth",
    POSTCODE: "Postcode",
    PHONE: "Phone number",
    EMAIL: "Email address",
    AGE: "Age",
    TITLE_NAME: "Name with a title",
}

# Paraphrased, not quoted: key points 5, 7 and 9 of the guidance. The last sentence is
# ours, because a doctor may reasonably think encryption changes the court point.
GUIDANCE = (
    "From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of "
    "Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note "
    "does not need the full details of what happened; it should capture what you learned "
    "and what you plan to do. Anonymise the information as far as possible, and record "
    "factual details elsewhere, such as in the patient's record. Reflective notes can "
    "currently be required by a court. That is true of notes kept here too: encryption "
    "keeps them from other people, not from a court order."
)

EXPLANATIONS = {
    NHS_NUMBER: "This looks like an NHS number: ten digits that pass the NHS check.",
    POSTCODE: "This looks like a UK postcode, which can narrow down where someone lives.",
    PHONE: "This looks like a phone number.",
    EMAIL: "This looks like an email address.",
    AGE: "An exact age can help identify someone; a stage of life is often enough.",
    TITLE_NAME: "This looks like a person's name; a role or an initial is often enough.",
}
# A date of birth is explained by how it was found: after a cue word, or by its age.
DATE_AFTER_CUE_EXPLANATION = (
    "This date follows a word like “born” or “DOB”, so it may be a date of birth."
)
OLD_DATE_EXPLANATION = "A full date from years ago may be a date of birth."
