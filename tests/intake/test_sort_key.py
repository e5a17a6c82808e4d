"""Names sorted as a dictionary does, accents and case set aside."""

from intake.text import sort_key


def test_accents_and_case_do_not_send_a_name_to_the_end():
    names = ["Burundi", "Égypte", "bénin", "Œuganda", "Estonie", "Ecuador"]
    assert sorted(names, key=sort_key) == [
        "bénin",
        "Burundi",
        "Ecuador",
        "Égypte",
        "Estonie",
        "Œuganda",
    ]
