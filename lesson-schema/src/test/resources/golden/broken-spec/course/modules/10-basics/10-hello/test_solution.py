from solution import hello


def test_hello():
    assert hello() == 1
