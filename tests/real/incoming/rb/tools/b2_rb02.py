import json, sys
sys.path.insert(0, ".")
from write_doc import write_doc
text = json.loads(r'''"Issue - meetings\n\nIndependent Reviewing Service Annual Report 2019/20\n\nMeeting: 09/02/2021 - Children and Families Advisory Panel (Item 100)\n\n100 Independent Reviewing Service Annual Report 2019/20 pdf icon PDF 234 KB\n\nTo consider a report of the Director of Children’s Services providing the annual update on the work of the Independent Reviewing Service.\n\nMinutes:\n\nThe Panel considered the report of the Director of Children’s Services providing the annual update on the work of the Independent Reviewing Service (IRS) in Hampshire.\n\n \n\nIn response to Members’ questions, it was confirmed that:\n\n \n\n  • The report covered the period from 1 July 2019 to 31 July 2020 which mirrored the time period that each Local Authority submits their IRS annual update.\n  • Virtual meetings were proving successful although it had been recognised that not being able to hold physical meetings during the pandemic had meant that interactions were slightly different. A participation survey was due to be circulated in March 2021 to evaluate experiences and to gauge the desire to continue meeting virtually in some capacity once the pandemic had passed.\n  • The role of an Independent Reviewing Officer (IRO) was to review the Local Authority and other partner organisations ensuring that they are fully meeting the child’s needs.\n  • An average IRO caseload was 50-70 cases, working with one child or family on average three times a year. The role was not a close liaison role such as that of a social worker hence the larger average caseload numbers. \n\n \n\nRESOLVED:\n\n \n\nThat the Children and Families Advisory Panel notes the annual report of the Independent Reviewing Service."''')
rows = [
 ["rb02","Hampshire","iro_caseload_avg","2019-20","la","50","70","cases_per_iro","1",
  "An average IRO caseload was 50-70 cases"],
]
write_doc(2, "rb02", "https://democracy.hants.gov.uk/ieIssueDetails.aspx?IId=34128&PlanId=0&Opt=3",
          "Independent Reviewing Service Annual Report 2019/20", "Hampshire", 850, "South East",
          "2019-20", "cover_report", text, rows)
print("done")
