import sys; sys.path.insert(0,'tools'); from mk import write_doc
text = """[type text] safeguarding, quality and review independent ... · safeguarding, quality and review...

45
[Type text] Safeguarding, Quality and Review Independent Reviewing Officers Annual Report 2013 - 2014

Upload: others

Post on 20-May-2020

3 views

Category:

Documents


0 download

TRANSCRIPT

Page 1: [Type text] Safeguarding, Quality and Review Independent ... · Safeguarding, Quality and Review Independent Reviewing Officers Annual Report 2013 - 2014 . 2 Safeguarding Quality

[Type text]

Safeguarding Quality and Review

Independent Reviewing Officers

Annual Report 2013 - 2014

2

Safeguarding Quality and Review

Independent Reviewing Officer Annual Report 2013 - 2014

Document Control

Document owner Steve Cook

Document number Vs5

Document category

Document location

Issued by Steve Cook

Last edited 10072014

Approved By

Name Title Signature Date

Dominic Tumelty Head of Childrenrsquos Social Care

120614

CMT Service Management Team

190614

CSLT Childrenrsquos Services Leadership Team

010714

1

Contents

Section 1 Forward

Section 2 Purpose of Report

Section 3 Profile of Looked After Children in Blackpool

Secetion 4 Looked After Children Strategy for Blackpool

Section 5 Legal Framework

Section 6 Role of the Independent Reviewing Officer including theCorporate IRO

Section 7 The Voice of the Child

Section 8 Performance Information and Quality Assurance Framework

Section 9 Issues Resolution

Section 10 Priorities for 201415

Appendix 1 Template for IRO National Data Collection

Appendix 2 Profile of Looked After Children in Blackpool

Appendix 3 IRO Format for LAC and FosteringReviews

Appendix 4 Safeguarding Children in the Criminal Justice System

Appendix 5 Family Justice Young Peoples Board

2

Section1 Forward

This is the first annual report in recent years This report considers the work of Independent

Reviewing Officers (IROs) in Blackpool and their role in ensuring there is robust scrutiny of plans

and arrangements for Looked After 
"""
write_doc(1,'rc04','https://vdocuments.mx/type-text-safeguarding-quality-and-review-independent-safeguarding-quality.html','[Type text] Safeguarding, Quality and Review Independent Reviewing Officers Annual Report 2013 - 2014','Blackpool','2013-14','annual_report',text,[])
