def f():
    # END
    return 1
    # BEGIN
    x = 1
    # BEGIN
    # END
