# tree tests: the pure algorithms LocalLake and the server share. One
# executable runs the diff/merge, paging and naming suites.
lakescope_add_test(NAME tst_lakefstree
    SOURCES tst_lakefstree.cpp tst_lakefspaging.cpp tst_lakefsrefs.cpp treetestsupport.h
    LIBS lakescope_core Qt6::Test
    LABELS lakefs)
