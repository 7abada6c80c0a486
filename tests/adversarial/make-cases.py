#!/usr/bin/env python3
"""Writes the adversarial corpus: broken or hostile inspection files, each with the exit code and a
message fragment quire must give. Every case is a small edit of tests/fixtures/minimal.yaml (or a
whole file of its own), so a reader sees exactly what is wrong. Re-run after changing the fixture and
review `git diff` of tests/adversarial/cases/."""
import pathlib, shutil

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MINIMAL = (ROOT / "tests/fixtures/minimal.yaml").read_text()
OUT = HERE / "cases"

cases = []  # (name, expected exit, fragment, content bytes, extra files {name: bytes})


def edit(name, old, new, fragment, code=2, extra=None, base=None):
    text = base if base is not None else MINIMAL
    assert old in text, (name, old)
    cases.append((name, code, fragment, text.replace(old, new, 1).encode(), extra or {}))


def whole(name, content, fragment, code=2, extra=None):
    cases.append((name, code, fragment, content if isinstance(content, bytes) else content.encode(), extra or {}))


# --- YAML syntax -------------------------------------------------------------------------------
whole("yaml-empty-file", "", "expected a map")
whole("yaml-scalar-document", "just a sentence\n", "expected a map")
whole("yaml-list-document", "- a\n- b\n", "expected a map")
edit("yaml-unclosed-flow", "joint_inspectorates: [Estyn]", "joint_inspectorates: [Estyn", "yaml-syntax")
edit("yaml-unterminated-quote", "area: Testshire", 'area: "Testshire', "yaml-syntax")
edit("yaml-tab-indent", "  service: Testshire", "\tservice: Testshire", "tab-indent")
edit("yaml-bad-indent", "  service: Testshire", "     service: Testshire", "yaml-syntax")
edit("yaml-bad-escape", "area: Testshire", 'area: "Test\\qshire"', "yaml-syntax")
edit("yaml-undefined-alias", "foreword: The foreword.", "foreword: *nowhere", "yaml-syntax")
whole("yaml-binary-garbage", bytes(range(1, 32)) * 4, "")
edit("yaml-colon-in-plain", "introduction: Local context.", "introduction: a: b: c", "yaml-syntax")
edit("yaml-duplicate-top-key", "introduction: Local context.", "introduction: Local context.\nintroduction: Again.", "duplicate-key")
edit("yaml-duplicate-nested-key", "  isbn: 978-0-00000-000-0", "  isbn: 978-0-00000-000-0\n  isbn: 1", "duplicate-key")

# --- encoding and limits -----------------------------------------------------------------------
cases.append(("utf8-invalid-byte", 2, "invalid-utf8", MINIMAL.replace("Testshire", "Test\xffshire", 1).encode("latin-1", "replace") if False else MINIMAL.encode().replace(b"area: Testshire", b"area: Test\xffshire", 1), {}))
cases.append(("utf8-overlong", 2, "invalid-utf8", MINIMAL.encode().replace(b"area: Testshire", b"area: Test\xc0\xafshire", 1), {}))
cases.append(("utf8-surrogate", 2, "invalid-utf8", MINIMAL.encode().replace(b"area: Testshire", b"area: Test\xed\xa0\x80shire", 1), {}))
cases.append(("utf8-truncated", 2, "invalid-utf8", MINIMAL.encode() + b"\xe2\x82", {}))
whole("limit-deep-flow", "family: " + "[" * 200 + "]" * 200 + "\n", "nesting-limit")
whole("limit-deep-block", "family: domain-rated\n" + "".join("  " * d + "k%d:\n" % d for d in range(100)), "nesting-limit")
whole("limit-deep-dashes", "family: domain-rated\nglossary:\n" + "- " * 100 + "x\n", "nesting-limit")
laughs = "family: domain-rated\nrules: domain-2018\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
for i in range(1, 12):
    laughs += "a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10))
whole("limit-billion-laughs", laughs + "glossary: *a11\n", "alias-limit")
whole("limit-many-aliases", "family: domain-rated\nx: &x 1\ny: [" + ", ".join(["*x"] * 150) + "]\n", "alias-limit")
edit("number-nan", "youth_percent: 9,", "youth_percent: .nan,", "finite number")
edit("number-inf", "youth_percent: 9,", "youth_percent: .inf,", "finite number")
edit("number-negative-inf", "area: 100, national: 200", "area: -.inf, national: 200", "finite number")
edit("number-huge", "total: 1000", "total: 99999999999999999999", "whole number")
edit("number-hex", "total: 1000", "total: 0x3E8", "whole number")

