import sys
sys.path.insert(0, "/work/main/tests/real/incoming/rd/tools")
from mk import write
write("rd11", "cb_36707", "Independent Reviewing Officers' Annual Report 2014-15", "Central Bedfordshire", "2014-15", "cover_report", [])
write("rd12", "cb_29739", "Independent Reviewing Officers Annual Report 2012-13", "Central Bedfordshire", "2012-13", "cover_report", [])
