import sys; sys.path.insert(0, "/work/main/tests/real/incoming/re/tools")
import mk
docs = [
 ("re01", "medway_27133.json", "Attendance of the Portfolio Holder for Adults' Services", "Medway", "2020-21", "cover_report", []),
 ("re02", "mk_vdoc.json", "Milton Keynes Council Independent Reviewing Service Annual Report April 2013 – March 2014", "Milton Keynes", "2013-14", "annual_report", []),
 ("re03", "newham_docsbay.json", "London Borough of Newham IRO Annual Report 2016/17", "Newham", "2016-17", "annual_report", []),
 ("re04", "wolv_41374.json", "Annual Report of the Independent Reviewing Officer Service 2016-2017", "Wolverhampton", "2016-17", "cover_report", []),
 ("re05", "wolv_72748.json", "Independent Reviewing Officer Service Annual Report 2017-18", "Wolverhampton", "2017-18", "cover_report", []),
 ("re06", "wirral_9544.json", "Independent Reviewing Service Annual Report 2021/22", "Wirral", "2021-22", "cover_report", []),
 ("re07", "worcs_5272.json", "IRO Annual Report", "Worcestershire", "2021-22", "cover_report", []),
]
ledger_lines = []
for doc, raw, title, council, period, kind, rows in docs:
    url, n = mk.write(doc, raw, title, council, period, kind, rows)
    print(doc, council, period, kind, n, "rows", url)
    ledger_lines.append(f"{url} | {council} | re")
with open("/work/main/tests/real/incoming/LEDGER.md", "a", encoding="utf-8") as f:
    for l in ledger_lines:
        f.write(l + "\n")
