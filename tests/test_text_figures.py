"""Figures from prose, end to end on PDFs the tests write (illustrative figures)."""
from __future__ import annotations

from extractor.run.pipeline import extract_document

HEADER = "Independent Reviewing Officer Annual Report 2019/20. Wigan Council."


def figures(pdf_maker, *paragraphs):
    result = extract_document(pdf_maker([HEADER, *paragraphs]))
    assert result.record.status == "ok", result.record.error
    return {(f.metric, f.period, f.comparator, f.value, f.value_high) for f in result.figures}, result


def test_counts_percentages_and_periods(pdf_maker):
    found, result = figures(
        pdf_maker,
        "At 31 March 2020 there were 412 looked after children, compared with 398 at the end of March 2019.",
        "During 2019/20 the IROs chaired 1,030 looked after children reviews.",
        "In the year, 96.5% of reviews were held within timescales.",
        "The level of participation by parents was around 61% in 2019/20.",
    )
    assert ("cla_count", "2019-20", "la", 412, None) in found
    assert ("cla_count", "2018-19", "la", 398, None) in found
    assert ("cla_reviews_held", "2019-20", "la", 1030, None) in found
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 96.5, None) in found
    assert ("parent_participation_pct", "2019-20", "la", 61, None) in found
    for f in result.figures:
        assert f.evidence and f.page == 1 and f.method == "text"


def test_numbers_in_words_and_ranges(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Three reviews took place outside of timescale during the year.",
        "Two cases went to formal DRP after the informal stage.",
        "Across 2019/20 the average caseload per FTE IRO ranged between 58 and 66 children.",
    )
    assert ("cla_reviews_out_of_timescale", "2019-20", "la", 3, None) in found
    assert ("drp_formal_count", "2019-20", "la", 2, None) in found
    assert ("iro_caseload_avg", "2019-20", "la", 58, 66) in found


def test_comparators(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Our rate per 10,000 children in care for 2019-20 was 81.2, above the statistical neighbour "
        "average of 77.4 and the national average of 65.0.",
    )
    assert ("cla_rate_per_10k", "2019-20", "la", 81.2, None) in found
    assert ("cla_rate_per_10k", "2019-20", "statistical_neighbours", 77.4, None) in found
    assert ("cla_rate_per_10k", "2019-20", "england", 65.0, None) in found


def test_standards_and_targets_are_not_figures(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "The IRO Handbook recommends a caseload of 50-70 looked after children for each full time IRO.",
        "Our local target is 95% of reviews within timescales.",
        "A first review must be held within 20 working days of a child becoming looked after.",
        "In 2019/20, 97% of reviews were held within timescales.",
    )
    values = {v for (_, _, _, v, _) in found}
    assert 50 not in values and 70 not in values and 95 not in values and 20 not in values
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 97, None) in found


def test_changes_and_breakdowns_are_not_levels(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "There were 420 children in care in 2019-20, of which 230 were male and 190 female, "
        "an increase of 22 on the previous year.",
        "The IROs undertook 1,100 looked after children reviews, a 6% increase.",
    )
    values = {(m, v) for (m, _, _, v, _) in found}
    assert ("cla_count", 420) in values and ("cla_reviews_held", 1100) in values
    assert not {("cla_count", 230), ("cla_count", 190), ("cla_count", 22)} & values
    assert all(v != 6 for (_, v) in values)


def test_dispute_resolution_and_alerts(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "During 2019/20, the IROs raised 88 practice alerts and there were 14 disputes raised under "
        "the dispute resolution process.",
        "The service is staffed by 8.5 full time equivalent IROs.",
        "There were 23 unaccompanied asylum seeking children in care at the end of March 2020.",
    )
    assert ("case_alerts", "2019-20", "la", 88, None) in found
    assert ("drp_count", "2019-20", "la", 14, None) in found
    assert ("iro_fte", "2019-20", "la", 8.5, None) in found
    assert ("uasc_count", "2019-20", "la", 23, None) in found


