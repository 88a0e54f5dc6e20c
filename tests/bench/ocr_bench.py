#!/usr/bin/env python3
"""OCR benchmark: prints figures, asserts nothing (tests/bench/ocr_bench.sh builds and runs it).

    ocr_bench.py BUILD_DIR [--parts speed,accuracy,tibetan,memory] [--mem-pages 500]
                 [--work DIR] [--corpus DIR]

speed     a 24-page scanned PDF (generated, 200 dpi JPEG pages): courtdesk-cli ocr against
          `tesseract -l chi_sim` run sequentially over the same page images with
          OMP_THREAD_LIMIT=1, in the same run, alternating, twice each; wall times and ratio.
accuracy  CER (NFKC, white space removed) of courtdesk-cli and of plain tesseract on the
          Chinese dev set (seed 101) and on a held-out set (other seed, other statute files),
          overall and on red-seal pages.
tibetan   the same for Tibetan prose in Noto Serif Tibetan and Tibetan Machine Uni (dev seed
          201, held-out seed 9101 on the held-out paragraphs).
memory    a PDF of MEM_PAGES pages to text files; peak RSS of the CLI alone and of the CLI plus
          its workers (sampled from /proc every 0.2 s), and RSS at 10/50/100% of the pages to
          show it does not grow with the page count.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def gen(build, out, lang, pages, seed, split, corpus, text, pdf=None, repeat=1):
    if os.path.exists(os.path.join(out, "manifest.tsv")) and (pdf is None or os.path.exists(pdf)):
        return
    cmd = [os.path.join(build, "tests/ocr/ocr_devset_gen"), "--out", out, "--lang", lang,
           "--pages", str(pages), "--seed", str(seed), "--split", split]
    cmd += ["--text", text] if lang == "bo" else ["--corpus", corpus]
    if pdf:
        cmd += ["--pdf", pdf, "--pdf-repeat", str(repeat)]
    run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cer(gt, hyp):
    out = subprocess.run([sys.executable, os.path.join(ROOT, "tests/ocr/cer.py"), gt, hyp, "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["groups"]


def tess_env():
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def plain_tesseract(images, outdir, lang):
    os.makedirs(outdir, exist_ok=True)
    for img in images:
        stem = os.path.splitext(os.path.basename(img))[0]
        run(["tesseract", img, os.path.join(outdir, stem), "-l", lang], env=tess_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def courtdesk(cli, files, outdir, lang, jobs=None):
    shutil.rmtree(outdir, ignore_errors=True)
    cmd = [cli, "ocr", "--lang", lang, "--text-dir", outdir]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    run(cmd + files, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def loadavg():
    return open("/proc/loadavg").read().split()[0]


def part_speed(a, cli):
    d = os.path.join(a.work, "speed")
    pdf = os.path.join(a.work, "speed24.pdf")
    gen(a.build, d, "zh", 24, 101, "dev", a.corpus, None, pdf)
    pages = os.path.join(a.work, "speed-pages")
    shutil.rmtree(pages, ignore_errors=True)
    os.makedirs(pages)
    # The same page images the PDF holds, unchanged (pdfimages -j writes the JPEG streams).
    run(["pdfimages", "-j", pdf, os.path.join(pages, "p")])
    images = sorted(os.path.join(pages, f) for f in os.listdir(pages))
    seq, ours, seq_cpu, our_cpu = [], [], [], []

    def cpu():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    for rnd in range(2):
        t, c = time.time(), cpu()
        plain_tesseract(images, os.path.join(a.work, "speed-tess"), "chi_sim")
        seq.append(time.time() - t)
        seq_cpu.append(cpu() - c)
        t, c = time.time(), cpu()
        courtdesk(cli, [pdf], os.path.join(a.work, "speed-cd"), "chi_sim")
        ours.append(time.time() - t)
        our_cpu.append(cpu() - c)
        print("speed round %d: sequential tesseract %.1f s (cpu %.1f s), courtdesk-cli %.1f s (cpu %.1f s, "
              "workers included) (load %s)" % (rnd + 1, seq[-1], seq_cpu[-1], ours[-1], our_cpu[-1], loadavg()),
              flush=True)
    print("speed-24-pages sequential-tesseract-s %.1f courtdesk-s %.1f ratio %.2f (best of 2 each)"
          % (min(seq), min(ours), min(seq) / min(ours)))
    print("speed-24-pages ratio-of-sums %.2f" % (sum(seq) / sum(ours)))


def accuracy(a, cli, lang, tess_lang, sets, text):
    for name, seed, split in sets:
        d = os.path.join(a.work, "%s-%s" % (lang, name))
        gen(a.build, d, lang, 24 if lang == "zh" else 16, seed, split, a.corpus, text)
        imgs = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".jpg"))
        courtdesk(cli, imgs, d + "-cd", tess_lang)
        plain_tesseract(imgs, d + "-tess", tess_lang)
        ours, plain = cer(d, d + "-cd"), cer(d, d + "-tess")
        print("cer %s %-8s courtdesk overall %5.2f%% seal %5.2f%% | plain tesseract overall %5.2f%% seal %5.2f%%"
              % (lang, name, ours["overall"], ours.get("seal", 0), plain["overall"], plain.get("seal", 0)))
        for k in sorted(ours):
            if k.startswith("font") or k in ("blurred", "skewed"):
                print("cer %s %-8s   %-30s courtdesk %5.2f%%  tesseract %5.2f%%" % (lang, name, k, ours[k], plain.get(k, 0)))


def tree_rss(pid):
    """RSS in kB of pid and all its descendants."""
    children = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % p) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(p))
        except (OSError, IndexError, ValueError):
            pass
    total, own, todo = 0, 0, [pid]
    while todo:
        q = todo.pop()
        try:
            with open("/proc/%d/status" % q) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
                        total += kb
                        own = kb if q == pid else own
        except OSError:
            pass
        todo += children.get(q, [])
    return total, own


def part_memory(a, cli):
    n = a.mem_pages
    d = os.path.join(a.work, "mem-src")
    pdf = os.path.join(a.work, "mem%d.pdf" % n)
    gen(a.build, d, "zh", 20, 303, "dev", a.corpus, None, pdf, repeat=(n + 19) // 20)
    out = os.path.join(a.work, "mem-out")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    total_pages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
                      .split("Pages:")[1].split()[0])
    p = subprocess.Popen(["/usr/bin/time", "-f", "cli-max-rss-kb %M", cli, "ocr", "--lang", "chi_sim",
                          "--text-dir", out, pdf], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_cli = 0
    marks = {}
    t0 = time.time()
    while p.poll() is None:
        tree, own = tree_rss(p.pid)
        peak_tree, peak_cli = max(peak_tree, tree), max(peak_cli, own)
        done = len(os.listdir(out))
        for frac in (0.1, 0.5, 0.9):
            if done >= frac * total_pages and frac not in marks:
                marks[frac] = (tree, done)
        time.sleep(0.2)
    err = p.stderr.read()
    wall = time.time() - t0
    print("memory-%d-pages wall-s %.0f pages-written %d" % (total_pages, wall, len(os.listdir(out))))
    for line in err.splitlines():
        if line.startswith("cli-max-rss-kb"):
            print("memory-%d-pages %s" % (total_pages, line))
    print("memory-%d-pages peak-rss-cli+workers-mb %.0f (sampled)" % (total_pages, peak_tree / 1024.0))
    for frac in sorted(marks):
        print("memory-%d-pages rss-at-%d%%-of-pages-mb %.0f (%d pages done)"
              % (total_pages, frac * 100, marks[frac][0] / 1024.0, marks[frac][1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--parts", default="speed,accuracy,tibetan,memory")
    ap.add_argument("--mem-pages", type=int, default=500)
    ap.add_argument("--work", default="/tmp/courtdesk-ocr-bench")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared/data/statutes"))
    a = ap.parse_args()
    a.build = os.path.abspath(a.build)
    cli = os.path.join(a.build, "app/courtdesk-cli")
    os.makedirs(a.work, exist_ok=True)
    parts = a.parts.split(",")
    print("machine: %d cores, load %s" % (os.cpu_count(), loadavg()), flush=True)
    if "speed" in parts:
        part_speed(a, cli)
    if "accuracy" in parts:
        accuracy(a, cli, "zh", "chi_sim", [("dev", 101, "dev"), ("heldout", 9001, "heldout")], None)
    if "tibetan" in parts:
        accuracy(a, cli, "bo", "bod", [("dev", 201, "dev"), ("heldout", 9101, "heldout")],
                 os.path.join(ROOT, "tests/data/ocr/tibetan_prose.txt"))
    if "memory" in parts:
        part_memory(a, cli)


if __name__ == "__main__":
    main()
