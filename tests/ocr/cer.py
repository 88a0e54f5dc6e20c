#!/usr/bin/env python3
"""Character error rate of OCR output against ground truth.

    cer.py GT_DIR HYP_DIR [--hyp-suffix .txt] [--json]

GT_DIR holds pNNN.gt.txt and manifest.tsv from ocr_devset_gen; HYP_DIR holds pNNN.txt.
Both texts are NFKC-normalised and all white space is removed; CER = edit distance / reference
length. Prints per-page figures and the totals (summed edits over summed reference lengths)
overall, for seal pages, per font and per degradation.
"""
import json
import os
import sys
import unicodedata


def normalise(text):
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace())


def edit_distance(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    suffix = ".txt"
    if "--hyp-suffix" in argv:
        suffix = argv[argv.index("--hyp-suffix") + 1]
        args.remove(suffix)
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gt_dir, hyp_dir = args
    rows = []
    with open(os.path.join(gt_dir, "manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    groups = {}

    def add(group, edits, length):
        e, n = groups.get(group, (0, 0))
        groups[group] = (e + edits, n + length)

    pages = []
    for r in rows:
        stem = r["file"].rsplit(".", 1)[0]
        with open(os.path.join(gt_dir, stem + ".gt.txt"), encoding="utf-8") as f:
            ref = normalise(f.read())
        hyp_path = os.path.join(hyp_dir, stem + suffix)
        hyp = ""
        if os.path.exists(hyp_path):
            with open(hyp_path, encoding="utf-8") as f:
                hyp = normalise(f.read())
        edits = edit_distance(ref, hyp)
        pages.append({"page": stem, "cer": edits / max(1, len(ref)), "font": r["font"],
                      "seal": r["seal"] == "1"})
        add("overall", edits, len(ref))
        add("seal" if r["seal"] == "1" else "no-seal", edits, len(ref))
        add("font " + r["font"], edits, len(ref))
        if float(r["blur"]) > 0:
            add("blurred", edits, len(ref))
        if float(r["skew"]) != 0:
            add("skewed", edits, len(ref))
    result = {k: round(100.0 * e / max(1, n), 2) for k, (e, n) in sorted(groups.items())}
    if "--json" in argv:
        print(json.dumps({"groups": result, "pages": pages}, ensure_ascii=False))
        return 0
    for p in pages:
        print("%s  %6.2f%%  %s%s" % (p["page"], 100 * p["cer"], p["font"], "  seal" if p["seal"] else ""))
    for k, v in result.items():
        print("CER %-28s %6.2f%%" % (k, v))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
