from youthvoice.core.nlp import english


def test_english_pipeline_loads_from_the_installed_wheel_and_tags_people():
    doc = english()("Kofi Mensah met his caseworker in Leeds on Tuesday.")

    assert english() is english()  # loaded once per process
    assert [ent.text for ent in doc.ents if ent.label_ == "PERSON"] == ["Kofi Mensah"]
    assert doc[2].lemma_ == "meet"