# --- schema ------------------------------------------------------------------------------------
for key in ["family", "rules", "report", "foreword", "recommendations", "introduction", "key_facts", "domains",
            "methodology", "glossary"]:
    lines = MINIMAL.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith(key + ":"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith(" ") or lines[end].startswith("-")):
        end += 1
    text = "\n".join(lines[:start] + lines[end:])
    frag = "missing required key '%s'" % key
    cases.append(("schema-missing-" + key.replace("_", "-"), 2, frag, text.encode(), {}))
edit("schema-unknown-top-key", "introduction: Local context.", "introduction: Local context.\nintroducton: typo", "did you mean 'introduction'")
edit("schema-unknown-report-key", "  isbn:", "  isnb:", "did you mean 'isbn'")
edit("schema-unknown-standard-key", '{number: "1.1", rating: good', '{number: "1.1", ratng: good, rating: good', "did you mean 'rating'")
edit("schema-unknown-summary-key", "summary: {strengths: [One.], improvements: [Two.]}", "summary: {strengths: [One.], improvments: [Two.], improvements: [Two.]}", "did you mean 'improvements'")
edit("schema-report-is-list", "report:\n  area: Testshire", "report: [a]\nreport_old:\n  area: Testshire", "expected a map for 'report'")
edit("schema-foreword-is-map", "foreword: The foreword.", "foreword: {text: The foreword.}", "expected text for 'foreword'")
edit("schema-domains-is-text", "domains:\n  - number: 1", "domains: three\ndomains_old:\n  - number: 1", "expected a list for 'domains'")
edit("schema-total-not-number", "total: 1000", "total: lots", "expected a whole number for 'total', found 'lots'")
edit("schema-domain-number-text", "  - number: 1\n", "  - number: one\n", "whole number")
edit("schema-domain-number-range", "  - number: 1\n", "  - number: 12\n", "between 1 and 9")
edit("schema-date-words", "published: 2020-01", "published: January 2020", "YYYY-MM")
edit("schema-date-month-13", "published: 2020-01", "published: 2020-13", "YYYY-MM")
edit("schema-date-day", "published: 2020-01", "published: 2020-01-05", "YYYY-MM")
edit("schema-percent-over-100", "youth_percent: 9,", "youth_percent: 109,", "between 0 and 100")
edit("schema-percent-negative", "bme_youth_percent: 3}", "bme_youth_percent: -3}", "between 0 and 100")
edit("schema-caseload-over-100", '"10-14": [20, 24]', '"10-14": [120, 24]', "between 0 and 100")
edit("schema-caseload-sum-over-100", '"10-14": [20, 24]', '"10-14": [60, 24]', "add up to more than 100%")
edit("schema-caseload-pair-short", '"10-14": [20, 24]', '"10-14": [20]', "[area %, national %]")
edit("schema-kq-over-100", '"2.1.1": 70', '"2.1.1": 170', "between 0 and 100")
edit("schema-kq-fraction", '"2.1.1": 70', '"2.1.1": 70.5', "whole number")
edit("schema-recommendation-no-owner", "  - owner: The Management Board\n    actions:", "  - actions:", "must name who is responsible")
edit("schema-recommendation-empty-owner", "owner: The Management Board", 'owner: ""', "'owner' is empty")
# An empty text would print its heading with nothing under it (issue 16): refused, as an empty list is.
edit("schema-empty-narrative", "introduction: Local context.", 'introduction: ""', "'introduction' is empty")
edit("schema-recommendation-no-actions", "    actions: [do one thing]", "    actions: []", "at least one action")
edit("schema-unknown-family", "family: domain-rated", "family: domain-rate", "did you mean 'domain-rated'")
edit("schema-family-list", "family: domain-rated", "family: [domain-rated]", "expected text for 'family'")
edit("schema-glossary-not-list", "glossary: [camhs]", "glossary: camhs", "expected a list for 'glossary'")
edit("schema-footnotes-list", "footnotes:\n  fte: A source.", "footnotes: [fte]", "map of footnote ids")
edit("schema-sample-percent-text", "sample_percent: 60", "sample_percent: sixty", "whole number")

