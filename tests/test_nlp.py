"""The shared spaCy pipeline: paragraph breaks end sentences."""


def test_a_headline_without_a_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Zelensky to meet Trump in Washington\n\nThe White House confirmed the visit on Wednesday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Zelensky to meet Trump in Washington", "The White House confirmed the visit on Wednesday."]


def test_a_paragraph_ending_in_a_colon_runs_on(nlp):
    doc = nlp("The minister told parliament:\n\nThe border will stay closed until spring.")
    assert len(list(doc.sents)) == 1