def test_varied_wording(pdf_maker):
    """The same measures as different councils word them (sentences written for this test)."""
    found, _ = figures(
        pdf_maker,
        "The IRO service delivered 1,600 reviews, 91.7% in timescale.",
        "By year end 94.8% of children had an up-to-date care plan.",
        "Parents/carers participated in 64% of reviews.",
        "The IROs raised 312 practice alerts, of which 24 progressed to formal dispute resolution.",
        "IRO caseloads averaged 58 children per IRO.",
        "The number of looked after children increased from 398 to 412 over the year.",
        "At the end of March 2020 there were 21 UASC in our care.",
        "342 children were subject to a child protection plan at 31 March 2020.",
        "The team consists of 9.5 IROs, and two new IROs joined in the autumn.",
        "Average caseloads for IROs were 59 children.",
        "At 31 March 2020 there were 415 children in our care. This equates to 68.2 per 10,000 children.",
    )
    expected = {
        ("cla_reviews_held", "2019-20", "la", 1600, None),
        ("cla_reviews_in_timescale_pct", "2019-20", "la", 91.7, None),
        ("care_plan_up_to_date_pct", "2019-20", "la", 94.8, None),
        ("parent_participation_pct", "2019-20", "la", 64, None),
        ("case_alerts", "2019-20", "la", 312, None),
        ("drp_formal_count", "2019-20", "la", 24, None),
        ("iro_caseload_avg", "2019-20", "la", 58, None),
        ("cla_count", "2018-19", "la", 398, None),
        ("cla_count", "2019-20", "la", 412, None),
        ("uasc_count", "2019-20", "la", 21, None),
        ("cp_count", "2019-20", "la", 342, None),
        ("iro_fte", "2019-20", "la", 9.5, None),
        ("iro_caseload_avg", "2019-20", "la", 59, None),
        ("cla_count", "2019-20", "la", 415, None),
        ("cla_rate_per_10k", "2019-20", "la", 68.2, None),
    }
    assert expected <= found, expected - found
    assert ("case_alerts", "2019-20", "la", 24, None) not in found
    assert ("child_participation_pct", "2019-20", "la", 64, None) not in found
    assert ("iro_fte", "2019-20", "la", 2, None) not in found  # new joiners are not the team


def test_caseloads_without_the_word_average(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "By the end of March 2020 every IRO was carrying a caseload of 61 children.",
        "Over the year caseloads ranged from 52 to 68, and the handbook's range of 50-70 was respected.",
        "The number of IROs went from 7 to 8.5 FTE.",
    )
    assert ("iro_caseload_avg", "2019-20", "la", 61, None) in found
    assert ("iro_caseload_avg", "2019-20", "la", 52, 68) in found
    assert ("iro_caseload_avg", "2019-20", "la", 50, 70) not in found
    assert ("iro_fte", "2019-20", "la", 8.5, None) in found  # "from 7 to 8.5" stays a change


def test_wording_seen_in_committee_minutes(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "In 2019/20 some 91% of reviews were held in time, against 94% the previous year.",
        "IRO challenge through the Issues Resolution Process continued, with 38 challenges made about "
        "plans for children in our care.",
        "Informal and formal dispute resolutions both rose; there were 12 formal challenges and 97 "
        "informal challenges.",
        "Numbers in care grew over the previous year and a total of 830 reviews were carried out.",
        "IROs chaired 1,030 reviews, compared with the previous year's 988.",
    )
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 91, None) in found
    assert ("cla_reviews_in_timescale_pct", "2018-19", "la", 94, None) in found
    assert ("drp_count", "2019-20", "la", 38, None) in found
    assert not any(f[0] == "cla_count" and f[3] == 38 for f in found)  # "38 challenges" are not children
    assert ("drp_formal_count", "2019-20", "la", 12, None) in found
    assert ("case_alerts", "2019-20", "la", 97, None) in found
    assert ("cla_reviews_held", "2019-20", "la", 830, None) in found  # "previous year" is another clause's
    assert ("cla_reviews_held", "2019-20", "la", 1030, None) in found
    assert ("cla_reviews_held", "2018-19", "la", 988, None) in found


