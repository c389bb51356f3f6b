# break in an except* block (out of a loop around the try)
for i in range(3):
    try:
        pass
    except* ValueError:
        if i:
            break
