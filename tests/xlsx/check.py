"""cemr's workbooks read with openpyxl, a reader independent of cemr's own tests (calamine).

Usage: python check.py CEMR REPO

For status (and status ID), deadlines, articles and summary on the repository REPO, in Swedish
and English: every sheet has a header row in the output language, frozen below it, with an
autofilter over the whole table; dates are dates shown yyyy-mm-dd, counts are numbers,
percentages are fractions of the figure every other output shows (a progress in whole percent
rounded down below 100, shown 0%; a women's share with one decimal, shown 0.0%), unknown values
are empty; and the rows are those of the JSON output. Exits 1 with the list of what differs.
"""

import datetime
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

CEMR, REPO = sys.argv[1], sys.argv[2]
TODAY = "2026-09-30"
problems = []


def cemr(*args):
    out = subprocess.run([CEMR, "-C", REPO, "--color", "never", *args], capture_output=True, check=False)
    if out.returncode != 0:
        sys.exit(f"cemr {' '.join(args)}: exit {out.returncode}\n{out.stderr.decode()}")
    return out.stdout


def workbook(*args):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.xlsx"
        cemr(*args, "-o", str(path))
        return openpyxl.load_workbook(path)


def check(condition, what):
    if not condition:
        problems.append(what)


def usable(book, label):
    """The frame of every sheet: bold frozen header, autofilter over the table, typed dates."""
    for ws in book.worksheets:
        where = f"{label} / {ws.title}"
        check(ws.freeze_panes == "A2", f"{where}: frozen at {ws.freeze_panes}, not below the header")
        last = f"{get_column_letter(ws.max_column)}{ws.max_row}"
        check(ws.auto_filter.ref == f"A1:{last}", f"{where}: filter {ws.auto_filter.ref}, not A1:{last}")
        for cell in ws[1]:
            check(cell.font.b, f"{where}: header {cell.coordinate} not bold")
            check(cell.data_type == "s" and cell.value, f"{where}: header {cell.coordinate} not text")
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f":
                    problems.append(f"{where}: formula in {cell.coordinate}")
                if isinstance(cell.value, datetime.datetime):
                    check(cell.number_format == "yyyy-mm-dd", f"{where}: date {cell.coordinate} as {cell.number_format}")
                if isinstance(cell.value, (int, float)) and cell.number_format in ("0%", "0.0%"):
                    check(0 <= cell.value <= 1, f"{where}: percentage {cell.coordinate} not a fraction")
                elif isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    # In groups of three from five digits, as the tables write a number.
                    grouped = "#,##0" in cell.number_format
                    check(grouped == (abs(cell.value) >= 10000),
                          f"{where}: {cell.value} at {cell.coordinate} shown as {cell.number_format}")
        widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)]
        check(all(w and w > 3 for w in widths), f"{where}: columns without a fitted width {widths}")


def rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=2)]


def headers(ws):
    return [c.value for c in ws[1]]


def same(cell, expected, where, kind):
    """The cell holds `expected` (a JSON value) typed as `kind`."""
    value = cell.value
    if expected is None:
        check(value is None, f"{where}: {value!r} where the JSON has null (empty, never 0)")
        return
    if kind == "date":
        ok = isinstance(value, datetime.datetime) and value.date().isoformat() == expected
        ok = ok and cell.number_format == "yyyy-mm-dd"
    elif kind == "count":
        ok = cell.data_type == "n" and not isinstance(value, bool) and value == expected
    elif kind == "percent":  # whole percent, rounded down below 100: 78.8 is 78 %
        whole = min(math.floor(expected), 99) if expected < 100 else 100
        ok = cell.data_type == "n" and abs(value - whole / 100) < 1e-9 and cell.number_format == "0%"
    elif kind == "share":  # one decimal: 48.9 %
        ok = cell.data_type == "n" and abs(value - expected / 100) < 1e-9 and cell.number_format == "0.0%"
    elif kind == "value":  # as the tables show it: one decimal at most, rounded half away from 0
        tenths = math.copysign(math.floor(abs(expected * 10) + 0.5), expected)
        digits = "#,##0" if abs(tenths) >= 100000 else "0"
        digits += ".0" if tenths % 10 else ""
        shown = f'{digits};"\u2212"{digits}'
        ok = cell.data_type == "n" and abs(value - tenths / 10) < 1e-9 and cell.number_format == shown
    elif kind == "bool":
        ok = value is expected
    else:
        ok = cell.data_type == "s" and value == expected
    check(ok, f"{where}: {value!r} ({cell.data_type}, {cell.number_format}) for {expected!r} as {kind}")


