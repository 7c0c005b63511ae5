#!/usr/bin/env python3
"""Synthetic data for bench/run.sh, written as the files the service's own imports take.

  gen.py sheets DIR POLICE_CSV N      N campaign spreadsheets (one row per police force, 6 questions)
  gen.py authorities DIR N CHUNK      N generated authorities, tagged bench-body, CHUNK rows a file

Seeded, so every run imports the same data. Timelines are relative to today: a campaign sent long ago is
mostly answered, a recent one mostly waiting, and the rest of the requests are overdue (what the chaser job
works on).
"""
import csv
import datetime as dt
import os
import random
import sys

FOIA = ["answered"] * 4 + ["not held"] * 3 + ["NCND 31(3)"] * 2 + ["exempt 40(2)", "cost limit 12", "partly answered"]
FOISA = ["answered"] * 4 + ["not held"] * 3 + ["cost limit 12", "partly answered"]


def weekday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def sheets(out, police_csv, n):
    with open(police_csv, newline="", encoding="utf-8") as f:
        forces = list(csv.DictReader(f))
    rnd = random.Random(10)
    today = dt.date.today()
    for i in range(n):
        sent = weekday(today - dt.timedelta(days=rnd.randint(30, 720)))
        age = (today - sent).days
        answered_share = 0.9 if age > 120 else 0.6
        path = os.path.join(out, f"campaign-{i:03d}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Authority", "Date sent", "Date responded"] + [f"Q{q}" for q in range(1, 7)] + ["Notes"])
            for force in forces:
                row = [force["slug"], sent.isoformat()]
                if rnd.random() < answered_share:
                    responded = weekday(sent + dt.timedelta(days=rnd.randint(5, 45)))
                    if responded >= today:
                        responded = weekday(sent + dt.timedelta(days=5))
                    pool = FOISA if force["law"] == "FOISA" else FOIA
                    row += [responded.isoformat()] + [rnd.choice(pool) for _ in range(6)]
                    row.append("Replied by email" if rnd.random() < 0.3 else "")
                else:
                    row += [""] * 7 + ["No reply yet" if rnd.random() < 0.2 else ""]
                w.writerow(row)


def authorities(out, n, chunk):
    header = ["slug", "name", "short_name", "jurisdiction", "law", "regulator", "website", "tags", "foi_email"]
    kinds = ["Primary School", "Parish Council", "Academy", "Town Council", "GP Practice"]
    for start in range(0, n, chunk):
        with open(os.path.join(out, f"authorities-{start // chunk:02d}.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            for i in range(start, min(n, start + chunk)):
                kind = kinds[i % len(kinds)]
                slug = f"bench-{i:05d}"
                w.writerow([slug, f"Benchton {i:05d} {kind}", f"Benchton {i:05d}", "England & Wales", "FOIA", "ICO",
                            f"https://{slug}.example.invalid", "bench-body", f"foi@{slug}.example.invalid"])


if __name__ == "__main__":
    if sys.argv[1] == "sheets":
        sheets(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "authorities":
        authorities(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(__doc__)
