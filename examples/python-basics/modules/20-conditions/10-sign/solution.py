def sign(number):
    # BEGIN
    if number > 0:
        return 1
    if number < 0:
        return -1
    return 0
    # END
