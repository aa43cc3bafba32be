# Raises an exception whose message holds lone surrogates and control characters, which UTF-8
# cannot encode: a wrong answer must still be graded fail, not crash the results.
def greet(name):
    raise ValueError("\udcff\ud800 lone surrogates \x00\x1b]]></failure>")
