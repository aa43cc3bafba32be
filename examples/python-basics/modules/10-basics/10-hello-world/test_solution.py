from solution import hello


def test_returns_greeting():
    assert hello() == 'Hello, World!'
