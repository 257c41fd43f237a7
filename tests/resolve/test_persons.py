"""Person clustering by name key, within and across articles."""

from __future__ import annotations

from collections import Counter

from rashomon.resolve.persons import cluster_persons

BASHAR = ("bashar", "assad")
HAFEZ = ("hafez", "assad")
ASSAD = ("assad",)


def test_surname_joins_the_only_full_name_in_its_article() -> None:
    result = cluster_persons([("a", BASHAR), ("a", ASSAD), ("a", ASSAD)])
    assert result == {("a", BASHAR): BASHAR, ("a", ASSAD): BASHAR}


def test_surname_is_ambiguous_between_two_full_names() -> None:
    result = cluster_persons([("a", BASHAR), ("a", HAFEZ), ("a", ASSAD), ("b", ASSAD)])
    assert result[("a", ASSAD)] == ASSAD
    assert result[("b", ASSAD)] == ASSAD


def test_surname_alone_links_to_the_only_full_name_elsewhere() -> None:
    result = cluster_persons([("a", BASHAR), ("b", ASSAD)])
    assert result[("b", ASSAD)] == BASHAR


def test_surname_alone_never_follows_the_most_named_namesake() -> None:
    dominant = [("a", BASHAR)] * 4 + [("b", HAFEZ), ("c", ASSAD)]
    assert cluster_persons(dominant)[("c", ASSAD)] == ASSAD


def test_a_first_name_alone_links_to_no_one_in_another_article() -> None:
    result = cluster_persons([("a", ("karim", "fassi")), ("b", ("karim",))])
    assert result[("b", ("karim",))] == ("karim",)
    same_article = cluster_persons([("a", ("karim", "fassi")), ("a", ("karim",))])
    assert same_article[("a", ("karim",))] == ("karim", "fassi")


def test_an_ambiguous_surname_is_the_person_its_article_is_about() -> None:
    about_bashar = [("a", BASHAR)] * 3 + [("a", HAFEZ), ("a", ASSAD)]
    assert cluster_persons(about_bashar)[("a", ASSAD)] == BASHAR


def test_ambiguous_surname_does_not_link_across_articles() -> None:
    result = cluster_persons([("a", BASHAR), ("a", HAFEZ), ("a", ASSAD), ("b", BASHAR)])
    assert result[("a", ASSAD)] == ASSAD


DONALD = ("donald", "trump")
MELANIA = ("melania", "trump")
TRUMP = ("trump",)


def test_ambiguous_surname_takes_the_person_it_denotes_alone_elsewhere() -> None:
    both = [("a", DONALD), ("a", MELANIA), ("a", TRUMP)]
    alone = [("b", DONALD), ("b", TRUMP), ("c", DONALD), ("c", TRUMP)]
    assert cluster_persons(both + alone)[("a", TRUMP)] == DONALD


def test_ambiguous_surname_stays_apart_when_usage_is_split() -> None:
    both = [("a", DONALD), ("a", MELANIA), ("a", TRUMP)]
    split = [("b", DONALD), ("b", TRUMP), ("c", MELANIA), ("c", TRUMP)]
    assert cluster_persons(both + split)[("a", TRUMP)] == TRUMP


def test_usage_elsewhere_must_name_one_of_the_candidates() -> None:
    both = [("a", DONALD), ("a", MELANIA), ("a", TRUMP)]
    other = [("b", ("ivana", "trump")), ("b", TRUMP)]
    assert cluster_persons(both + other)[("a", TRUMP)] == TRUMP


def test_candidates_that_are_one_person_elsewhere_are_that_person() -> None:
    both = [("a", ("helena", "vaz")), ("a", ("duarte", "vaz")), ("a", ("vaz",))]
    full = [("b", ("helena", "duarte", "vaz"))]
    assert cluster_persons(both + full)[("a", ("vaz",))] == ("helena", "duarte", "vaz")


FULL = ("helena", "duarte", "vaz")
LEADING = ("helena", "duarte")


def test_leading_and_middle_parts_join_the_only_longer_name_in_their_article() -> None:
    result = cluster_persons([("a", FULL), ("a", LEADING), ("a", ("duarte",)), ("a", ("vaz",))])
    assert set(result.values()) == {FULL}


def test_leading_part_of_two_longer_names_stays_apart() -> None:
    other = ("helena", "duarte", "costa")
    result = cluster_persons([("a", FULL), ("a", other), ("a", LEADING)])
    assert result[("a", LEADING)] == LEADING
    assert result[("a", FULL)] == FULL
    assert result[("a", other)] == other


def test_leading_part_alone_does_not_link_across_articles() -> None:
    result = cluster_persons([("a", FULL), ("b", LEADING)])
    assert result[("b", LEADING)] == LEADING


def test_a_middle_initial_and_the_middle_name_are_one_person() -> None:
    initial, spelled = ("donald", "j", "trump"), ("donald", "john", "trump")
    keys = [("a", initial), ("a", TRUMP), ("b", initial), ("c", spelled), ("c", TRUMP)]
    result = cluster_persons(keys)
    assert set(result.values()) == {initial}


LENA = ("lena", "oduya")
MARA = ("mara", "oduya")
ODUYA = ("oduya",)


def _titled(
    *items: tuple[str, tuple[str, ...], str],
) -> dict[tuple[str, tuple[str, ...]], Counter[str]]:
    titles: dict[tuple[str, tuple[str, ...]], Counter[str]] = {}
    for article, key, title in items:
        titles.setdefault((article, key), Counter())[title] += 1
    return titles


