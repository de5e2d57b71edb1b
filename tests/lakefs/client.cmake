# client tests: LakeFsClient and the lakefs:// store against `lakescope-cli
# serve lakefs` on a free loopback port, and the store on a LocalLake.
foreach(lakescope_client_test
        tst_lakefsclient
        tst_lakefsclientmerge
        tst_lakefsclientobjects
        tst_lakefsclientconfig
        tst_lakefsstoreserver
        tst_lakefsstoretransfer)
    lakescope_add_test(NAME ${lakescope_client_test}
        SOURCES ${lakescope_client_test}.cpp lakefsclientfixture.h
        LIBS lakescope_testsupport
        LABELS lakefs
        TIMEOUT 600)
    target_compile_definitions(${lakescope_client_test} PRIVATE LAKESCOPE_CLI_PATH="$<TARGET_FILE:lakescope-cli>")
    add_dependencies(${lakescope_client_test} lakescope-cli)
endforeach()
lakescope_add_test(NAME tst_lakefsstore SOURCES tst_lakefsstore.cpp LIBS lakescope_testsupport LABELS lakefs)
