# local tests
lakescope_add_test(NAME tst_locallake SOURCES tst_locallake.cpp locallakefixture.h
    LIBS lakescope_testsupport LABELS lakefs)
lakescope_add_test(NAME tst_locallake_history SOURCES tst_locallake_history.cpp locallakefixture.h
    LIBS lakescope_testsupport LABELS lakefs)
lakescope_add_test(NAME tst_locallake_durability SOURCES tst_locallake_durability.cpp locallakefixture.h
    LIBS lakescope_testsupport LABELS lakefs)