def test_a_surname_alone_goes_to_the_namesake_who_bears_its_title() -> None:
    keys = [("a", LENA), ("b", MARA), ("c", ODUYA), ("d", ODUYA)]
    titles = _titled(("a", LENA, "Mayor"), ("a", LENA, "Mayor"), ("c", ODUYA, "Mayor"))
    result = cluster_persons(keys, titles)
    assert result[("c", ODUYA)] == LENA
    assert result[("d", ODUYA)] == ODUYA, "without a title a surname alone stays apart"
    assert cluster_persons(keys)[("c", ODUYA)] == ODUYA


def test_a_title_both_namesakes_bear_alike_decides_nothing() -> None:
    keys = [("a", LENA), ("b", MARA), ("c", ODUYA)]
    titles = _titled(("a", LENA, "Mayor"), ("b", MARA, "Mayor"), ("c", ODUYA, "Mayor"))
    assert cluster_persons(keys, titles)[("c", ODUYA)] == ODUYA


def test_a_nickname_is_the_given_name_it_stands_for_when_one_fits() -> None:
    result = cluster_persons([("a", ("william", "ostrander")), ("b", ("bill", "ostrander"))])
    assert result[("b", ("bill", "ostrander"))] == ("william", "ostrander")
    # The team's additions to the nickname data: "Mo" is short for Maurice.
    result = cluster_persons([("a", ("maurice", "quill")), ("b", ("mo", "quill"))])
    assert result[("b", ("mo", "quill"))] == ("maurice", "quill")


def test_a_nickname_two_given_names_fit_or_none_fits_stays_apart() -> None:
    keys = [("a", ("robert", "ostrander")), ("b", ("william", "ostrander"))]
    result = cluster_persons([*keys, ("c", ("bill", "ostrander"))])
    assert result[("c", ("bill", "ostrander"))] == ("bill", "ostrander")
    result = cluster_persons([("a", ("maurice", "quill")), ("b", ("karim", "quill"))])
    assert result[("b", ("karim", "quill"))] == ("karim", "quill")


def test_a_surname_misspelt_by_one_vowel_in_another_article_is_the_usual_spelling() -> None:
    usual = [("a", ("duncan", "rauth"))] * 3
    result = cluster_persons([*usual, ("b", ("duncan", "rauthe"))])
    assert result[("b", ("duncan", "rauthe"))] == ("duncan", "rauth")


def test_near_spellings_in_one_article_or_with_other_first_names_stay_apart() -> None:
    one_article = cluster_persons([("a", ("duncan", "rauth")), ("a", ("duncan", "rauthe"))])
    assert one_article[("a", ("duncan", "rauthe"))] == ("duncan", "rauthe")
    others = cluster_persons([("a", ("duncan", "rauth")), ("b", ("moira", "rauthe"))])
    assert others[("b", ("moira", "rauthe"))] == ("moira", "rauthe")


def test_a_pair_the_nickname_data_lists_both_ways_joins_the_longer_given_name() -> None:
    result = cluster_persons([("a", ("robert", "ostrander")), ("b", ("bob", "ostrander"))])
    assert set(result.values()) == {("robert", "ostrander")}


def test_a_nickname_joins_a_given_name_with_a_middle_name() -> None:
    result = cluster_persons([("a", ("charles", "e", "ostrander")), ("b", ("chuck", "ostrander"))])
    assert result[("b", ("chuck", "ostrander"))] == ("charles", "e", "ostrander")


def test_a_short_name_titled_as_another_namesake_is_not_the_one_its_article_names() -> None:
    president = ("tomas", "ostrander")
    father = ("fred", "ostrander")
    keys = [("a", president)] * 3 + [("b", father), ("b", ("ostrander",))]
    titles = {
        ("a", president): Counter({"President": 3}),
        ("b", ("ostrander",)): Counter({"President": 1}),
    }
    result = cluster_persons(keys, titles)
    assert result[("b", ("ostrander",))] == president
    # Where the longer name bears the title itself somewhere, the article's reading stands.
    titles[("c", father)] = Counter({"President": 1})
    result = cluster_persons([*keys, ("c", father)], titles)
    assert result[("b", ("ostrander",))] == father


def test_a_titled_short_name_is_the_namesake_with_that_title_though_another_is_named_more() -> None:
    president = ("tomas", "ostrander")
    father = ("fred", "ostrander")
    keys = (
        [("a", president)] * 3 + [("b", president)] + [("b", father)] * 3 + [("b", ("ostrander",))]
    )
    titles = {
        ("a", president): Counter({"President": 3}),
        ("b", ("ostrander",)): Counter({"President": 1}),
    }
    assert cluster_persons(keys, titles)[("b", ("ostrander",))] == president


def test_a_nickname_joins_a_given_name_whose_suffix_it_leaves_out() -> None:
    formal = ("joseph", "r", "ostrander", "jr")
    result = cluster_persons([("a", formal), ("b", ("joe", "ostrander"))])
    assert result[("b", ("joe", "ostrander"))] == formal
    # The same given name with and without a suffix names father and son.
    result = cluster_persons([("a", ("joseph", "ostrander", "jr")), ("b", ("joseph", "ostrander"))])
    assert result[("b", ("joseph", "ostrander"))] == ("joseph", "ostrander")
    # Two suffixes that differ name two people, whatever the nickname says.
    result = cluster_persons(
        [("a", ("joseph", "ostrander", "jr")), ("b", ("joe", "ostrander", "sr"))]
    )
    assert result[("b", ("joe", "ostrander", "sr"))] == ("joe", "ostrander", "sr")
