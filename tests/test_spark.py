"""parley.spark: the Spark path gives, row for row, what extract_articles gives; bad rows come
back as error rows and the others still succeed."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from parley.model import Article
from parley.pipeline import extract_articles
from parley.spark import article_from_row, extract_rows, extraction_from_dict

ARTICLES = [
    {"id": "a1", "published": "2026-03-02", "outlet": "Test Wire", "url": "https://example.org/a1",
     "text": "Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to discuss a "
             "ceasefire. \"We are open to talks,\" he told reporters."},
    {"id": "a2", "published": "2026-03-06", "outlet": None, "url": None,
     "text": "Ukrainian President Volodymyr Zelensky rejected the plan on Friday, saying Kyiv would "
             "never give up its territory."},
    {"id": "bad-empty", "published": None, "outlet": None, "url": None, "text": "   \n "},
    {"id": "a3", "published": None, "outlet": None, "url": None,
     "text": "Officials in Brussels said new sanctions would be announced next week."},
    {"id": "bad-none", "published": "2026-03-06", "outlet": None, "url": None, "text": None},
    {"id": "bad-binary", "published": None, "outlet": None, "url": None, "text": "\x00\x01\x02junk"},
]
GOOD = [row for row in ARTICLES if not row["id"].startswith("bad")]


def expected(row, profile):
    """What the non-Spark path gives for the same article."""
    article = Article(id=Article.make_id(row["text"]), text=row["text"], source=row["id"],
                      outlet=row["outlet"], url=row["url"], published=row["published"])
    return next(extract_articles([article], profile))


def test_rows_without_spark_keep_order_and_report_bad_rows(profile):
    out = list(extract_rows(iter(ARTICLES), profile))
    assert [r[0] for r in out] == [row["id"] for row in ARTICLES]
    by_id = {r[0]: r for r in out}
    assert by_id["bad-empty"][2:4] == (False, "empty text")
    assert by_id["bad-none"][2:4] == (False, "no text")
    assert by_id["bad-binary"][2:4] == (False, "binary, not text")
    for row in GOOD:
        key, article_id, ok, error, warnings, payload = by_id[row["id"]]
        assert ok and error is None and article_id == Article.make_id(row["text"])
        assert json.loads(payload) == expected(row, profile).to_dict()


def test_a_chunk_that_crashes_is_redone_row_by_row(profile, monkeypatch):
    import parley.pipeline

    real = parley.pipeline.extract_articles

    def fragile(articles, prof=None):
        articles = list(articles)
        if any("Brussels" in a.text for a in articles):
            raise MemoryError("simulated")
        return real(articles, prof)

    monkeypatch.setattr(parley.pipeline, "extract_articles", fragile)
    out = {r[0]: r for r in extract_rows(GOOD, profile)}
    assert out["a3"][2] is False and "MemoryError" in out["a3"][3]
    assert out["a1"][2] and out["a2"][2]


def test_row_checks_match_the_readers():
    assert article_from_row({"text": "x" * 2_000_001}).startswith("too large")
    article = article_from_row({"text": "Peace talks resumed.", "published": "March 2, 2026"})
    assert article.published == "2026-03-02" and article.source == "<dataframe row>"
    assert article_from_row({"text": "Talks.", "published": "yesterday"}).published is None


def test_extraction_json_round_trips(profile):
    result = expected(GOOD[0], profile)
    data = json.loads(json.dumps(result.to_dict(include_text=True)))
    rebuilt = extraction_from_dict(data)
    assert rebuilt.to_dict(include_text=True) == result.to_dict(include_text=True)
    assert rebuilt.statements and rebuilt.statements[0].content_spans == result.statements[0].content_spans


def test_missing_pyspark_names_the_extra():
    # A fresh interpreter where pyspark cannot be imported.
    code = ("import sys; sys.modules['pyspark'] = None\n"
            "import parley, parley.spark\n"
            "try:\n    parley.spark.extract_dataframe(None)\n"
            "except ImportError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "parley.spark needs pyspark: pip install 'parley[spark]'"


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'parley[spark]')")
    if not shutil.which("java"):
        pytest.skip("Java not found: Spark needs a JVM (Java 17)")
    from pyspark.sql import SparkSession

    # Executors must run this interpreter, where parley and spaCy are installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("parley-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    yield session
    session.stop()


def test_spark_rows_equal_the_pipeline(spark, profile):
    from parley.spark import RECORD_FIELDS, extract_dataframe, records_dataframe, statements_dataframe

    df = spark.createDataFrame(ARTICLES, "id string, published string, outlet string, url string, text string")
    result = extract_dataframe(df.repartition(2), published_col="published", id_col="id",
                               outlet_col="outlet", url_col="url").cache()  # extract once for all checks
    rows = {r["id"]: r for r in result.collect()}
    assert len(rows) == len(ARTICLES)
    for bad, reason in [("bad-empty", "empty text"), ("bad-none", "no text"), ("bad-binary", "binary, not text")]:
        assert not rows[bad]["ok"] and rows[bad]["error"] == reason and rows[bad]["extraction"] is None
    want = {row["id"]: expected(row, profile) for row in GOOD}
    for key, extraction in want.items():
        assert rows[key]["ok"] and rows[key]["error"] is None
        assert json.loads(rows[key]["extraction"]) == extraction.to_dict()

    for kind in RECORD_FIELDS:  # every record table parses, one row per record
        table = records_dataframe(result, kind)
        assert table.columns[:2] == ["row_id", "article_id"]
        assert table.count() == sum(len(getattr(e, kind)) for e in want.values())
    statements = statements_dataframe(result).collect()
    assert len(statements) == sum(len(e.statements) for e in want.values()) > 0
    first = want["a1"].statements[0]
    match = [s for s in statements if s["row_id"] == "a1" and s["id"] == first.id]
    assert len(match) == 1 and match[0]["speaker_name"] == first.speaker_name
    assert match[0]["content"] == first.content and match[0]["date"] == first.date
    assert [list(c) for c in match[0]["content_spans"]] == [list(c) for c in first.content_spans]


def test_spark_reads_a_date_column(spark, profile):
    import datetime

    from parley.spark import extract_dataframe

    row = GOOD[1]
    df = spark.createDataFrame([(row["text"], datetime.date(2026, 3, 6))], "body string, day date")
    out = extract_dataframe(df, text_col="body", published_col="day").collect()
    assert len(out) == 1 and out[0]["ok"]
    got = json.loads(out[0]["extraction"])
    assert got["article"]["published"] == "2026-03-06"
    assert out[0]["id"] == out[0]["article_id"] == Article.make_id(row["text"])
    article = Article(id=Article.make_id(row["text"]), text=row["text"], source="<dataframe row>",
                      published="2026-03-06")
    assert got == next(extract_articles([article], profile)).to_dict()


def _ledger_records(db):
    from parley.ledger.export import iter_records
    from parley.ledger.store import Ledger

    with Ledger(db) as ledger:
        return sorted(json.dumps(r, sort_keys=True) for r in iter_records(ledger))


def test_extraction_lines_merge_into_the_ledger_as_ingest_would(profile, tmp_path):
    from parley.ledger.ingest import ingest_items
    from parley.ledger.store import Ledger
    from parley.spark import extraction_lines, main

    folder = tmp_path / "out"
    folder.mkdir()
    rows = list(extract_rows(ARTICLES, profile, include_text=True))
    (folder / "part-00000.txt").write_text("".join(r[5] + "\n" for r in rows if r[2]), encoding="utf-8")
    (folder / "part-00001.txt").write_text("{not json\n", encoding="utf-8")
    (folder / "_SUCCESS").write_text("", encoding="utf-8")
    # The bad line and the missing file are reported; the rest goes in.
    assert main(["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "spark.db")]) == 1
    # Again: everything is already present, nothing added.
    assert main(["ingest", str(folder / "part-00000.txt"), "--db", str(tmp_path / "spark.db")]) == 0
    sources = [source for source, _ in extraction_lines([folder])]
    assert len(sources) == len(GOOD) + 1 and sources[-1] == f"{folder / 'part-00001.txt'}:1"

    with Ledger(tmp_path / "direct.db") as ledger:
        articles = [Article(id=Article.make_id(r["text"]), text=r["text"], source=r["id"], outlet=r["outlet"],
                            url=r["url"], published=r["published"]) for r in GOOD]
        summary = ingest_items(ledger, iter(articles))
    assert summary.added == len(GOOD)
    spark_records = _ledger_records(tmp_path / "spark.db")
    assert spark_records == _ledger_records(tmp_path / "direct.db") and spark_records


def test_tasks_of_one_worker_share_one_profile_object(profile):
    import pickle

    from parley.spark import _profile_from_blob

    # Each task unpickles its own copy of the bytes; the profile must still be one object,
    # or the actor matcher cached per profile would be rebuilt and kept once per task.
    first = _profile_from_blob(pickle.dumps(profile))
    assert _profile_from_blob(bytes(bytearray(pickle.dumps(profile)))) is first
    assert first.id == profile.id and first is not profile


def test_spark_on_the_seed_article_equals_the_pipeline(spark, profile, seed_text):
    from parley.spark import extract_dataframe

    df = spark.createDataFrame([("seed", seed_text, "2026-01-29")], "id string, text string, published string")
    (row,) = extract_dataframe(df, id_col="id", published_col="published").collect()
    article = Article(id=Article.make_id(seed_text), text=seed_text, source="seed", published="2026-01-29")
    want = next(extract_articles([article], profile)).to_dict()
    assert row["ok"] and json.loads(row["extraction"]) == want and want["statements"]
