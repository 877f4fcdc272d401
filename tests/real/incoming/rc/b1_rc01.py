import sys; sys.path.insert(0,'tools'); from mk import write_doc
text = """A report presenting the Committee with the Independent Reviewing Officers Annual Report from 1 April 2017 to 31 March 2018.
The Director of Children’s Services, Brighter Futures for Children, submitted a briefing note on the Independent Reviewing Officers (IROs) Annual Report from 1 April 2017 to 31 March 2018. A copy of the report was attached to the report at Appendix 1.
The report stated that there had been an increase in the number of children in care over the previous year and a total of 740 reviews had been carried out. Work was being carried out to address the increase, including a review of the cohort of children in care, a review of the systems and processes prior to children becoming looked after and a focus on permanency.
There was a recognised need for more local placements for children and a detailed analysis of Looked After Children placements over 20 miles had been carried out and had been presented to Children’s Services Improvement Board (CSIB). An action plan would be submitted to the CSIB at the next meeting at the end of January 2019.
Following the last full inspection for Looked After Children in June 2016 Midway Reviews were now a mandatory undertaking by IROs for children who were in care. This provided additional scrutiny and oversight aimed at reducing delay and in addition children had contact with their IRO in between reviews. Data was also available which highlighted children who did not have up to date care plans, this was monitored on a weekly basis with lifestory work and three new personal advisors had been recruited.
There had been an increase in informal and formal dispute resolutions, known as Robust Challenge, over the year; there had been 55 formal Robust Challenges and 153 informal Challenges. Following the inspection in June 2016 the responses to Challenges had been more closely tracked with senior leaders and had led to the identification of emerging themes and plans for intervention with the aim of ongoing service improve
"""
rows = [
 ('cla_reviews_held','2017-18','la','740','','0','a total of 740 reviews had been carried out'),
 ('drp_formal_count','2017-18','la','55','','0','there had been 55 formal Robust Challenges'),
 ('case_alerts','2017-18','la','153','','1','55 formal Robust Challenges and 153 informal Challenges'),
]
write_doc(1,'rc01','https://democracy.reading.gov.uk/mgAi.aspx?ID=923','','Reading','2017-18','cover_report',text,rows)