def test_a_number_counts_the_noun_that_follows_it(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "The service logged 23 complaints from children in care and 31 compliments about looked after children.",
        "There were 61 placement moves for children in care.",
        "At 31 March 2020, 412 children were looked after.",
    )
    assert {f for f in found if f[0] == "cla_count"} == {("cla_count", "2019-20", "la", 412, None)}


def test_a_locally_named_challenge_process(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Challenges are handled under the council's Practice Challenge scheme; in 2019/20 there were "
        "9 formal Practice Challenges and 64 informal Practice Challenges.",
    )
    assert ("drp_formal_count", "2019-20", "la", 9, None) in found
    assert ("case_alerts", "2019-20", "la", 64, None) in found


def test_last_year_as_a_comparison_and_as_a_date(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "The percentage of participants dipped slightly since last year from 95% to 94%.",
        "There were 412 looked after children at 31 March 2020, up 12 on last year.",
        "Review timeliness was 96%, against 93% the year before.",
        "The service chaired a total of 1,104 review child in care meetings.",
        "Of child protection conferences, 85% of initial and 95% of review conferences were held within timescales.",
    )
    assert ("child_participation_pct", "2018-19", "la", 95, None) in found
    assert ("child_participation_pct", "2019-20", "la", 94, None) in found
    assert ("cla_count", "2019-20", "la", 412, None) in found
    assert ("cla_reviews_in_timescale_pct", "2019-20", "la", 96, None) in found
    assert ("cla_reviews_in_timescale_pct", "2018-19", "la", 93, None) in found
    assert ("cla_reviews_held", "2019-20", "la", 1104, None) in found
    assert not any(f[0] == "cla_reviews_in_timescale_pct" and f[3] in (85, 95) for f in found)


def test_aims_bounds_labels_and_shares_are_not_results(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "The mean caseload was 57 at the year end, compared with 61 twelve months earlier; in the "
        "winter one IRO held as many as 76 children.",
        "In 2019/20, 141 children became looked after (2018/19 = 121).",
        "Of 1,020 reviews, 64 did not take place within timescale.",
        "There were 41 escalations, of which 9 reached stage 2 or 3.",
        "Our standard is that 95 per cent of reviews are on time.",
        "The priorities for 2020/21 are to hold timeliness steady and to lift parental participation to 70% of reviews.",
        "Parents attended 88% of child protection conferences.",
        "IROs opened 131 queries with team managers before using the Resolution Protocol.",
    )
    assert ("iro_caseload_avg", "2019-20", "la", 57, None) in found
    assert ("iro_caseload_avg", "2018-19", "la", 61, None) in found
    assert ("cla_starts", "2018-19", "la", 121, None) in found
    assert ("cla_reviews_out_of_timescale", "2019-20", "la", 64, None) in found
    assert ("drp_count", "2019-20", "la", 41, None) in found
    values = {f[3] for f in found}
    assert not values & {76, 3, 95, 70, 88, 131}
    assert not any(f[0] == "cla_reviews_held" and f[3] == 64 for f in found)


def test_which_year_a_number_belongs_to(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "On 31 March 2020 we looked after 412 children, compared with 398 a year earlier and 377 at the end of March 2018.",
        "Participation reached 93 per cent, up from 89 per cent.",
        "The 47 escalations compare with 52 escalations in 2018/19; 38 were settled by team managers.",
        "Timeliness of reviews went from 90% to 99% and an inspection held in May 2020 praised the IROs.",
        "In 2019/20, 140 children came into care, slightly more than the 131 who did so the year before.",
    )
    for key in [("cla_count", "2019-20", "la", 412, None), ("cla_count", "2018-19", "la", 398, None),
                ("cla_count", "2017-18", "la", 377, None),
                ("child_participation_pct", "2019-20", "la", 93, None),
                ("child_participation_pct", "2018-19", "la", 89, None),
                ("drp_count", "2019-20", "la", 47, None), ("drp_count", "2018-19", "la", 52, None),
                ("cla_reviews_in_timescale_pct", "2018-19", "la", 90, None),
                ("cla_reviews_in_timescale_pct", "2019-20", "la", 99, None),
                ("cla_starts", "2019-20", "la", 140, None), ("cla_starts", "2018-19", "la", 131, None)]:
        assert key in found, key


