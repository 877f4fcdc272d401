import sys; sys.path.insert(0,'tools'); from mk import write_doc
text = """Agendas, Meetings and Minutes - Agenda item

Agenda item

Independent Reviewing Officer Annual Report

Presentation from Linda Joyce.

Minutes:

Linda Joyce gave a presentation on the Independent Reviewing Officer’s (IRO’s) Annual Report for 2019-20. The IRO has a statutory responsibility to ensure that the local authority gives due consideration to any views expressed by a looked after child and to monitor the local authority’s performance of its functions in relation to each child’s case.

 

Linda led the meeting through the main elements of the report drawing attention to key points including:

 

·         The IRO had continued to provide a high-quality service during lockdown with an improving trend in the timeliness of looked after review meetings being held, that being 99% for March 2020.

·         The importance of children not only attending but actively participating in their review meetings to ensure their views were captured. Various technologies had been made use of recently during lockdown to assist this process. Some meetings had also taken place in gardens, with appropriate safeguards, where it was felt appropriate.

·         The average attendance at review meetings was 6% lower than the previous year. Linda reported that most children attended, and some liked to lead with meeting, whilst other children just refused to attend. She advised that it was always explained to them that the meeting would still take place and that the minutes would be shared with them later. Work was ongoing to seek to identify ways in which greater participation could be encouraged.

·         Quarterly targeted audits were carried out to review the work of the IRO, with 199 mid-way audits being completed during the year. These were an important check to ensure that Care plans were being enacted and actions being completed. Feedback from families was very positive and this was shared with all relevant professionals. A target
"""
rows = [
 ('cla_reviews_in_timescale_pct','2019-20','la','99','','1','that being 99% for March 2020'),
 ('iro_visits','2019-20','la','199','','1','with 199 mid-way audits being completed during the year'),
]
write_doc(1,'rc02','https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=10515','Independent Reviewing Officer Annual Report','Worcestershire','2019-20','cover_report',text,rows)
