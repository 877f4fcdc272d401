import sys
sys.path.insert(0, "/work/main/tests/real/incoming/rd/tools")
from mk import write
write("rd01", "brent_66397", "Annual Independent Reviewing Officers (IRO) Report 2022-2023", "Brent", "2022-23", "cover_report", [])
write("rd02", "cb_46031", "Independent Reviewing Officers' Annual Report 2017 - 2018", "Central Bedfordshire", "2017-18", "cover_report", [])
write("rd03", "cb_40028", "Independent Reviewing Officers' Annual Report 2015/16", "Central Bedfordshire", "2015-16", "cover_report", [])
write("rd04", "bh_vdoc", "Brighton & Hove City Council Children’s Services Independent Reviewing Officer Annual Report 2014/15", "Brighton and Hove", "2014-15", "annual_report", [])
write("rd05", "bucks_iro", "Independent Reviewing Officers", "Buckinghamshire", "2021-22", "cover_report", [],
      drop_prefix="Online forms unavailable\n\nSome of our online forms are unavailable at the moment due to a technical problem. We are looking into this urgently and apologise for any inconvenience caused.\n\n")
write("rd06", "kent_48779", "Independent Reviewing Service Annual Report 2017/2018", "Kent", "2017-18", "cover_report", [])
write("rd07", "ce_vdoc", "Independent Reviewing Officers (IRO) ANNUAL REPORT 2016/17", "Cheshire East", "2016-17", "annual_report", [])
write("rd08", "enfield_studylib", "Safeguarding and Quality Assurance Service IRO Annual Report 2014/2015", "Enfield", "2014-15", "annual_report", [])
write("rd09", "haringey_82721", "IRO annual 2024-25", "Haringey", "2024-25", "cover_report", [])
write("rd10", "haringey_35775", "Interim Independent Review Officers Report", "Haringey", "2011-12", "cover_report", [
    ("iro_fte", "2012-13", "la", "7", "", "1", "Currently there were seven IRO posts"),
])