# --- rules -------------------------------------------------------------------------------------
edit("rules-unknown-file", "rules: domain-2018", "rules: domain-2099", "no rules file 'domain-2099'")
edit("rules-path-traversal", "rules: domain-2018", "rules: ../../../etc/passwd", "no rules file")
edit("rules-empty-name", "rules: domain-2018", 'rules: ""', "no rules file")
edit("rules-overall-contradicts", "overall_rating: good", "overall_rating: outstanding", "rating-contradicts-rules")
edit("rules-overall-not-a-rating", "overall_rating: good", "overall_rating: great", "unknown-rating")
edit("rules-standard-contradicts", '{number: "2.1", key_questions', '{number: "2.1", rating: inadequate, key_questions', "correct the rating or record the professional-discretion reason")
edit("rules-discretion-too-far", '{number: "2.1", key_questions', '{number: "2.1", rating: inadequate, discretion: Why., key_questions', "discretion-too-far")
edit("rules-discretion-without-rating", '{number: "2.1", key_questions', '{number: "2.1", discretion: Why., key_questions', "discretion-without-rating")
edit("rules-discretion-on-judged", '{number: "1.1", rating: good,', '{number: "1.1", rating: good, discretion: Why.,', "discretion-on-judged")
edit("rules-judged-without-rating", '{number: "1.2", rating: good, narrative', '{number: "1.2", narrative', "is rated by judgement")
edit("rules-unknown-rating-word", '{number: "1.2", rating: good,', '{number: "1.2", rating: brilliant,', "unknown rating 'brilliant'")
edit("rules-unknown-standard", '{number: "1.4", rating', '{number: "1.5", rating', "unknown standard '1.5'")
edit("rules-duplicate-standard", '{number: "1.4", rating', '{number: "1.3", rating', "appears twice")
edit("rules-standard-wrong-domain", '{number: "1.4", rating: good, narrative: Text.}', '{number: "2.4", rating: good, narrative: Text.}', "belongs to domain 2")
edit("rules-unknown-key-question", '"2.1.1": 70,', '"2.1.9": 70,', "not a key question of standard 2.1")
edit("rules-missing-key-question", '"2.1.1": 70, ', '', "neither case answers nor a published")
edit("rules-judged-with-percent", '{number: "1.1", rating: good,', '{number: "1.1", rating: good, key_questions: {"1.1.1": 50},', "carry no '% yes'")

# --- references, links, case files -------------------------------------------------------------
edit("ref-undefined-footnote", "introduction: Local context.", "introduction: Local context.[^nowhere]", "[^nowhere] is referenced but not defined")
edit("ref-undefined-source", "reoffending: {area: 40.5, national: 41, source: fte}", "reoffending: {area: 40.5, national: 41, source: moj}", "source 'moj' is not defined")
edit("ref-unknown-glossary-term", "glossary: [camhs]", "glossary: [camhs, mapa]", "did you mean 'mappa'")
edit("link-javascript", "foreword: The foreword.", "foreword: The [foreword](javascript:alert(1)).", "link-not-allowed")
edit("link-file", "foreword: The foreword.", "foreword: The [foreword](file:///etc/passwd).", "link-not-allowed")
edit("link-data-autolink", "foreword: The foreword.", 'foreword: "See <data:text/html,hi>."', "link-not-allowed")
edit("link-ftp", "foreword: The foreword.", "foreword: The [site](ftp://example.org/x).", "link-not-allowed")
# Reference-style: the destination stands in a definition, in the same field or another one.
edit("link-reference-javascript", "foreword: The foreword.", "foreword: |\n  The [plan][p].\n\n  [p]: javascript:alert(1)", "link target 'javascript:alert(1)' is not allowed")
edit("link-reference-across-fields", "introduction: Local context.", "introduction: Local [context][q].",
     "link target 'file:///etc/passwd' is not allowed",
     base=MINIMAL.replace("foreword: The foreword.", "foreword: |\n  The foreword.\n\n  [q]: <file:///etc/passwd>", 1))
