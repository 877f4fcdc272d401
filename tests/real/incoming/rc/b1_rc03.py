import sys; sys.path.insert(0,'tools'); from mk import write_doc
text = """Issue - meetings

Independent Reviewing Officers Report 10/11 - Annual Report

Meeting: 26/07/2011 - Children and Families Scrutiny Committee (Item 81)

81 Independent Reviewing Officers Report 10/11 - Annual Report pdf icon PDF 61 KB

To consider a report of the Principal Children's Safeguarding Manager.

Additional documents:

Minutes:

Kate Rose, Principal Children’s Safeguarding Manager and Glynis Williams, Safeguarding Manager, attended the meeting to present the Annual Report of the Independent Reviewing Officer (IRO). It was explained that the IRO had become a statutory role following the implementation of the Children and Young Persons Act 2008 in April 2011. This Act set out a number of principles to which the IRO was expected to assess their respective authority against:

 

a.    Increase scrutiny and oversight of the child’s care plan

b.    Increase participation of children and young people and their families

c.    Securing greater stability for children

d.    Care plans must be able to meet court requirements

e.    Clear processes of assessment, care planning, intervention and review to improve experience and outcomes for cared for children.

 

The report stated Cheshire East’s level of compliance with these principles and the actions required if the respective targets had not been met.

 

The Committee queried why the Cared for Children population in Cheshire East was higher than the national average. It was explained that there was a working hypothesis that before structural changes had been made to the Child Assessment teams and referral process, children had been skipping a number of interventions and going straight into care unnecessarily. It was reported that since this system redesign the number of children in care had reduced and this trend was expected to continue.

 

A concern was expressed with regards to the role of the Children’s and Adults Mental Health Service (CAMHS) in terms of Cared for Children. It w
"""
write_doc(1,'rc03','https://moderngov.cheshireeast.gov.uk/ecminutes/ieIssueDetails.aspx?IId=16927&Opt=3','Independent Reviewing Officers Report 10/11 - Annual Report','Cheshire East','2010-11','cover_report',text,[])
