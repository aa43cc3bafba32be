def f():
    # BEGIN
    return 1