edit("html-script", "foreword: The foreword.", 'foreword: "<script>alert(1)</script>"', "raw-html")
edit("html-inline-italic", "foreword: The foreword.", 'foreword: "The <i>foreword</i>."', "raw-html")
edit("html-comment", "foreword: The foreword.", 'foreword: "The <!-- quire:cover --> foreword."', "raw-html")
edit("html-img-onerror", "introduction: Local context.", 'introduction: "<img src=x onerror=alert(1)>"', "raw-html")
CASES_LINE = "rules: domain-2018\ncases: cases.csv\n"
edit("cases-leave-folder", "rules: domain-2018\n", "rules: domain-2018\ncases: ../../etc/passwd\n", "path-leaves-folder")
edit("cases-absolute-path", "rules: domain-2018\n", "rules: domain-2018\ncases: /etc/passwd\n", "path-leaves-folder")
edit("cases-missing-file", "rules: domain-2018\n", "rules: domain-2018\ncases: nope.csv\n", "cannot read")
edit("cases-bad-header", "rules: domain-2018\n", CASES_LINE, "csv-header", extra={"cases.csv": b"id,q,a\nC1,2.1.1,yes\n"})
edit("cases-bad-answer", "rules: domain-2018\n", CASES_LINE, "expected yes, no or n/a", extra={"cases.csv": b"case,question,answer\nC1,2.1.1,maybe\n"})
edit("cases-too-few-fields", "rules: domain-2018\n", CASES_LINE, "expected 3 fields", extra={"cases.csv": b"case,question,answer\nC1,2.1.1\n"})
edit("cases-duplicate-answer", "rules: domain-2018\n", CASES_LINE, "twice", extra={"cases.csv": b"case,question,answer\nC1,2.1.1,yes\nC1,2.1.1,no\n"})
edit("cases-unknown-question", "rules: domain-2018\n", CASES_LINE, "did you mean", extra={"cases.csv": b"case,question,answer\nC1,2.1.4,yes\n"})
edit("cases-judged-question", "rules: domain-2018\n", CASES_LINE, "which inspectors rate (judged)", extra={"cases.csv": b"case,question,answer\nC1,1.1.1,yes\n"})
edit("cases-two-domains", "rules: domain-2018\n", CASES_LINE, "case-in-two-domains", extra={"cases.csv": b"case,question,answer\nC1,2.1.1,yes\nC1,3.1.1,yes\n"})
edit("cases-count-mismatch", "rules: domain-2018\n", CASES_LINE, "cases were examined", extra={"cases.csv": b"case,question,answer\nC1,2.1.1,yes\n"})
edit("cases-disagree-with-published", "rules: domain-2018\n", CASES_LINE, "published-differs-from-cases",
     extra={"cases.csv": ("case,question,answer\n" + "".join("C%d,2.1.1,%s\n" % (i, "yes" if i < 3 else "no") for i in range(10))).encode()})
edit("cases-unclosed-quote", "rules: domain-2018\n", CASES_LINE, "never closed", extra={"cases.csv": b'case,question,answer\nC1,2.1.1,"yes\n'})
edit("cases-wide-bad-answer", "rules: domain-2018\n", CASES_LINE, "answer to 2.1.2, found 'maybe'", extra={"cases.csv": b"\xef\xbb\xbfcase,2.1.1,2.1.2\r\nC1,Yes,maybe\r\n"})
edit("cases-wide-ragged-row", "rules: domain-2018\n", CASES_LINE, "expected 3 fields", extra={"cases.csv": b"case,2.1.1,2.1.2\nC1,yes,no,no\n"})
edit("cases-wide-unknown-question", "rules: domain-2018\n", CASES_LINE, "'2.1.9' is not a case-based key question", extra={"cases.csv": b"case,2.1.1,2.1.9\nC1,yes,no\nC2,no,yes\n"})
edit("cases-invalid-utf8", "rules: domain-2018\n", CASES_LINE, "invalid-utf8", extra={"cases.csv": b"case,question,answer\nC\xff1,2.1.1,yes\n"})

