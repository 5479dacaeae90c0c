"""The shared spaCy pipeline: paragraph breaks end sentences; a word with a subject and an object is a verb."""


def test_a_headline_without_a_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Zelensky to meet Trump in Washington\n\nThe White House confirmed the visit on Wednesday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Zelensky to meet Trump in Washington", "The White House confirmed the visit on Wednesday."]


def test_a_paragraphs_first_word_does_not_stand_alone(nlp):
    # after a live blog's time line the parser made "Ukraine" a sentence of its own
    doc = nlp("Live updates: pensions deal\n\n9:05 a.m. ET\n\nUkraine and Russia signed an agreement in Abu Dhabi.")
    assert [s.text.strip() for s in doc.sents][-1] == "Ukraine and Russia signed an agreement in Abu Dhabi."


def test_a_paragraph_ending_in_a_colon_runs_on(nlp):
    doc = nlp("The minister told parliament:\n\nThe border will stay closed until spring.")
    assert len(list(doc.sents)) == 1


def test_a_line_of_its_own_before_a_capital_ends_a_sentence(nlp):
    # trafilatura joins an HTML page's headings and paragraphs with a single line break
    doc = nlp("Talks in Geneva\nThe talks will resume on Monday, officials said.")
    assert [s.text.strip() for s in doc.sents] == ["Talks in Geneva", "The talks will resume on Monday, officials said."]


def test_hard_wrapped_text_keeps_its_sentences_whole(nlp):
    # some line starts in lower case: the breaks are the wrapping, not paragraph ends
    doc = nlp("The envoys met President\nVladimir Putin in Moscow on Thursday and\nthe two sides agreed to meet again.")
    assert len(list(doc.sents)) == 1


def test_a_quoted_programme_after_its_owner_is_one_token(nlp):
    doc = nlp('Rubio told CBS\'s "Face the Nation." "We are ready," he added.')
    assert "Face the Nation" in [t.text for t in doc]
    told = next(t for t in doc if t.text == "told")
    assert next(t for t in doc if t.text == "Face the Nation").head == told


def test_a_quoted_sentence_is_not_a_title(nlp):
    # lower-case words after the first: a quotation, left as words
    doc = nlp('Peskov\'s "We are not in a hurry" line was repeated.')
    assert "We" in [t.text for t in doc]


def test_a_verb_with_a_hyphenated_prefix_is_one_word(nlp):
    doc = nlp("Macron, who co-chaired the meeting with Starmer, said France was ready.")
    assert "co-chaired" in [t.text for t in doc]
    said = next(t for t in doc if t.text == "said")
    assert next(t for t in doc if t.text == "Macron").head == said


def test_a_quotation_closed_after_a_comma_runs_on_through_the_title(nlp):
    # the parser once ended such a sentence inside "Deputy Prosecutor General Oksana ...": the
    # words from the closing quote to the verb after the name start no sentence
    with nlp.select_pipes(disable=["parser"]):
        doc = nlp("“We are not asking Kyiv to trust them,” Deputy Energy Minister Taras Hrytsenko said.")
    said = next(t for t in doc if t.text == "said")
    assert all(t.is_sent_start is False for t in doc[said.i - 5: said.i + 1])


def test_a_wire_dateline_is_no_part_of_the_sentence_after_it(nlp):
    # the parser made the place the subject of "said", and the story's first clause a modifier of it
    doc = nlp("Dam talks\n\nZAPORIZHZHIA, Ukraine — The United States is pressing Kyiv to accept a team of "
              "engineers at the dam, a senior U.S. official said on Tuesday.")
    sentence = next(s for s in doc.sents if "pressing" in s.text)
    assert sentence.text.startswith("The United States is pressing")


def test_a_word_heading_a_subject_and_an_object_is_a_verb(nlp):
    # the tagger calls "back" an adverb here, though the parser gives it both
    doc = nlp("Germany and Poland back the plan.")
    back = [t for t in doc if t.text == "back"][0]
    assert (back.pos_, back.tag_) == ("VERB", "VBP")


def test_germany_and_poland_backing_the_plan_support_it():
    from parley.pipeline import extract_text
    result = extract_text("Headline\n\nThe EU plan would use frozen Russian assets for a loan. Germany and Poland back "
                          "the plan.\n", published="2026-03-01")
    assert {(p.actor, p.issue, p.stance) for p in result.positions} >= {
        ("germany", "frozen_assets", "support"), ("poland", "frozen_assets", "support")}


def test_a_list_items_bullet_is_no_part_of_the_sentence_after_it(nlp):
    # the parser reads "•" as a verb and hangs the item's opening participle on it
    doc = nlp("Briefing\n\n• Speaking in Vienna on Monday after a meeting of envoys, the OSCE chair, Anna Berg, said "
              "observers were ready.")
    speaking = next(t for t in doc if t.text == "Speaking")
    assert speaking.is_sent_start and speaking.head.text == "said"


def test_a_turns_label_is_no_part_of_the_sentence_after_it(nlp):
    # the parser would make the name the subject of the answer's first clause
    doc = nlp("Interview\n\nMERIDIAN: And sanctions?\n\nSYBIHA: Not one sanction should be lifted.\n\nDANA BASH, CNN HOST: "
              "Welcome back.\n\nLAVROV (through translator): They will not be guarantors.")
    for word in ("Not", "Welcome", "They"):
        assert next(t for t in doc if t.text == word).is_sent_start, word
    # "):" is a bracket and the label's colon, not an emoticon
    assert [t.text for t in doc if t.text in ("):", ")", ":")][-2:] == [")", ":"]
