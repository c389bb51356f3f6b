# an error inside finally while another propagates
def work():
    try:
        raise KeyError("original")
    finally:
        print("cleanup")
        None.close()

work()
