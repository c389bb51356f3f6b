# continue in an except* block, through a finally
for i in range(3):
    try:
        pass
    except* ValueError as e:
        try:
            pass
        finally:
            continue
