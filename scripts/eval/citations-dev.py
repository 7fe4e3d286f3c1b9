#!/usr/bin/env python3
"""Measure the citation stage on the development corpus.

With --input pdf (or an extractor's name) each document is converted from its PDF (or that scrape).
By default, for every ../shared/corpus/dev/<id>/citations.gold.json this builds a scrape in the seed's format
(title, a body paragraph per note with its <sup>N</sup> call-out, the notes after a --- rule, the
bibliography under a "Bibliography" heading when the document has one), converts it with the CLI
and scores the TEI with check_citations_gold.py.

usage: scripts/eval/citations-dev.py [--only ID,ID] [--keep DIR] [--all] -- CLI...
   e.g. scripts/eval/citations-dev.py -- dotnet src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll
"""
import argparse, json, os, pathlib, re, shutil, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = (ROOT / ".." / "shared").resolve()
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "check_citations_gold.py"


def scrape(gold):
    title = gold.get("document", "Untitled")
    lines = [f"## Essay {title}", "", "An Author (A University)", ""]
    notes = sorted(gold["notes"].items(), key=lambda kv: int(kv[0]))
    for number, _ in notes:
        lines += [f"This sentence calls note {number}.<sup>{number}</sup>", ""]
    lines += ["---", ""]
    for number, note in notes:
        lines += [f"<sup>{number}</sup> {note['text']}", ""]
    entries = [b["text"] for b in gold.get("bibliography", []) if b.get("text")]
    if entries:
        lines += ["## Bibliography", ""]
        lines += [f"- {entry}" for entry in entries]
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated document ids")
    ap.add_argument("--keep", help="keep inputs and outputs in this folder")
    ap.add_argument("--all", action="store_true", help="pass --all to the scorer (every note)")
    ap.add_argument("--verbose", action="store_true", help="print the scorer's whole output")
    ap.add_argument("--input", default="gold", choices=["gold", "pdf", "pdftotext", "pdftotext-layout", "mutool", "pdf2md"],
                    help="gold: a scrape built from the gold's notes (default); otherwise the document's PDF or one extractor's text")
    ap.add_argument("cli", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cli = [c for c in a.cli if c != "--"]
    if not cli:
        ap.error("give the CLI after --")
    golds = sorted(DEV.glob("*/citations.gold.json"))
    if a.only:
        wanted = set(a.only.split(","))
        golds = [g for g in golds if g.parent.name in wanted]
    work = pathlib.Path(a.keep) if a.keep else pathlib.Path(tempfile.mkdtemp(prefix="cit-eval-"))
    rows = []
    for gold_path in golds:
        doc = gold_path.parent.name
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = work / "in" / doc
        source.mkdir(parents=True, exist_ok=True)
        for old in source.glob("document.*"):
            old.unlink()
        if a.input == "gold":
            (source / "document.md").write_text(scrape(gold), encoding="utf-8")
        elif a.input == "pdf":
            shutil.copyfile(gold_path.parent / "document.pdf", source / "document.pdf")
        else:
            extension = "md" if a.input == "pdf2md" else "txt"
            shutil.copyfile(gold_path.parent / "scrapes" / f"{a.input}.{extension}", source / f"document.{extension}")
        out = work / "out" / doc
        out.mkdir(parents=True, exist_ok=True)
        run = subprocess.run(cli + ["convert", str(source), "--out", str(out), "--no-ocr", "--force"],
                             capture_output=True, text=True)
        xml = out / f"{doc}.xml"
        if not xml.exists():
            rows.append((doc, f"no output (exit {run.returncode}): {(run.stderr or run.stdout).strip()[:200]}"))
            continue
        args = [sys.executable, str(SCORER), str(xml), str(gold_path)] + (["--all"] if a.all else [])
        scored = subprocess.run(args, capture_output=True, text=True)
        if a.verbose or a.all:
            print(scored.stdout)
        summary = [l for l in scored.stdout.splitlines() if l.startswith("summary:")]
        rows.append((doc, summary[0][len("summary: "):] if summary else scored.stdout + scored.stderr))
    for doc, row in rows:
        print(f"{doc}: {row}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