def status(lang, names):
    book = workbook("--today", TODAY, "--lang", lang, "status")
    doc = json.loads(cemr("--today", TODAY, "status", "--format", "json"))
    usable(book, f"status {lang}")
    check(book.sheetnames == names, f"status {lang}: sheets {book.sheetnames}")
    ws = book.worksheets[0]
    table = rows(ws)
    check(len(table) == len(doc["signatories"]), f"status {lang}: {len(table)} rows")
    # People read the rows by name (the table's order); the JSON is by id.
    by_id = {s["id"]: s for s in doc["signatories"]}
    order = [r[0].value for r in table]
    if lang == "sv":
        # Swedish alphabetical order: Älvsbyns kommun after Vindelns kommun (Ä after Z).
        check(order.index("alvsbyn") > order.index("vindeln"), f"status sv: not in Swedish order {order}")
    else:
        check(order.index("alvsbyn") < order.index("arjeplog"), f"status en: not by name {order}")
    for row in table:
        s = by_id[row[0].value]
        where = f"status {lang} / {s['id']}"
        same(row[0], s["id"], where, "text")
        same(row[1], s["name"], where, "text")
        same(row[3], s["signed"], where, "date")
        same(row[5], s["action_plan"]["due"], where, "date")
        same(row[6], s["action_plan"]["adopted"], where, "date")
        same(row[8], s["goals"]["total"], where, "count")
        same(row[9], s["goals"]["achieved"], where, "count")
        same(row[11], s["goals"]["progress"], where, "percent")
        # Done of those not cancelled, as every other output counts them, then the cancelled.
        a = s["activities"]
        same(row[12], a["done"], where, "count")
        same(row[13], a["total"] - a["cancelled"], where, "count")
        same(row[14], a["cancelled"], where, "count")
        same(row[15], s["activities"]["progress"], where, "percent")
        same(row[16], len(s["overdue"]), where, "count")
        same(row[17], (s["next_deadline"] or {}).get("due"), where, "date")
    totals = rows(book.worksheets[1])
    groups = {g["id"]: g for g in doc["groups"]}
    check(len(totals) == len(groups) + 1, f"status {lang}: totals rows")
    for row in totals:
        g = groups[row[0].value] if row[0].value is not None else dict(doc["totals"], id=None)
        where = f"status {lang} / totals {g['id']}"
        same(row[0], g["id"], where, "text")
        same(row[2], g["signatories"], where, "count")
        same(row[8], g["goal_progress"], where, "percent")
        same(row[9], g["activities_done"], where, "count")
        same(row[10], g["activities"] - g["activities_cancelled"], where, "count")
        same(row[11], g["activities_cancelled"], where, "count")
        same(row[13], g["overdue"], where, "count")
    return headers(ws)


def detail(lang, goals_sheet):
    book = workbook("--today", TODAY, "--lang", lang, "status", "lulea")
    doc = json.loads(cemr("--today", TODAY, "status", "lulea", "--format", "json"))
    usable(book, f"status lulea {lang}")
    goals = rows(book[goals_sheet])
    for row, g in zip(goals, doc["signatories"][0]["goal_details"]):
        where = f"status lulea {lang} / {g['id']}"
        same(row[0], g["id"], where, "text")
        same(row[6], g["baseline"], where, "value")
        same(row[7], g["target"], where, "value")
        same(row[9], g["progress"], where, "percent")
        latest = g["latest"] or {}
        same(row[10], latest.get("date"), where, "date")
        same(row[11], latest.get("value"), where, "value")
        same(row[12], latest.get("women"), where, "count")
        same(row[14], latest.get("women_share"), where, "share")
        same(row[19], g["stale"], where, "bool")


def deadlines(lang):
    book = workbook("--today", TODAY, "--lang", lang, "deadlines")
    doc = json.loads(cemr("--today", TODAY, "deadlines", "--format", "json"))
    usable(book, f"deadlines {lang}")
    table = rows(book.worksheets[0])
    check(len(table) == len(doc), f"deadlines {lang}: {len(table)} rows for {len(doc)}")
    for i, (row, d) in enumerate(zip(table, doc)):
        where = f"deadlines {lang} / row {i + 2}"
        same(row[0], d["due"], where, "date")
        same(row[1], d["signatory"], where, "text")
        same(row[4], d["id"], where, "text")
        same(row[7], d["overdue"], where, "bool")
        same(row[8], d["days_overdue"] if d["overdue"] else None, where, "count")
    return headers(book.worksheets[0])


