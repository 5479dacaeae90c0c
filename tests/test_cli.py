"""The `parley extract` command as the contract describes it."""
import json

from typer.testing import CliRunner

from parley.cli import app

CONTRACT_KEYS = {"article", "actors", "statements", "events", "positions", "timexes"}


def run(*args):
    return CliRunner().invoke(app, list(args))


def test_extract_writes_one_json_object_per_article_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ukraine's president said the war must end.", encoding="utf-8")
    result = run("extract", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"), "--published", "2026-02-04")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["article"]["source"].rsplit("/", 1)[-1] for o in lines] == ["b.txt", "a.txt"]
    for obj in lines:
        assert set(obj) == CONTRACT_KEYS
        assert obj["article"]["published"] == "2026-02-04"
        assert "text" not in obj  # a .txt file's text is the file itself
    lavrov = [a for a in lines[0]["actors"] if a["id"] == "sergei-lavrov"]
    assert lavrov and lavrov[0]["name"] == "Sergei Lavrov" and lavrov[0]["kind"] == "person"


def test_bad_input_gives_one_line_and_exit_code_1(tmp_path):
    (tmp_path / "good.txt").write_text("The Kremlin said the offer stood.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("bad.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty file" in e for e in errors)
    assert "Traceback" not in result.stderr


def test_non_txt_inputs_carry_their_text(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Officials said talks resumed.", "outlet": "Wire"}) + "\n", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.jsonl"))
    obj = json.loads(result.stdout)
    assert obj["text"] == "Officials said talks resumed."
    assert obj["article"]["outlet"] == "Wire"


def test_odd_quotation_marks_never_crash(tmp_path):
    text = ('He said "this never ends.\n\nA second paragraph follows, the minister said.\n'
            '“Curly open only. And ” a stray close. "" Empty quote. «Guillemets» too.')
    (tmp_path / "odd.txt").write_text(text, encoding="utf-8")
    result = run("extract", str(tmp_path / "odd.txt"))
    assert result.exit_code == 0, result.stderr
    obj = json.loads(result.stdout)
    for st in obj["statements"]:
        for start, end in st["content_spans"]:
            assert 0 <= start < end <= len(text)
            # an unbalanced quote must not swallow the following paragraph
            assert "\n\n" not in text[start:end]


def test_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--published", "29/01/2026")
    assert result.exit_code == 2


def test_unknown_profile_is_one_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--profile", "no_such_profile")
    assert result.exit_code == 2
    assert "profile not found" in result.stderr


def test_table_format_is_readable(tmp_path):
    (tmp_path / "a.txt").write_text("Kremlin spokesman Dmitry Peskov spoke.", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "--format", "table")
    assert result.exit_code == 0
    assert "Dmitry Peskov" in result.stdout and "{" not in result.stdout


def test_a_failing_stage_is_reported_and_the_other_records_kept(tmp_path, monkeypatch):
    import parley.pipeline as pipeline

    def broken(*args):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "extract_events", broken)
    (tmp_path / "a.txt").write_text("Kremlin spokesman Dmitry Peskov said the talks would resume.", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"))
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["events"] == [] and obj["statements"], "statements survive a failing events stage"
    assert "a.txt: events skipped (ValueError: boom)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_timeml_format_writes_tempeval_documents(tmp_path):
    tml = ('<?xml version="1.0" ?>\n<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21">'
           '2013-03-21</TIMEX3></DCT><TEXT>Talks resumed on Tuesday and will go on for two weeks.</TEXT></TimeML>')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d1.tml").write_text(tml, encoding="utf-8")
    result = run("extract", str(tmp_path / "in"), "--format", "timeml", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    written = (tmp_path / "out" / "d1.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2013-03-19">Tuesday</TIMEX3>' in written
    assert '<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>' in written
    result = run("extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "--out is for --format timeml" in result.stderr