def test_counts_with_their_shares_and_new_wording(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Of the 700 reviews of children aged four and over, the child participated in 651 (93%).",
        "Parents contributed to 402 (51%) of all reviews.",
        "Late reviews: 61 (7.1%) of the total.",
        "The service has an establishment of 14 FTE IRO posts.",
        "Eleven children became CLA during 2019/20.",
        "IROs made 58 visits to CiC between their reviews, and regionally the figure was 93%.",
        "Every review held on time: 100% is achievable for a small service.",
    )
    assert ("child_participation_pct", "2019-20", "la", 93, None) in found
    assert ("parent_participation_pct", "2019-20", "la", 51, None) in found
    assert ("cla_reviews_out_of_timescale", "2019-20", "la", 61, None) in found
    assert ("cla_starts", "2019-20", "la", 11, None) in found
    assert ("iro_visits", "2019-20", "la", 58, None) in found
    values = {f[3] for f in found}
    assert not values & {700, 402, 14, 100}


def test_parts_wholes_and_pairs_with_dates_between(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "The looked after population grew from 388 at the end of March 2019 to 412.",
        "Five of the 37 were unaccompanied asylum-seeking children, most of them aged 16 or 17.",
        "27 of the 30 LAC of school age (90%) had an up-to-date PEP.",
    )
    assert ("cla_count", "2018-19", "la", 388, None) in found
    assert ("cla_count", "2019-20", "la", 412, None) in found
    assert ("pep_up_to_date_pct", "2019-20", "la", 90, None) in found
    assert not any(f[0] == "uasc_count" for f in found)  # the 37 is the whole, the 16 and 17 are ages
    assert not any(f[0] == "cla_count" and f[3] == 30 for f in found)


def test_clauses_and_bracketed_year_values(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "At the year end 92% of children had an up-to-date care plan and 78% of school-age children a "
        "current personal education plan.",
        "95% of children had up to date care plans and the visits by social workers were now at 84%.",
        "More children came into care in 2019/20 (148) than in 2018/19 (131).",
    )
    assert ("care_plan_up_to_date_pct", "2019-20", "la", 92, None) in found
    assert ("pep_up_to_date_pct", "2019-20", "la", 78, None) in found
    assert ("care_plan_up_to_date_pct", "2019-20", "la", 95, None) in found
    assert not any(f[3] in (78, 84) and f[0] == "care_plan_up_to_date_pct" for f in found)
    assert ("cla_starts", "2019-20", "la", 148, None) in found
    assert ("cla_starts", "2018-19", "la", 131, None) in found


def test_generic_rate_wording_and_comparators_named_after_the_number(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Wigan's rate was 79 per 10,000 in 2019/20, against 65 in England, 94 across the North West "
        "and 84 among Wigan's statistical neighbours.",
        "Rate per 10,000 children under 18 - 81",
        "Section 20 accounted for 48 (14%) of the 334 children.",
        "Of the 951 reviews, 872 (91.7%) were held within timescale and 79 (8.3%) were not.",
    )
    for key in [("cla_rate_per_10k", "2019-20", "la", 79, None), ("cla_rate_per_10k", "2019-20", "england", 65, None),
                ("cla_rate_per_10k", "2019-20", "region", 94, None),
                ("cla_rate_per_10k", "2019-20", "statistical_neighbours", 84, None),
                ("cla_rate_per_10k", "2019-20", "la", 81, None), ("s20_pct", "2019-20", "la", 14, None),
                ("cla_reviews_in_timescale_pct", "2019-20", "la", 91.7, None)]:
        assert key in found, key
    assert not any(f[0] == "cla_reviews_in_timescale_pct" and f[3] == 8.3 for f in found)


