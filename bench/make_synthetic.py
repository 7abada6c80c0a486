#!/usr/bin/env python3
"""Makes a synthetic domain-rated inspection N times the size of Western Bay, with the same structure:
N times the standards (each domain gets N times its standards, each with its narrative, labels and
key questions), so N times the narrative paragraphs; N times the foreword and introduction, key
findings, strengths and improvements, and recommendations; and case-level answers for N times the
cases. Writes a self-contained quire root (data/, templates/, fonts/ and the inspection) to
OUT, so `quire render --root OUT OUT/inspection.yaml` runs it.
    bench/make_synthetic.py N OUT"""
import copy, pathlib, shutil, sys
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


class PlainDumper(yaml.SafeDumper):
    """Writes repeated values out in full: quire limits YAML aliases."""

    def ignore_aliases(self, data):
        return True


def literal(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def main(n, out):
    out = pathlib.Path(out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "data", out / "data")
    shutil.copytree(ROOT / "templates", out / "templates")
    shutil.copytree(ROOT / "fonts", out / "fonts")
    example = ROOT / "examples/domain-western-bay-2019"
    data = yaml.safe_load((example / "inspection.yaml").read_text())
    rules = yaml.safe_load((ROOT / "data/rules/domain-2018.yaml").read_text())
    labels = yaml.safe_load((ROOT / "data/i18n/en.yaml").read_text())

    def english(value):  # bilingual fields keep their English text
        return value["en"] if isinstance(value, dict) and "en" in value else value

    # Standards: domain d's standard d.k becomes d.k, d.(k+m), d.(k+2m), ... for n copies.
    new_domains = []
    for dom_rules, dom_data in zip(rules["domains"], data["domains"]):
        m = len(dom_rules["standards"])
        std_rules, std_data = [], []
        for copy_index in range(n):
            for k, (sr, sd) in enumerate(zip(dom_rules["standards"], dom_data["standards"])):
                number = "%d.%d" % (dom_rules["number"], k + 1 + copy_index * m)
                kqs = ["%s.%d" % (number, q + 1) for q in range(len(sr["key_questions"]))]
                std_rules.append({"number": number, "key_questions": kqs})
                old = sr["number"]
                labels["labels"]["standard"][number] = copy.deepcopy(labels["labels"]["standard"][old])
                for q, kq in enumerate(kqs):
                    labels["labels"]["key_question"][kq] = labels["labels"]["key_question"][sr["key_questions"][q]]
                sd2 = copy.deepcopy(sd)
                sd2["number"] = number
                sd2["narrative"] = english(sd2["narrative"])  # n times the standards: n times the paragraphs
                if "key_questions" in sd2:
                    sd2["key_questions"] = {"%s.%d" % (number, q + 1): v
                                            for q, v in enumerate(sd["key_questions"].values())}
                for key in ("discretion",):
                    if key in sd2:
                        sd2[key] = english(sd2[key])
                std_data.append(sd2)
        dom_rules["standards"] = std_rules
        dd = copy.deepcopy(dom_data)
        dd["standards"] = std_data
        dd["key_findings"] = [english(k) for k in dom_data["key_findings"]] * n
        dd["summary"] = {k: [english(x) for x in v] * n for k, v in dom_data["summary"].items()}
        new_domains.append(dd)
    data["domains"] = new_domains
    rules["name"] = "domain-bench"
    data["rules"] = "domain-bench"
    data.pop("overall_rating", None)  # the synthetic ratings give their own overall
    data.pop("translations", None)
    for key in ("foreword", "introduction"):
        data[key] = "\n\n".join([english(data[key]).strip()] * n) + "\n"
    data["recommendations"] = [{"owner": english(g["owner"]), "actions": [english(a) for a in g["actions"]]}
                               for g in data["recommendations"]] * n
    areas = data["key_facts"]["population"]["areas"]
    data["key_facts"]["population"]["areas"] = [dict(a, name=english(a["name"])) for a in areas]
    data["report"] = {k: english(v) for k, v in data["report"].items()}

    # Case answers: n times the cases. Copy c of each case answers copy c of the standards, as the
    # original case answered the original standard, so every published "% yes" still holds and the
    # answers grow n-fold, not n*n-fold.
    cases = ["case,question,answer"]
    source = (example / "cases.csv").read_text().splitlines()[1:]
    by_question = {}
    for line in source:
        case, question, answer = line.split(",")
        by_question.setdefault(question, []).append((case, answer))
    for dom_rules in rules["domains"]:
        if dom_rules["judged"]:
            continue
        m = len(dom_rules["standards"]) // n
        for std in dom_rules["standards"]:
            dnum, k = std["number"].split(".")
            copy_index, original_k = divmod(int(k) - 1, m)
            original = "%s.%d" % (dnum, original_k + 1)
            for q, kq in enumerate(std["key_questions"]):
                for case, answer in by_question.get("%s.%d" % (original, q + 1), []):
                    cases.append("%s-%d,%s,%s" % (case, copy_index, kq, answer))
    data["methodology"]["court_disposals"]["cases"] *= n
    data["methodology"]["out_of_court_disposals"]["cases"] *= n
    data["methodology"]["organisational_delivery"] = english(data["methodology"]["organisational_delivery"])
    data["footnotes"] = {k: english(v) for k, v in data["footnotes"].items()}

    PlainDumper.add_representer(str, literal)
    dump = lambda value, **kw: yaml.dump(value, Dumper=PlainDumper, sort_keys=False, allow_unicode=True, **kw)
    (out / "data/rules/domain-bench.yaml").write_text(dump(rules))
    (out / "data/i18n/en.yaml").write_text(dump(labels, width=1000))
    (out / "inspection.yaml").write_text(dump(data, width=1000))
    (out / "cases.csv").write_text("\n".join(cases) + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