def articles(lang):
    book = workbook("--today", TODAY, "--lang", lang, "articles")
    doc = json.loads(cemr("--today", TODAY, "articles", "--format", "json"))
    usable(book, f"articles {lang}")
    names = headers(book.worksheets[0])
    by_name = {g["name"]: g["id"] for g in doc["groups"]}
    for row, a in zip(rows(book.worksheets[0]), doc["articles"]):
        where = f"articles {lang} / {a['number']}"
        same(row[0], a["number"], where, "count")
        same(row[1], a["title_sv"], where, "text")
        same(row[3], a["count"], where, "count")
        for i in range(len(by_name)):
            same(row[4 + i], a["groups"][by_name[names[4 + i]]], where, "count")


def summary(lang, names):
    args = ("--today", "2026-11-22", "summary", "--quarter", "2026Q3")
    book = workbook("--lang", lang, *args)
    doc = json.loads(cemr(*args, "--format", "json"))
    usable(book, f"summary {lang}")
    check(book.sheetnames == names, f"summary {lang}: sheets {book.sheetnames}")
    keys = ["signed", "action_plan_adopted", "recent_report", "goals_achieved", "activities_done", "overdue"]
    for row, key in zip(rows(book.worksheets[0]), keys):
        where = f"summary {lang} / key figure {key}"
        same(row[1], doc["totals"][key]["now"], where, "count")
        same(row[2], doc["totals"][key]["before"], where, "count")
        same(row[3], doc["totals"][key]["change"], where, "count")
        change_format = '+0;"\u2212"0;"\u00b1"0'  # +2, −1, ±0 as the other outputs write a change
        check(row[3].number_format == change_format, f"{where}: change shown as {row[3].number_format}")
        if key == "activities_done":  # of those not cancelled, as every output counts them
            t = doc["totals"]
            same(row[4], t["activities"] - t["activities_cancelled"], where, "count")
    for sheet, key in [(2, "became_overdue"), (4, "due_next_quarter")]:
        table = rows(book.worksheets[sheet])
        check(len(table) == len(doc[key]), f"summary {lang} / {key}: {len(table)} rows")
        for row, d in zip(table, doc[key]):
            same(row[0], d["due"], f"summary {lang} / {key}", "date")
            same(row[1], d["signatory"], f"summary {lang} / {key}", "text")
    for row, s in zip(rows(book.worksheets[6]), doc["signatories"]):
        same(row[0], s["id"], f"summary {lang} / {s['id']}", "text")
        same(row[10], s["goal_progress"], f"summary {lang} / {s['id']}", "percent")
    history = rows(book.worksheets[7])
    check(len(history) == len(doc["history"]), f"summary {lang} / history: {len(history)} rows")
    for row, h in zip(history, doc["history"]):
        where = f"summary {lang} / history {h['quarter']}"
        same(row[1], h["end"], where, "date")
        for cell, key in zip(row[2:], keys):
            same(cell, h[key], where, "count")


SV_STATUS = ["Undertecknare", "Totalt och grupper"]
EN_STATUS = ["Signatories", "Totals and groups"]
sv = status("sv", SV_STATUS)
en = status("en", EN_STATUS)
check(sv[:4] == ["Id", "Undertecknare", "Grupper", "Undertecknad"], f"Swedish status headers {sv[:4]}")
check(en[:4] == ["ID", "Signatory", "Groups", "Signed"], f"English status headers {en[:4]}")
detail("sv", "Mål")
detail("en", "Goals")
check(deadlines("sv")[:3] == ["Sista dag", "Undertecknarens id", "Undertecknare"], "Swedish deadline headers")
check(deadlines("en")[:3] == ["Due", "Signatory ID", "Signatory"], "English deadline headers")
articles("sv")
articles("en")
summary("sv", ["Nyckeltal", "Det här hände", "Blev försenat", "Fortfarande försenat", "Sista dag nästa kvartal",
               "Per grupp", "Per undertecknare", "Historik"])
summary("en", ["Key figures", "What happened", "Became overdue", "Still overdue", "Due next quarter", "Per group",
               "Per signatory", "History"])

if problems:
    print("\n".join(problems))
    print(f"0 passed, {len(problems)} failed")
    sys.exit(1)
print("openpyxl: every workbook as the JSON says")