# --- the other families: FJI, SQS and CCI ------------------------------------------------------
FJI = (ROOT / "tests/fixtures/fji-minimal.yaml").read_text()
SQS = (ROOT / "tests/fixtures/sqs-minimal.yaml").read_text()
CCI = (ROOT / "tests/fixtures/cci-minimal.yaml").read_text()
edit("fji-unknown-key", "area_context: The area.", "area_contxt: The area.", "did you mean", base=FJI)
edit("fji-score-over-100", "case_score: 70", "case_score: 170", "0 and 100", base=FJI)
edit("fji-descriptor-contradicts-score", "descriptor: good\n", "descriptor: poor\n", "but the rules give 'good'", base=FJI)
edit("fji-unknown-descriptor", "descriptor: good\n", "descriptor: splendid\n", "unknown-descriptor", base=FJI)
edit("fji-theme-missing", "  - number: 4\n", "  - number: 6\n", "missing-theme", base=FJI)
edit("fji-recommendation-without-owner", "  - owner: Head of YOT\n", "  - owner: \"\"\n", "recommendation-without-owner", base=FJI)
edit("fji-cases-outside-folder", "rules: fji-2013\n", "rules: fji-2013\ncases: ../../secret.csv\n", "path-leaves-folder", base=FJI)
edit("fji-callout-unknown-kind", "explanation: [[Assessed.], [Planned.]", "explanation: [[Assessed., {callout: sermon, text: Hi}], [Planned.]", "unknown call-out", base=FJI)
edit("fji-indicator-not-a-number", "frequency: {area: 1.0,", "frequency: {area: lots,", "expected a finite number", base=FJI)
edit("sqs-unknown-section", "  sentence_served: [Four.]", "  sentence_servd: [Four.]", "did you mean", base=SQS)
edit("sqs-rate-nan", "rate: 37.2", "rate: .nan", "finite number", base=SQS)
edit("sqs-words-contradict-figures", "as_published: {previous_year: worse,", "as_published: {previous_year: better,", "comparison-contradicts-figures", base=SQS)
edit("sqs-bad-date", "published: 2016-07-13", "published: 2016-13-45", "not a date in the calendar", base=SQS)
edit("sqs-inspected-backwards", "inspected: {from: 2016-06-06, to: 2016-06-08}", "inspected: {from: 2016-06-08, to: 2016-06-06}", "dates-out-of-order", base=SQS)
edit("sqs-link-javascript", "summary: Overall, we found a good YOT.", "summary: See [this](javascript:alert(1)).", "link-not-allowed", base=SQS)
edit("sqs-raw-html", "operational_management: Managers were positive.", "operational_management: <script>x</script>", "raw-html", base=SQS)
edit("cci-headline-over-100", "headline_scores: {safeguarding: 70,", "headline_scores: {safeguarding: 170,", "0 and 100", base=CCI)
edit("cci-unknown-criterion", '{number: "3.2", score: 77', '{number: "3.9", score: 77', "missing-criterion", base=CCI)
edit("cci-section-score-wrong-type", "    score: 75\n", "    score: high\n", "whole number", base=CCI)
edit("cci-programme-outside-folder", "rules: cci-2012\n", "rules: cci-2012\nprogramme: /etc/passwd\n", "path-leaves-folder", base=CCI)
edit("cci-example-unknown-criterion", '{section: 1, criterion: "1.2"', '{section: 1, criterion: "1.7"', "unknown-criterion", base=CCI)
edit("cci-duplicate-key", "arrangements: {cases: 40}", "arrangements: {cases: 40, cases: 41}", "duplicate-key", base=CCI)

# --- inputs that are odd but valid: quire renders them (exit 0) ---------------------------------
edit("valid-long-word", "introduction: Local context.", "introduction: " + "x" * 2000, "", code=0)
edit("valid-welsh-letters", "area: Testshire", "area: Castell-nedd Port Talbot ŵŷ ÂÊÎÔÛŴŶ ẁẃẅ", "", code=0)
edit("valid-markdown-in-data-text", "area: Testshire", 'area: "Test *shire* [x](y) | z"', "", code=0)
edit("valid-many-paragraphs", "introduction: Local context.", "introduction: |\n" + "".join("  Paragraph %d.\n\n" % i for i in range(500)), "", code=0)
edit("valid-heading-lines-in-narrative", "introduction: Local context.", "introduction: |\n" + "".join("  # Heading %d\n" % i for i in range(100)), "", code=0)
edit("valid-http-links", "foreword: The foreword.", "foreword: See [the site](https://example.org), <mailto:a@b.org> and [below](#foreword).", "", code=0)
cases.append(("valid-bom-crlf", 0, "", b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode(), {}))

if OUT.exists():
    shutil.rmtree(OUT)
OUT.mkdir(parents=True)
for name, code, fragment, content, extra in cases:
    folder = OUT / name
    folder.mkdir()
    (folder / "inspection.yaml").write_bytes(content)
    for fname, data in extra.items():
        (folder / fname).write_bytes(data)
    (folder / "expect").write_text("exit: %d\nmessage: %s\n" % (code, fragment))
print(len(cases), "cases written to", OUT)