def test_staffing_and_averages_named_by_their_subject(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "At 31 March 2020 the service had 12.6 FTE IROs in post against an establishment of 14.0 FTE; "
        "a year earlier there were 11.8 FTE.",
        "The funded establishment is 15.5 full-time equivalent IRO posts.",
        "Each IRO also held an average of 28 children subject to a child protection plan.",
        "Children aged 4+ contributing to their review: 93%.",
    )
    assert ("iro_fte", "2019-20", "la", 12.6, None) in found
    assert ("iro_fte", "2018-19", "la", 11.8, None) in found
    assert ("iro_caseload_cp_avg", "2019-20", "la", 28, None) in found
    assert ("child_participation_pct", "2019-20", "la", 93, None) in found
    assert not {f[3] for f in found} & {14.0, 15.5}
    assert not any(f[0] in ("iro_caseload_avg", "cp_count") and f[3] == 28 for f in found)


def test_a_run_of_years_and_shares_in_brackets(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Timeliness: 95% of reviews were held on time in 2019-20 compared to 93% in 2018-19 and 90% in 2017-18.",
        "The IRO service chaired 1,432 reviews in 2019/20, an increase of 12% on 2018/19 (1,279).",
        "Of the 1,210 reviews held, 1,150 were on time (95%).",
        "The number of children in care has increased by 8% to 455.",
        "There were 4 formal escalations and 36 informal escalations.",
    )
    for key in [("cla_reviews_in_timescale_pct", "2019-20", "la", 95, None),
                ("cla_reviews_in_timescale_pct", "2018-19", "la", 93, None),
                ("cla_reviews_in_timescale_pct", "2017-18", "la", 90, None),
                ("cla_reviews_held", "2019-20", "la", 1432, None), ("cla_reviews_held", "2018-19", "la", 1279, None),
                ("cla_reviews_held", "2019-20", "la", 1210, None), ("cla_count", "2019-20", "la", 455, None),
                ("drp_formal_count", "2019-20", "la", 4, None), ("case_alerts", "2019-20", "la", 36, None)]:
        assert key in found, key


def test_tiles_wording_subsets_and_handbook_figures(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "1,046 children and young people in our care on 31 March 2020.",
        "1,377 visits to children outside their review meetings.",
        "97% of children aged 4 and over gave their views for their review.",
        "Of those, 61% attended in person and 22% shared their views through an advocate.",
        "Disputes: 22 children were engaged in the dispute resolution process in 2019/20.",
        "IROs carried more than they should (around 90 children per IRO, compared with the 75 specified in the handbook).",
    )
    for key in [("cla_count", "2019-20", "la", 1046, None), ("iro_visits", "2019-20", "la", 1377, None),
                ("child_participation_pct", "2019-20", "la", 97, None), ("drp_count", "2019-20", "la", 22, None),
                ("iro_caseload_avg", "2019-20", "la", 90, None)]:
        assert key in found, key
    assert not {f[3] for f in found} & {61, 75}
    assert not any(f[0] == "child_participation_pct" and f[3] == 22 for f in found)


def test_rates_brackets_and_non_comparators(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "There were 281 children in our care on 31 March 2020 (274 a year earlier), a rate of 70 per 10,000 children.",
        "On that date London's rate of children in care was 48 per 10,000 and England's 67.",
        "Most arrived through the National Transfer Scheme, and 26% of children were accommodated under section 20.",
        "At 31 March 2020, 97% of children had an up-to-date care plan, and 84% of eligible and relevant young "
        "people had an up-to-date pathway plan.",
        "Locally we aim for 60 or fewer children per IRO.",
    )
    for key in [("cla_count", "2019-20", "la", 281, None), ("cla_count", "2018-19", "la", 274, None),
                ("cla_rate_per_10k", "2019-20", "la", 70, None), ("cla_rate_per_10k", "2019-20", "region", 48, None),
                ("cla_rate_per_10k", "2019-20", "england", 67, None), ("s20_pct", "2019-20", "la", 26, None),
                ("care_plan_up_to_date_pct", "2019-20", "la", 97, None),
                ("pathway_plan_up_to_date_pct", "2019-20", "la", 84, None)]:
        assert key in found, key
    assert 60 not in {f[3] for f in found}


