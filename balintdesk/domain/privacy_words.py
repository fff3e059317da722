"""The privacy guard's words: the kinds of identifier it finds, their labels, the sentence
explaining each finding, and the guidance it paraphrases.

The detectors are in privacy.py (dates of birth in privacy_dates.py, other countries'
identifiers in privacy_ids.py and privacy_places.py); these words are kept apart from the
regular expressions so that they can be read, reviewed and reworded on their own.

The domain writes no sentence in a language: labels and guidance are English texts marked
for the catalogue (`translatable`, the edge shows them with
`translate(CONTEXT, text)`), explanations are `Words` (the edge shows them with
`i18n.say`).
"""

from __future__ import annotations

from balintdesk.domain.words import Words, translatable

__all__ = ["CONTEXT", "GUIDANCE", "KIND_LABELS", "guidance"]

CONTEXT = "PrivacyWords"  # the catalogue context of every text here

NHS_NUMBER = "nhs_number"
KVNR = "kvnr"
BSN = "bsn"
NIR = "nir"
CODICE_FISCALE = "codice_fiscale"
DATE_OF_BIRTH = "date_of_birth"
POSTCODE = "postcode"
PHONE = "phone"
EMAIL = "email"
AGE = "age"
TITLE_NAME = "title_name"

# English, as every caller has always had them; translate(CONTEXT, label) at the edge.
KIND_LABELS: dict[str, str] = {
    NHS_NUMBER: translatable("PrivacyWords", "NHS number"),
    KVNR: translatable("PrivacyWords", "Health insurance number (KVNR)"),
    BSN: translatable("PrivacyWords", "Citizen service number (BSN)"),
    NIR: translatable("PrivacyWords", "Social security number (NIR)"),
    CODICE_FISCALE: translatable("PrivacyWords", "Tax code (codice fiscale)"),
    DATE_OF_BIRTH: translatable("PrivacyWords", "Possible date of birth"),
    POSTCODE: translatable("PrivacyWords", "Postcode"),
    PHONE: translatable("PrivacyWords", "Phone number"),
    EMAIL: translatable("PrivacyWords", "Email address"),
    AGE: translatable("PrivacyWords", "Age"),
    TITLE_NAME: translatable("PrivacyWords", "Name with a title"),
}


# Paraphrased, not quoted: key points 5, 7 and 9 of the guidance. The last sentence is
# ours, because a doctor may reasonably think encryption changes the court point.
GUIDANCE = translatable(
    "PrivacyWords",
    "From “The reflective practitioner” (2018), the guidance of the GMC, the Academy of "
    "Medical Royal Colleges, COPMeD and the Medical Schools Council: a reflective note "
    "does not need the full details of what happened; it should capture what you learned "
    "and what you plan to do. Anonymise the information as far as possible, and record "
    "factual details elsewhere, such as in the patient's record. Reflective notes can "
    "currently be required by a court. That is true of notes kept here too: encryption "
    "keeps them from other people, not from a court order.",
)
# Outside the UK the GMC's guidance does not apply; its advice does, in general words.
GENERAL_GUIDANCE = translatable(
    "PrivacyWords",
    "A reflective note does not need the full details of what happened; it should capture "
    "what you learned and what you plan to do. Anonymise the information as far as "
    "possible, and record factual details elsewhere, such as in the patient's record. "
    "Encryption keeps these notes from other people, not necessarily from a court order.",
)


def guidance(country: str | None) -> str:
    """The guidance for a group in `country` (English; translate(CONTEXT, it) to show)."""
    return GUIDANCE if country in (None, "GB") else GENERAL_GUIDANCE


EXPLANATIONS: dict[str, Words] = {
    NHS_NUMBER: Words(
        "PrivacyWords", "This looks like an NHS number: ten digits that pass the NHS check."
    ),
    KVNR: Words(
        "PrivacyWords",
        "This looks like a German health insurance number: a letter and nine digits that "
        "pass its check.",
    ),
    BSN: Words(
        "PrivacyWords",
        "This looks like a Dutch citizen service number (BSN): nine digits that pass the "
        "eleven-test.",
    ),
    NIR: Words(
        "PrivacyWords",
        "This looks like a French social security number: fifteen characters whose key checks out.",
    ),
    CODICE_FISCALE: Words(
        "PrivacyWords",
        "This looks like an Italian tax code (codice fiscale): sixteen characters whose "
        "check letter fits.",
    ),
    POSTCODE: Words(
        "PrivacyWords", "This looks like a UK postcode, which can narrow down where someone lives."
    ),
    PHONE: Words("PrivacyWords", "This looks like a phone number."),
    EMAIL: Words("PrivacyWords", "This looks like an email address."),
    AGE: Words(
        "PrivacyWords",
        "An exact age can help identify someone; a stage of life is often enough.",
    ),
    TITLE_NAME: Words(
        "PrivacyWords",
        "This looks like a person's name; a role or an initial is often enough.",
    ),
}
# Other countries' postcodes say which country they belong to in their own sentence.
POSTCODE_WITH_PLACE_EXPLANATION = Words(
    "PrivacyWords",
    "This looks like a postcode with its town, which can narrow down where someone lives.",
)
DUTCH_POSTCODE_EXPLANATION = Words(
    "PrivacyWords",
    "This looks like a Dutch postcode, which can narrow down where someone lives.",
)
# A date of birth is explained by how it was found: after a cue word, or by its age.
DATE_AFTER_CUE_EXPLANATION = Words(
    "PrivacyWords", "This date follows a word like “born” or “DOB”, so it may be a date of birth."
)
OLD_DATE_EXPLANATION = Words("PrivacyWords", "A full date from years ago may be a date of birth.")
