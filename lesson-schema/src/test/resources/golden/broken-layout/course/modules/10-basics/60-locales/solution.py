def hello():
    # BEGIN
    return 1
    # END