def test_snapshots_named_by_their_point_in_the_year_and_counted_neighbours(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "There were 34 unaccompanied asylum-seeking young people in care at 31 March 2020, compared with 27 at "
        "the same point in 2019.",
        "Our rate has stayed below the average of our ten statistical neighbours.",
        "That is 56.8 children in every 10,000, lower than the North West (61) and England (70).",
        "We logged 306 practice observations with team managers.",
    )
    for key in [("uasc_count", "2019-20", "la", 34, None), ("uasc_count", "2018-19", "la", 27, None),
                ("case_alerts", "2019-20", "la", 306, None)]:
        assert key in found, key
    assert 10 not in {f[3] for f in found}


def test_parts_after_an_opening_whole(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Of the 196 children who entered care in 2019/20, 31 (16%) were unaccompanied young people.",
        "Of the 298 care leavers entitled to a pathway plan, 271 (90.9%) had a plan reviewed within six months.",
        "On that date in 2019 the rate was 97 across the North West.",
    )
    assert ("cla_starts", "2019-20", "la", 196, None) in found
    assert ("pathway_plan_up_to_date_pct", "2019-20", "la", 90.9, None) in found
    assert ("cla_rate_per_10k", "2018-19", "region", 97, None) in found
    assert not any(f[3] in (31, 271) for f in found)


def test_gov_uk_years_targets_met_and_subsets(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "IROs chaired 2,301 looked after reviews in 2018 to 2019 and 2,388 in 2019 to 2020.",
        "We kept caseloads inside the limit of 55 we set ourselves, but parental participation fell short of the 70% we aimed for.",
        "In 2020/21 we intend to hold at least 97% of reviews on time and lift parental participation to 60%.",
    )
    assert ("cla_reviews_held", "2018-19", "la", 2301, None) in found
    assert ("cla_reviews_held", "2019-20", "la", 2388, None) in found
    assert not {f[3] for f in found} & {55, 70, 97, 60}


def test_commas_end_what_a_word_before_them_governs(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Of the children aged four and over, 93% participated in their review in one way or another.",
        "The Handbook expects oversight to continue between meetings, and this year IROs made 411 visits to "
        "children between their reviews.",
    )
    assert ("child_participation_pct", "2019-20", "la", 93, None) in found
    assert ("iro_visits", "2019-20", "la", 411, None) in found


def test_last_year_reached_through_a_few_words_of_the_numbers_clause(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "When the year closed on 31 March 2020 the council was looking after 587 children and young people, "
        "which, although 38 more than the 549 we were caring for twelve months before, was a slower rise.",
        "On average each chair held 41 children in care at the end of the year.",
    )
    assert ("cla_count", "2019-20", "la", 587, None) in found
    assert ("cla_count", "2018-19", "la", 549, None) in found
    assert ("iro_caseload_avg", "2019-20", "la", 41, None) in found
    assert 38 not in {f[3] for f in found}


def test_a_list_under_a_forward_looking_heading_sets_aims(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "Looking ahead to 2020/21",
        "- Reviews on time in at least 98% of cases.",
        "- Parents taking part in 80% of reviews.",
        "Priorities for 2020/21",
        "Parental participation - 65% of reviews",
        "Progress against last year's priorities",
        "- Parents took part in 74% of reviews in 2019/20.",
        "In 2020/21 the IRO service will aim to:",
        "- see every child between reviews, about 700 visits a year.",
    )
    values = {v for (_, _, _, v, _) in found}
    assert 98 not in values and 80 not in values and 700 not in values and 65 not in values
    assert ("parent_participation_pct", "2019-20", "la", 74, None) in found


def test_a_head_count_gives_way_to_the_full_time_equivalent_stated_for_the_year(pdf_maker):
    found, _ = figures(
        pdf_maker,
        "In 2019/20 the service had 14 IROs, three of whom work part time.",
        "The IRO team was 12.6 FTE in 2019/20.",
    )
    assert ("iro_fte", "2019-20", "la", 12.6, None) in found
    assert ("iro_fte", "2019-20", "la", 14, None) not in found
